/** Assertions are written from the declarations' selectors in the printed tables' words. */
import { CATALOG } from '../../src/engine/catalog';
import type { Relation } from '../../src/engine/catalog/types';
import { assertionOf } from '../../src/engine/explain';
import { isEnglish } from './english';

const byId = (id: string): Relation => CATALOG.find((r) => r.id === id)!;

test('every assertion in the catalog is in Chinese words: no line or column key leaks through', () => {
  const leaks = CATALOG.map((r) => `${r.id}: ${assertionOf(r.shape)}`).filter((t) =>
    /[a-z]/.test(t.split(': ')[1]),
  );
  expect(leaks).toEqual([]);
});

test.each([
  ['T1.expense-row', '表1 支出每一行：合计 = 当年预算安排 + 上年结转安排'],
  [
    'T2.rollup',
    '表2 每个汇总行 = 其下各行之和（合计、一般公共预算、政府性基金、国有资本经营预算、财政专户管理资金、单位资金、上年结转、财政拨款收入、事业收入、事业单位经营收入、其他收入）',
  ],
  ['T1.income-grand-total', '表1 收入总计 = 表1 本年收入合计 + 表1 收入「上年结转」'],
  ['T4.balance', '表4 收入总计 = 表4 支出总计「小计」'],
  ['X.fiscal-carry-over', '表4 收入「上年财政拨款结转」≤ 表1 收入「上年结转」'],
  [
    'X.government-fund-expense',
    '表8 合计行「合计」= 表4 收入「政府性基金预算」+ 表4 收入「上年财政拨款结转」中「政府性基金预算」',
  ],
  [
    'X.state-capital-income',
    '表2 合计行「国有资本经营预算」= 表1 收入「国有资本经营预算」= 表4 收入「国有资本经营预算」= 表9 收入合计行「合计」',
  ],
  ['X.class-total', '表1 每类支出「合计」= 表3 同一类「合计」'],
  ['X.code-income-expense', '表3 每个科目「合计」= 表2 同一科目「合计」+ 表2 同一科目「上年结转」'],
  ['S.vehicle-operation', '表6 名为「公务用车运行维护费」的各行「合计」≤ 表10 公务用车运行维护费「合计」'],
  ['S.same-year', '各表标题中的预算年度相同'],
  ['S.unit-names', '表11、表12、表13 中同一单位的名称相同'],
])('%s: %s', (id, text) => {
  expect(assertionOf(byId(id).shape)).toBe(text);
});

test('every assertion has an English twin: Chinese only in the quoted names, the same operators', () => {
  const operators = (text: string) => text.match(/[=+≤]/g) ?? [];
  for (const r of CATALOG) {
    const en = assertionOf(r.shape, 'en');
    expect([r.id, en, isEnglish(en)]).toEqual([r.id, en, true]);
    expect([r.id, operators(en)]).toEqual([r.id, operators(assertionOf(r.shape))]);
  }
});

test.each([
  [
    'X.general-budget-income',
    'Table 2 total row “一般公共预算” = Table 1 revenue “一般公共预算” = Table 4 revenue “一般公共预算” = Table 5 total row “合计”',
  ],
  ['T3.row-total', 'Table 3 every row: “合计” = “基本支出” + “项目支出”'],
  ['X.fiscal-carry-over', 'Table 4 revenue “上年财政拨款结转” ≤ Table 1 revenue “上年结转”'],
  ['X.class-total', 'Table 1 each expenditure class “合计” = Table 3 same class “合计”'],
  ['S.same-year', 'Every table title carries the same budget year'],
])('in English, %s: %s', (id, text) => {
  expect(assertionOf(byId(id).shape, 'en')).toBe(text);
});

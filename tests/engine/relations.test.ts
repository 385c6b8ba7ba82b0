/** Every relationship of the catalog, with valid and invalid workbooks, the failing cell asserted. */
import { CATALOG } from '../../src/engine';
import { buildSeedLayout, buildWorkbook, type Edit } from '../fixtures/layouts';
import { sheetOf, withCell, workbookOf } from './grid';
import { runRuleTests, SEED_VALID, type InvalidCase, type RuleCases } from './rule-tester';
import { generateDepartment } from '../variants/generate';
import { cellKey, type CellId } from '../variants/model';
import { render, shownAt, withShown } from '../variants/render';
import { NATIVE } from '../variants/variation';

const edit = (
  name: string,
  table: string,
  row: string,
  col: string,
  value: string,
  occurrence?: number,
): InvalidCase => ({
  name,
  edit: { table, row, col, value, ...(occurrence ? { occurrence } : {}) } as Edit,
});

const seedOnly = (...invalid: InvalidCase[]): RuleCases => ({
  valid: [
    SEED_VALID,
    {
      name: 'seed, renamed and shuffled sheets',
      workbook: () => buildWorkbook({ sheetNames: 'renamed', order: 'shuffled' }),
    },
  ],
  invalid,
});

/** A generated department of the district set (tests/variants), clean, and with one figure changed. */
const DISTRICT = render(generateDepartment('shanghai9'), NATIVE);
/** The district department's first 项 of 表2 and first 类 of 表4, whatever the generator drew. */
const FIRST_ITEM = [...DISTRICT.cells.keys()].find((k) => /^S2\|\|\d{7}\|/.test(k))!.split('|')[2];
const FIRST_CLASS = [...DISTRICT.cells.keys()].find((k) => /^S4\|expense\|\d{3}\|/.test(k))!.split('|')[2];
const districtValid = {
  name: 'a generated department of the district set',
  workbook: () => DISTRICT.workbook,
};
const districtEdit = (name: string, cell: CellId, by = 100): InvalidCase => {
  const at = DISTRICT.cells.get(cellKey(cell))!;
  return {
    name,
    workbook: () => withShown(DISTRICT, cell, shownAt(DISTRICT, cell).plus(by)),
    cell: { sheet: at.sheet, address: at.address },
  };
};
const district = (...invalid: InvalidCase[]): RuleCases => ({ valid: [SEED_VALID, districtValid], invalid });

const T7 = ['2026年政府性基金预算收入表', '单位：万元', '科目编码\t科目名称\t政府性基金收入预算'];
const T8 = ['2026年政府性基金预算支出表', '单位：万元', '科目编码\t科目名称\t合计\t基本支出\t项目支出'];
const T9 = [
  '2026年国有资本经营预算收支预算表',
  '单位：万元',
  '国有资本经营预算收入\t\t\t国有资本经营预算支出',
  '项目\t\t国有资本经营收入预算\t科目编码\t科目名称\t合计\t基本支出\t项目支出',
  '收入科目编码\t科目名称',
];

/** The cell of a table's title, for cases that change a title or a name. */
function titleOf(table: string): { sheet: string; row: number; col: number } {
  const p = buildSeedLayout().placements.find((x) => x.id === table)!;
  return { sheet: p.sheet, row: p.titleRow, col: p.left };
}

const CASES: Record<string, RuleCases> = {
  'T1.expense-row': seedOnly(
    edit('当年预算安排 changed', 'T1', '一、一般公共服务支出', '当年预算安排', '4786.54'),
  ),
  'T1.income-total': seedOnly(edit('单位资金 changed', 'T1', '五、单位资金', '2026年', '1107.45')),
  'T1.expense-total': seedOnly(edit('本年支出合计 changed', 'T1', '本年支出合计', '2026年合计', '5680.31')),
  'T1.income-grand-total': seedOnly(edit('收入总计 changed', 'T1', '收入总计', '2026年', '5680.31')),
  'T1.expense-grand-total.total': seedOnly(edit('支出总计 合计', 'T1', '支出总计', '2026年合计', '5680.31')),
  'T1.expense-grand-total.current': seedOnly(
    edit('支出总计 当年', 'T1', '支出总计', '当年预算安排', '5650.05'),
  ),
  'T1.expense-grand-total.carryOver': seedOnly(
    edit('支出总计 结转', 'T1', '支出总计', '上年结转安排', '10.37'),
  ),
  'T1.balance': seedOnly(edit('收入总计 ≠ 支出总计', 'T1', '收入总计', '2026年', '5680.31')),
  'T2.row-total': seedOnly(edit('项 row total', 'T2', '2010301', '合计', '1692.87')),
  'T2.rollup': seedOnly(edit('款 单位资金', 'T2', '20103', '单位资金', '463.29')),
  'T3.row-total': seedOnly(edit('项目支出 of a 项', 'T3', '2010302', '项目支出', '1480.00')),
  'T3.rollup': seedOnly(edit('类 基本支出', 'T3', '208', '基本支出', '693.50')),
  'T4.expense-row': seedOnly(edit('小计 of a 类', 'T4', '八、社会保障和就业支出', '小计', '607.00')),
  'T4.income-total': seedOnly(edit('本年收入合计', 'T4', '本年收入合计', '金额', '4542.00')),
  'T4.expense-total': seedOnly(
    edit('本年支出合计 一般公共预算', 'T4', '本年支出合计', '一般公共预算', '4552.00'),
  ),
  'T4.income-grand-total': seedOnly(edit('收入总计', 'T4', '收入总计', '金额', '4552.00')),
  'T4.expense-grand-total.subtotal': seedOnly(edit('支出总计 小计', 'T4', '支出总计', '小计', '4552.00')),
  'T4.expense-grand-total.generalBudget': seedOnly(
    edit('支出总计 一般', 'T4', '支出总计', '一般公共预算', '4552.00'),
  ),
  'T4.expense-grand-total.governmentFund': seedOnly(
    edit('支出总计 基金', 'T4', '支出总计', '政府性基金预算', '1.00'),
  ),
  'T4.expense-grand-total.stateCapital': seedOnly(
    edit('支出总计 国资', 'T4', '支出总计', '国有资本经营预算', '1.00'),
  ),
  'T4.balance': seedOnly(edit('收入总计 ≠ 支出总计', 'T4', '收入总计', '金额', '4552.00')),
  'T5.row-total': seedOnly(edit('基本支出 of a 项', 'T5', '2010350', '基本支出', '480.00')),
  'T5.rollup': seedOnly(edit('款 合计', 'T5', '21007', '合计', '18.00')),
  'T6.row-total': seedOnly(edit('人员经费 of an item', 'T6', '基本工资', '人员经费', '461.00')),
  'T6.rollup': seedOnly(edit('category 公用经费', 'T6', '资本性支出', '公用经费', '27.00')),
  'T7.rollup': {
    valid: [
      SEED_VALID,
      {
        name: 'a filled table',
        workbook: () => workbookOf(sheetOf('基金收入', [...T7, '合计\t\t90.00', '229\t其他\t90.00'])),
      },
    ],
    invalid: [
      {
        name: '合计 ≠ Σ 类',
        workbook: () => workbookOf(sheetOf('基金收入', [...T7, '合计\t\t100.00', '229\t其他\t90.00'])),
        cell: { sheet: '基金收入', address: 'C4' },
      },
    ],
  },
  'T8.row-total': {
    valid: [SEED_VALID],
    invalid: [
      {
        name: '合计 ≠ 基本 + 项目',
        workbook: () =>
          workbookOf(sheetOf('基金支出', [...T8, '合计\t\t50.00\t\t50.00', '229\t其他\t50.00\t\t40.00'])),
        cell: { sheet: '基金支出', address: 'C5' },
      },
    ],
  },
  'T8.rollup': {
    valid: [SEED_VALID],
    invalid: [
      {
        name: '项目支出 合计 ≠ Σ 类',
        workbook: () =>
          workbookOf(sheetOf('基金支出', [...T8, '合计\t\t50.00\t\t50.00', '229\t其他\t50.00\t\t40.00'])),
        cell: { sheet: '基金支出', address: 'E4' },
      },
    ],
  },
  ...Object.fromEntries(
    (
      [
        ['T9.income-rollup', 'C6'],
        ['T9.expense-row', 'F7'],
        ['T9.expense-rollup', 'H6'],
      ] as const
    ).map(([rule, address]) => [
      rule,
      {
        valid: [SEED_VALID],
        invalid: [
          {
            name: 'figures that do not add up',
            workbook: () =>
              workbookOf(
                sheetOf('国资', [
                  ...T9,
                  '合计\t\t30.00\t合计\t\t30.00\t\t30.00',
                  '10306\t收入\t20.00\t223\t支出\t30.00\t\t20.00',
                ]),
              ),
            cell: { sheet: '国资', address },
          },
        ],
      },
    ]),
  ),
  'T10.row-total': seedOnly(edit('公务接待费 合计', 'T10', '公务接待费', '合计', '76.00')),
  'T10.rollup': seedOnly(edit('合计 一般公共预算', 'T10', '合计', '一般公共预算', '742.00')),
  'T11.row-total': seedOnly(edit('a unit', 'T11', '山西省人民对外友好协会', '一般公共预算', '50.00')),
  'T11.rollup': seedOnly(edit('部门合计', 'T11', '部门合计', '合计', '414.00')),
  'T12.row-total': seedOnly(edit('a project', 'T12', '地方出国经费', '一般公共预算', '499.00')),
  'T12.rollup': seedOnly(edit('a unit', 'T12', '山西省国际文化交流中心', '合计', '157.50')),
  'T13.row-total': seedOnly(
    edit('a project', 'T13', '省外事办政务信息系统运维项目', '一般公共预算', '10.00'),
  ),
  'T13.rollup': seedOnly(edit('the unit', 'T13', '山西省人民政府外事办公室', '合计', '10.00', 2)),
  'X.general-budget-income': seedOnly(edit('表4 differs', 'T4', '一、一般公共预算', '金额', '4542.00')),
  'X.government-fund-income': seedOnly(edit('表1 has a fund', 'T1', '二、政府性基金预算', '2026年', '5.00')),
  'X.state-capital-income': seedOnly(
    edit('表4 has state capital', 'T4', '三、国有资本经营预算', '金额', '5.00'),
  ),
  'X.special-account-income': seedOnly(edit('表1 专户', 'T1', '四、财政专户管理资金', '2026年', '5.00')),
  'X.unit-funds-income': seedOnly(edit('表1 单位资金', 'T1', '五、单位资金', '2026年', '1117.00')),
  'X.carry-over': seedOnly(edit('表1 上年结转', 'T1', '上年结转', '2026年', '10.00')),
  'X.fiscal-carry-over': seedOnly(
    edit('表4 carry-over too large', 'T4', '上年财政拨款结转', '金额', '11.00'),
  ),
  'X.project-carry-over': seedOnly(
    edit('表13 too large', 'T13', '山西省人民政府外事办公室', '合计', '11.00'),
  ),
  'X.government-fund-expense': seedOnly(edit('表8 has spending', 'T8', '合计', '合计', '5.00')),
  'X.state-capital-expense': seedOnly(
    edit('表4 国有资本经营预算 income but no 表9 spending', 'T4', '三、国有资本经营预算', '金额', '5.00'),
  ),
  'X.revenue-total': seedOnly(edit('表2 合计', 'T2', '合计', '合计', '5661.05')),
  'T2.row-total-by-source': district(
    districtEdit('其他收入 of a 项', { table: 'S2', row: FIRST_ITEM, col: 'other' }),
  ),
  'X.appropriation-income': district(
    districtEdit('表1 财政拨款收入', { table: 'S1', side: 'income', row: 'fiscal', col: 'amount' }),
  ),
  'X.business-income': district(
    districtEdit('表1 事业收入', { table: 'S1', side: 'income', row: 'business', col: 'amount' }),
  ),
  'X.operations-income': district(
    districtEdit('表1 事业单位经营收入', {
      table: 'S1',
      side: 'income',
      row: 'businessOperation',
      col: 'amount',
    }),
  ),
  'X.other-income': district(
    districtEdit('表1 其他收入', { table: 'S1', side: 'income', row: 'other', col: 'amount' }),
  ),
  'X.class-fund-appropriation': district(
    districtEdit('表4 一类 政府性基金预算', {
      table: 'S4',
      side: 'expense',
      row: FIRST_CLASS,
      col: 'governmentFund',
    }),
  ),
  'X.class-total': seedOnly(edit('表1 类 合计', 'T1', '十、卫生健康支出', '2026年合计', '169.00')),
  'X.class-current': seedOnly(edit('表1 类 当年', 'T1', '十、卫生健康支出', '当年预算安排', '169.00')),
  'X.class-carry-over': seedOnly(edit('表1 类 结转', 'T1', '一、一般公共服务支出', '上年结转安排', '10.00')),
  'X.expense-grand-total': seedOnly(edit('表1 支出总计', 'T1', '支出总计', '2026年合计', '5670.00')),
  'X.code-income-expense': seedOnly(edit('表3 项', 'T3', '2010350', '合计', '933.00')),
  'X.code-general-budget': seedOnly(edit('表5 项', 'T5', '2101101', '合计', '65.00')),
  'X.class-appropriation': seedOnly(edit('表4 类', 'T4', '十、卫生健康支出', '一般公共预算', '134.00')),
  'X.basic-expense': seedOnly(edit('表6 合计', 'T6', '合计', '合计', '2905.00')),
  'X.project-expense-general': seedOnly(
    edit('表12 部门 一般', 'T12', '山西省人民政府外事办公室', '一般公共预算', '1637.00'),
  ),
  'X.project-expense': seedOnly(edit('表3 项目支出', 'T3', '合计', '项目支出', '2190.50')),
  'S.hospitality': seedOnly(edit('表6 接待费 above 表10', 'T6', '公务接待费', '合计', '80.00')),
  'S.vehicle-operation': seedOnly(edit('表6 运行费 above 表10', 'T6', '公务用车运行维护费', '合计', '20.00')),
  'S.agency-operating': seedOnly(edit('表11 above 公用经费', 'T11', '部门合计', '合计', '480.00')),
  'S.same-year': {
    valid: [SEED_VALID],
    invalid: [
      {
        name: '表10 titled 2025',
        workbook: () => {
          const t = titleOf('T10');
          return withCell(buildWorkbook(), t.sheet, t.row, t.col, {
            value: '2025年财政拨款安排“三公”经费支出预算表',
          });
        },
        cell: (() => {
          const t = titleOf('T10');
          return { sheet: t.sheet, address: `A${t.row + 1}` };
        })(),
      },
    ],
  },
  'S.unit-names': {
    valid: [SEED_VALID],
    invalid: [
      {
        name: 'a unit misspelt in 表11',
        workbook: () => {
          const p = buildSeedLayout().placements.find((x) => x.id === 'T11')!;
          return withCell(buildWorkbook(), p.sheet, p.dataRows[2], p.left, { value: '山西省人民对外友好协' });
        },
        cell: (() => {
          const p = buildSeedLayout().placements.find((x) => x.id === 'T11')!;
          return { sheet: p.sheet, address: `A${p.dataRows[2] + 1}` };
        })(),
      },
    ],
  },
};

describe('the catalog', () => {
  it('has test cases for every relationship', () => {
    expect(CATALOG.map((r) => r.id).filter((id) => !CASES[id])).toEqual([]);
  });
  it('declares each id once', () => {
    expect(new Set(CATALOG.map((r) => r.id)).size).toBe(CATALOG.length);
  });
});

for (const [rule, cases] of Object.entries(CASES)) runRuleTests(rule, cases);

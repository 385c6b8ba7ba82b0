/**
 * The 13 tables of the standard set (the Ministry of Finance's core nine and a province's four more), as the
 * seed prints them (budget-tables.md section 2).
 */
import type { ColumnSpec, LineSpec, TableTemplate } from './types';

export const col = (key: ColumnSpec['key'], words: RegExp, zh: string, en: string, optional?: boolean) => ({
  key,
  words,
  zh,
  en,
  ...(optional ? { optional } : {}),
});

export const TOTAL = col('total', /合计|总计|小计|^金额$|预算数$/, '合计', 'total');
export const GENERAL = col('generalBudget', /一般公共预算/, '一般公共预算', 'general public budget');
export const FUND = col('governmentFund', /政府性基金/, '政府性基金预算', 'government funds');
export const CAPITAL = col('stateCapital', /国有资本/, '国有资本经营预算', 'state capital operations');
const SPECIAL = col('specialAccount', /财政专户/, '财政专户管理资金', 'special-account funds');
const UNIT_FUNDS = col('unitFunds', /单位资金|其他资金|单位自筹|自有资金/, '单位资金', "unit's own funds");
const CARRY_OVER = col('carryOver', /上年结转/, '上年结转', 'carry-over');
export const BASIC = col('basic', /基本支出/, '基本支出', 'basic expenditure');
export const PROJECT = col('project', /项目支出/, '项目支出', 'project expenditure');
/** The one amount column of a side: whatever it is called. */
export const SINGLE = (key: ColumnSpec['key'], zh: string, en: string) => col(key, /./, zh, en);

export const FUNDS3 = [GENERAL, FUND, CAPITAL];

export const line = (key: string, words: RegExp, zh: string, en: string, optional?: boolean): LineSpec => ({
  key,
  words,
  zh,
  en,
  ...(optional ? { optional } : {}),
});

export const TOTAL_ROW = line('total', /^(合计|总计)$/, '合计行', 'total row');
/** An income line: `收入「一般公共预算」`. */
const income = (key: string, words: RegExp, item: string, optional = true) =>
  line(`income.${key}`, words, `收入「${item}」`, `revenue “${item}”`, optional);

const INCOME_FUNDS: readonly LineSpec[] = [
  income('generalBudget', /一般公共预算/, '一般公共预算'),
  income('governmentFund', /政府性基金/, '政府性基金预算'),
  income('stateCapital', /国有资本经营/, '国有资本经营预算'),
];

const SUMMARY_EXPENSE: readonly LineSpec[] = [
  line('expense.total', /^本年支出合计$|^支出合计$/, '本年支出合计', '“本年支出合计” row'),
  line('expense.carryForward', /年终结转|年末结转|结转下年/, '年终结转', '“年终结转” row', true),
  line('expense.grandTotal', /支出总计/, '支出总计', '“支出总计” row'),
];

const THREE_PUBLIC_LINES: readonly LineSpec[] = [
  line('total', /^(合计|总计)$/, '合计行', 'total row'),
  line('travelAbroad', /因公出国/, '因公出国（境）费', '“因公出国（境）费” row'),
  line('hospitality', /公务接待/, '公务接待费', '“公务接待费” row'),
  line('vehicles', /购置及运行/, '公务用车购置及运行费', '“公务用车购置及运行费” row'),
  line('vehiclePurchase', /购置费/, '公务用车购置费', '“公务用车购置费” row', true),
  line('vehicleOperation', /运行(维护)?费/, '公务用车运行维护费', '“公务用车运行维护费” row', true),
];

/** A code table: 合计 then 类/款/项 by code. */
const coded = (id: TableTemplate['id'], columns: readonly ColumnSpec[]): TableTemplate => ({
  id,
  variant: 'standard',
  family: 'standard',
  sides: [{ side: 'main', columns }],
  lines: [TOTAL_ROW],
});

export const STANDARD: readonly TableTemplate[] = [
  {
    id: 'T1',
    variant: 'standard',
    family: 'standard',
    sides: [
      { side: 'income', columns: [SINGLE('amount', '金额', 'amount')] },
      {
        side: 'expense',
        columns: [
          col('carryOver', /上年结转/, '上年结转安排', 'carry-over'),
          col('current', /(当年|本年)(预算|财政拨款)?安排|当年拨款/, '当年预算安排', 'current-year budget'),
          col('total', /合计|总计|预算数$|^\d{4}年?$/, '2026年合计', 'total'),
        ],
      },
    ],
    lines: [
      line('income.total', /^本年收入合计$|^收入合计$/, '本年收入合计', '“本年收入合计” row'),
      line('income.grandTotal', /收入总计/, '收入总计', '“收入总计” row'),
      income('carryOver', /上年.*结转/, '上年结转'),
      ...INCOME_FUNDS,
      income('specialAccount', /财政专户/, '财政专户管理资金'),
      income('unitFunds', /单位资金/, '单位资金'),
      ...SUMMARY_EXPENSE,
    ],
  },
  coded('T2', [CARRY_OVER, ...FUNDS3, SPECIAL, UNIT_FUNDS, TOTAL]),
  coded('T3', [BASIC, PROJECT, TOTAL]),
  {
    id: 'T4',
    variant: 'standard',
    family: 'standard',
    sides: [
      { side: 'income', columns: [SINGLE('amount', '金额', 'amount')] },
      { side: 'expense', columns: [...FUNDS3, col('subtotal', /小计|合计|总计/, '小计', 'subtotal')] },
    ],
    lines: [
      line('income.total', /^本年收入合计$|^收入合计$/, '本年收入合计', '“本年收入合计” row'),
      line('income.grandTotal', /收入总计/, '收入总计', '“收入总计” row'),
      line('income.carryOver', /上年.*结转/, '收入「上年财政拨款结转」', 'revenue “上年财政拨款结转”', true),
      ...INCOME_FUNDS,
      ...INCOME_FUNDS.map((l) => ({
        ...l,
        key: l.key.replace('income.', 'income.carryOver.'),
        zh: `收入「上年财政拨款结转」中${l.zh.slice(2)}`,
        en: `revenue “上年财政拨款结转” of which ${l.en.slice(8)}`,
        optional: true,
      })),
      ...SUMMARY_EXPENSE,
    ],
  },
  coded('T5', [BASIC, PROJECT, TOTAL]),
  {
    ...coded('T6', [
      col('personnel', /人员经费|人员支出/, '人员经费', 'personnel'),
      col('operating', /公用经费|公用支出/, '公用经费', 'operating'),
      TOTAL,
    ]),
  },
  coded('T7', [SINGLE('total', '合计', 'total')]),
  coded('T8', [BASIC, PROJECT, TOTAL]),
  {
    id: 'T9',
    variant: 'standard',
    family: 'standard',
    sides: [
      { side: 'income', columns: [SINGLE('total', '合计', 'total')] },
      { side: 'expense', columns: [BASIC, PROJECT, TOTAL] },
    ],
    lines: [
      line('income.total', /^(合计|总计|收入合计)$/, '收入合计行', 'revenue total row'),
      line('expense.total', /^(合计|总计|支出合计)$/, '支出合计行', 'expenditure total row', true),
    ],
  },
  {
    id: 'T10',
    variant: 'standard',
    family: 'standard',
    sides: [{ side: 'main', columns: [...FUNDS3, TOTAL] }],
    lines: THREE_PUBLIC_LINES,
  },
  {
    // The same table printed as one row of figures under its lines' names (合计 | 因公出国（境）费 | …).
    id: 'T10',
    variant: 'standard-row',
    family: 'standard',
    transposed: true,
    sides: [{ side: 'main', columns: [TOTAL] }],
    lines: THREE_PUBLIC_LINES,
  },
  {
    id: 'T11',
    variant: 'standard',
    family: 'standard',
    sides: [{ side: 'main', columns: [...FUNDS3, TOTAL] }],
    lines: [line('total', /^(部门合计|合计|总计)$/, '部门合计行', 'department total row')],
  },
  {
    id: 'T12',
    variant: 'standard',
    family: 'standard',
    sides: [{ side: 'main', columns: [...FUNDS3, SPECIAL, UNIT_FUNDS, TOTAL] }],
    lines: [line('total', /./, '部门行', 'department row')],
  },
  {
    id: 'T13',
    variant: 'standard',
    family: 'standard',
    sides: [{ side: 'main', columns: [...FUNDS3, TOTAL] }],
    lines: [line('total', /./, '部门行', 'department row')],
  },
];

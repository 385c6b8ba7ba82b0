/**
 * The nine-table set many districts publish (Shanghai's among them; tests/variants/FAMILIES.md shows it as
 * printed), where it differs from the standard set: revenue classified by source (财政拨款收入, 事业收入,
 * 事业单位经营收入, 其他收入) with no 上年结转 anywhere, 收支总表 and 财政拨款收支总表 closing on 收入总计 /
 * 支出总计 alone, a 国有资本经营预算 table of expenditure only, and "三公"经费 and 机关运行经费 in one row of
 * figures. Its 支出总表, 一般公共预算支出表, 政府性基金预算支出表 and 基本支出经济分类表 follow the standard
 * templates. Amounts are the budget system's own figures in 元.
 */
import { BASIC, col, FUNDS3, line, PROJECT, SINGLE, TOTAL } from './standard';
import type { LineSpec, TableTemplate } from './types';

const income = (key: string, words: RegExp, item: string, optional = true): LineSpec =>
  line(`income.${key}`, words, `收入「${item}」`, `revenue “${item}”`, optional);

/** 收入总计 is also the year's revenue total: there is no 本年收入合计 or 上年结转 beside it. */
const GRAND_INCOME: LineSpec = {
  ...line('income.grandTotal', /收入总计|^收入合计$/, '收入总计', '“收入总计” row'),
  alias: ['income.total'],
};
const GRAND_EXPENSE: LineSpec = {
  ...line('expense.grandTotal', /支出总计|^支出合计$/, '支出总计', '“支出总计” row'),
  alias: ['expense.total'],
};
const FUND_LINES: readonly LineSpec[] = [
  income('generalBudget', /一般公共预算/, '一般公共预算'),
  income('governmentFund', /政府性基金/, '政府性基金预算'),
  income('stateCapital', /国有资本经营/, '国有资本经营预算'),
];
/** No carry-over in this set: 上年结转, 年终结转 and their parts are zero. */
const NO_CARRY_OVER = [
  'income.carryOver',
  'income.carryOver.generalBudget',
  'income.carryOver.governmentFund',
  'income.carryOver.stateCapital',
  'expense.carryForward',
];

export const DISTRICT: readonly TableTemplate[] = [
  {
    id: 'T1',
    variant: 'district',
    family: 'district',
    sides: [
      { side: 'income', columns: [SINGLE('amount', '预算数', 'amount')] },
      { side: 'expense', columns: [SINGLE('total', '预算数', 'amount')] },
    ],
    lines: [
      GRAND_INCOME,
      income('appropriation', /^财政拨款(收入)?$/, '财政拨款收入', false),
      ...FUND_LINES,
      income('business', /^事业收入$/, '事业收入'),
      income('operations', /经营收入$/, '事业单位经营收入'),
      income('other', /^其他收入$/, '其他收入'),
      GRAND_EXPENSE,
    ],
    zero: [...NO_CARRY_OVER, 'expense.carryOver'],
  },
  {
    id: 'T2',
    variant: 'district',
    family: 'district',
    sides: [
      {
        side: 'main',
        columns: [
          col('appropriation', /财政拨款/, '财政拨款收入', 'fiscal appropriation revenue'),
          col('operations', /经营收入/, '事业单位经营收入', 'business operations revenue'),
          col('business', /事业收入/, '事业收入', 'public-service revenue'),
          col('other', /其他收入/, '其他收入', 'other revenue'),
          TOTAL,
        ],
      },
    ],
    lines: [line('total', /^(合计|总计)$/, '合计行', 'total row')],
    zero: ['main.carryOver'],
  },
  {
    id: 'T4',
    variant: 'district',
    family: 'district',
    sides: [
      { side: 'income', columns: [SINGLE('amount', '预算数', 'amount')] },
      { side: 'expense', columns: [...FUNDS3, col('subtotal', /合计|小计|总计/, '合计', 'total')] },
    ],
    lines: [GRAND_INCOME, ...FUND_LINES, GRAND_EXPENSE],
    zero: NO_CARRY_OVER,
  },
  {
    id: 'T9',
    variant: 'district',
    family: 'district',
    sides: [{ side: 'expense', columns: [BASIC, PROJECT, TOTAL] }],
    lines: [line('expense.total', /^(合计|总计|支出合计)$/, '合计行', 'total row')],
  },
  {
    id: 'T10',
    variant: 'district',
    family: 'district',
    transposed: true,
    sides: [{ side: 'main', columns: [TOTAL] }],
    lines: [
      line('agency', /机关运行经费/, '机关运行经费', '“机关运行经费”'),
      line('travelAbroad', /因公出国/, '因公出国(境)费', '“因公出国(境)费”'),
      line('hospitality', /公务接待/, '公务接待费', '“公务接待费”'),
      line('vehiclePurchase', /购置费$/, '公务用车购置费', '“购置费”', true),
      line('vehicleOperation', /运行(维护)?费$/, '公务用车运行费', '“运行费”', true),
      line('vehicles', /购置及运行|^小计$/, '公务用车购置及运行费', '“公务用车购置及运行费”'),
      line('total', /^合计$|^总计$/, '"三公"经费合计', '“"三公"经费合计”'),
    ],
  },
];

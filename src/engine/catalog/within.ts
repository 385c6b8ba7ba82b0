/** Relationships inside one table: cross-footing (each row) and footing (each total of rows). 强制性. */
import type { Relation } from './types';

const FUNDS3 = ['generalBudget', 'governmentFund', 'stateCapital'] as const;
const FUNDS5 = [...FUNDS3, 'specialAccount', 'unitFunds'] as const;
const INCOME6 = [...FUNDS5] as const;
/** Revenue by source, where a place's 收入总表 classifies it so. */
const BY_SOURCE = ['appropriation', 'business', 'operations', 'other'] as const;

export const WITHIN: readonly Relation[] = [
  // T1 预算收支总表
  {
    id: 'T1.expense-row',
    name: '收支总表·支出各行',
    nameEn: 'Summary: each expenditure row',
    description: '表1 支出每一行：2026年合计 = 当年预算安排 + 上年结转安排',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T1', side: 'expense', total: 'total', parts: ['current', 'carryOver'] },
  },
  {
    id: 'T1.income-total',
    name: '收支总表·本年收入合计',
    nameEn: 'Summary: total revenue this year',
    description:
      '表1 本年收入合计 = 各项收入之和（一般公共预算、政府性基金预算、国有资本经营预算、财政专户管理资金、单位资金）',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T1', side: 'income', columns: ['amount'] },
  },
  {
    id: 'T1.expense-total',
    name: '收支总表·本年支出合计',
    nameEn: 'Summary: total expenditure this year',
    description: '表1 本年支出合计 = 各类支出之和（每一列）',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T1', side: 'expense', columns: ['total', 'current', 'carryOver'] },
  },
  {
    id: 'T1.income-grand-total',
    name: '收支总表·收入总计',
    nameEn: 'Summary: grand total of revenue',
    description: '表1 收入总计 = 本年收入合计 + 上年结转',
    severity: 'error',
    shape: {
      kind: 'sum',
      total: { table: 'T1', line: 'income.grandTotal', col: 'amount' },
      parts: [
        { table: 'T1', line: 'income.total', col: 'amount' },
        { table: 'T1', line: 'income.carryOver', col: 'amount' },
      ],
    },
  },
  ...(['total', 'current', 'carryOver'] as const).map((col): Relation => ({
    id: `T1.expense-grand-total.${col}`,
    name: '收支总表·支出总计',
    nameEn: 'Summary: grand total of expenditure',
    description: `表1 支出总计 = 本年支出合计 + 年终结转（${col === 'total' ? '2026年合计' : col === 'current' ? '当年预算安排' : '上年结转安排'}列）`,
    severity: 'error',
    shape: {
      kind: 'sum',
      total: { table: 'T1', line: 'expense.grandTotal', col },
      parts: [
        { table: 'T1', line: 'expense.total', col },
        { table: 'T1', line: 'expense.carryForward', col },
      ],
    },
  })),
  {
    id: 'T1.balance',
    name: '收支总表·收支平衡',
    nameEn: 'Summary: revenue equals expenditure',
    description: '表1 收入总计 = 支出总计',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T1', line: 'income.grandTotal', col: 'amount' },
        { table: 'T1', line: 'expense.grandTotal', col: 'total' },
      ],
    },
  },
  // T2 预算收入总表
  {
    id: 'T2.row-total',
    name: '收入总表·各行合计',
    nameEn: 'Revenue: row totals',
    description:
      '表2 每一行：合计 = 一般公共预算 + 政府性基金 + 国有资本经营预算 + 财政专户管理资金 + 单位资金（不含上年结转）',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T2', total: 'total', parts: INCOME6 },
  },
  {
    id: 'T2.row-total-by-source',
    name: '收入总表·各行合计（按来源）',
    nameEn: 'Revenue by source: row totals',
    description:
      '表2 每一行：合计 = 财政拨款收入 + 事业收入 + 事业单位经营收入 + 其他收入（收入按来源分类的表）',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T2', total: 'total', parts: BY_SOURCE },
  },
  {
    id: 'T2.rollup',
    name: '收入总表·科目汇总',
    nameEn: 'Revenue: classification subtotals',
    description: '表2 每一列：类 = 所属款之和，款 = 所属项之和，合计 = 各类之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T2', columns: ['total', ...INCOME6, 'carryOver', ...BY_SOURCE] },
  },
  // T3 预算支出总表
  {
    id: 'T3.row-total',
    name: '支出总表·各行合计',
    nameEn: 'Expenditure: row totals',
    description: '表3 每一行：合计 = 基本支出 + 项目支出',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T3', total: 'total', parts: ['basic', 'project'] },
  },
  {
    id: 'T3.rollup',
    name: '支出总表·科目汇总',
    nameEn: 'Expenditure: classification subtotals',
    description: '表3 每一列：类 = 所属款之和，款 = 所属项之和，合计 = 各类之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T3', columns: ['total', 'basic', 'project'] },
  },
  // T4 财政拨款收支总表
  {
    id: 'T4.expense-row',
    name: '财政拨款收支总表·支出各行',
    nameEn: 'Fiscal appropriation: each expenditure row',
    description: '表4 支出每一行：小计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T4', side: 'expense', total: 'subtotal', parts: FUNDS3 },
  },
  {
    id: 'T4.income-total',
    name: '财政拨款收支总表·收入合计与结转',
    nameEn: 'Fiscal appropriation: revenue total and carry-over',
    description: '表4 本年收入合计 = 各项财政拨款收入之和；上年财政拨款结转 = 其下三项之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T4', side: 'income', columns: ['amount'] },
  },
  {
    id: 'T4.expense-total',
    name: '财政拨款收支总表·本年支出合计',
    nameEn: 'Fiscal appropriation: total expenditure this year',
    description: '表4 本年支出合计 = 各类支出之和（每一列）',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T4', side: 'expense', columns: ['subtotal', ...FUNDS3] },
  },
  {
    id: 'T4.income-grand-total',
    name: '财政拨款收支总表·收入总计',
    nameEn: 'Fiscal appropriation: grand total of revenue',
    description: '表4 收入总计 = 本年收入合计 + 上年财政拨款结转',
    severity: 'error',
    shape: {
      kind: 'sum',
      total: { table: 'T4', line: 'income.grandTotal', col: 'amount' },
      parts: [
        { table: 'T4', line: 'income.total', col: 'amount' },
        { table: 'T4', line: 'income.carryOver', col: 'amount' },
      ],
    },
  },
  ...(['subtotal', ...FUNDS3] as const).map((col): Relation => ({
    id: `T4.expense-grand-total.${col}`,
    name: '财政拨款收支总表·支出总计',
    nameEn: 'Fiscal appropriation: grand total of expenditure',
    description: `表4 支出总计 = 本年支出合计 + 年终结转（${{ subtotal: '小计', generalBudget: '一般公共预算', governmentFund: '政府性基金预算', stateCapital: '国有资本经营预算' }[col]}列）`,
    severity: 'error',
    shape: {
      kind: 'sum',
      total: { table: 'T4', line: 'expense.grandTotal', col },
      parts: [
        { table: 'T4', line: 'expense.total', col },
        { table: 'T4', line: 'expense.carryForward', col },
      ],
    },
  })),
  {
    id: 'T4.balance',
    name: '财政拨款收支总表·收支平衡',
    nameEn: 'Fiscal appropriation: revenue equals expenditure',
    description: '表4 收入总计 = 支出总计',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T4', line: 'income.grandTotal', col: 'amount' },
        { table: 'T4', line: 'expense.grandTotal', col: 'subtotal' },
      ],
    },
  },
  // T5 一般公共预算支出表
  {
    id: 'T5.row-total',
    name: '一般公共预算支出表·各行合计',
    nameEn: 'General public budget expenditure: row totals',
    description: '表5 每一行：合计 = 基本支出 + 项目支出',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T5', total: 'total', parts: ['basic', 'project'] },
  },
  {
    id: 'T5.rollup',
    name: '一般公共预算支出表·科目汇总',
    nameEn: 'General public budget expenditure: classification subtotals',
    description: '表5 每一列：类 = 所属款之和，款 = 所属项之和，合计 = 各类之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T5', columns: ['total', 'basic', 'project'] },
  },
  // T6 基本支出分经济科目表
  {
    id: 'T6.row-total',
    name: '基本支出经济科目表·各行合计',
    nameEn: 'Basic expenditure by economic classification: row totals',
    description: '表6 每一行：合计 = 人员经费 + 公用经费',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T6', total: 'total', parts: ['personnel', 'operating'] },
  },
  {
    id: 'T6.rollup',
    name: '基本支出经济科目表·分类汇总',
    nameEn: 'Basic expenditure by economic classification: category subtotals',
    description: '表6 每一列：各经济分类 = 所属科目之和，合计 = 各经济分类之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T6', columns: ['total', 'personnel', 'operating'] },
  },
  // T7, T8 政府性基金
  {
    id: 'T7.rollup',
    name: '政府性基金收入表·科目汇总',
    nameEn: 'Government fund revenue: classification subtotals',
    description: '表7 类 = 所属款之和，款 = 所属项之和，合计 = 各类之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T7', columns: ['total'] },
  },
  {
    id: 'T8.row-total',
    name: '政府性基金支出表·各行合计',
    nameEn: 'Government fund expenditure: row totals',
    description: '表8 每一行：合计 = 基本支出 + 项目支出',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T8', total: 'total', parts: ['basic', 'project'] },
  },
  {
    id: 'T8.rollup',
    name: '政府性基金支出表·科目汇总',
    nameEn: 'Government fund expenditure: classification subtotals',
    description: '表8 每一列：类 = 所属款之和，款 = 所属项之和，合计 = 各类之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T8', columns: ['total', 'basic', 'project'] },
  },
  // T9 国有资本经营预算
  {
    id: 'T9.income-rollup',
    name: '国有资本经营预算表·收入汇总',
    nameEn: 'State capital operations: revenue total',
    description: '表9 收入：合计 = 各收入科目之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T9', side: 'income', columns: ['total'] },
  },
  {
    id: 'T9.expense-row',
    name: '国有资本经营预算表·支出各行',
    nameEn: 'State capital operations: each expenditure row',
    description: '表9 支出每一行：合计 = 基本支出 + 项目支出',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T9', side: 'expense', total: 'total', parts: ['basic', 'project'] },
  },
  {
    id: 'T9.expense-rollup',
    name: '国有资本经营预算表·支出汇总',
    nameEn: 'State capital operations: expenditure subtotals',
    description: '表9 支出每一列：类 = 所属款之和，款 = 所属项之和，合计 = 各类之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T9', side: 'expense', columns: ['total', 'basic', 'project'] },
  },
  // T10 "三公"经费
  {
    id: 'T10.row-total',
    name: '"三公"经费表·各行合计',
    nameEn: 'Three public expenses: row totals',
    description: '表10 每一行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T10', total: 'total', parts: FUNDS3 },
  },
  {
    id: 'T10.rollup',
    name: '"三公"经费表·汇总',
    nameEn: 'Three public expenses: totals',
    description:
      '表10 合计 = 因公出国（境）费 + 公务接待费 + 公务用车购置及运行费；公务用车购置及运行费 = 购置费 + 运行维护费',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T10', columns: ['total', ...FUNDS3] },
  },
  // T11 机关运行经费
  {
    id: 'T11.row-total',
    name: '机关运行经费表·各行合计',
    nameEn: 'Agency operating costs: row totals',
    description: '表11 每一行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T11', total: 'total', parts: FUNDS3 },
  },
  {
    id: 'T11.rollup',
    name: '机关运行经费表·部门合计',
    nameEn: 'Agency operating costs: department total',
    description: '表11 部门合计 = 各单位之和（每一列）',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T11', columns: ['total', ...FUNDS3] },
  },
  // T12, T13 项目支出
  {
    id: 'T12.row-total',
    name: '项目支出表（本年）·各行合计',
    nameEn: 'Project expenditure (this year): row totals',
    description:
      '表12 每一行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算 + 财政专户管理资金 + 单位资金',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T12', total: 'total', parts: FUNDS5 },
  },
  {
    id: 'T12.rollup',
    name: '项目支出表（本年）·汇总',
    nameEn: 'Project expenditure (this year): unit and department totals',
    description: '表12 每一列：单位 = 所属项目之和，部门 = 各单位之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T12', columns: ['total', ...FUNDS5] },
  },
  {
    id: 'T13.row-total',
    name: '项目支出表（结转）·各行合计',
    nameEn: 'Project expenditure (carried over): row totals',
    description: '表13 每一行：合计 = 一般公共预算 + 政府性基金预算 + 国有资本经营预算',
    severity: 'error',
    shape: { kind: 'row-sum', table: 'T13', total: 'total', parts: FUNDS3 },
  },
  {
    id: 'T13.rollup',
    name: '项目支出表（结转）·汇总',
    nameEn: 'Project expenditure (carried over): unit and department totals',
    description: '表13 每一列：单位 = 所属项目之和，部门 = 各单位之和',
    severity: 'error',
    shape: { kind: 'rollup', table: 'T13', columns: ['total', ...FUNDS3] },
  },
];

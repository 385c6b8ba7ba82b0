/** Relationships between tables (budget-tables.md section 3, "Between tables"). 强制性. */
import type { Relation } from './types';

export const BETWEEN: readonly Relation[] = [
  {
    id: 'X.general-budget-income',
    name: '一般公共预算收入',
    nameEn: 'General public budget revenue',
    description:
      '表1 收入「一般公共预算」= 表2 合计行「一般公共预算」= 表4 收入「一般公共预算」= 表5 合计行「合计」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'generalBudget' },
        { table: 'T1', line: 'income.generalBudget', col: 'amount' },
        { table: 'T4', line: 'income.generalBudget', col: 'amount' },
        { table: 'T5', line: 'total', col: 'total' },
      ],
    },
  },
  {
    id: 'X.government-fund-income',
    name: '政府性基金预算收入',
    nameEn: 'Government fund revenue',
    description: '表1 收入「政府性基金预算」= 表2 合计行「政府性基金」= 表4 收入「政府性基金预算」= 表7 合计',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'governmentFund' },
        { table: 'T1', line: 'income.governmentFund', col: 'amount' },
        { table: 'T4', line: 'income.governmentFund', col: 'amount' },
        { table: 'T7', line: 'total', col: 'total' },
      ],
    },
  },
  {
    id: 'X.state-capital-income',
    name: '国有资本经营预算收入',
    nameEn: 'State capital operations revenue',
    description:
      '表1 收入「国有资本经营预算」= 表2 合计行「国有资本经营预算」= 表4 收入「国有资本经营预算」= 表9 收入合计',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'stateCapital' },
        { table: 'T1', line: 'income.stateCapital', col: 'amount' },
        { table: 'T4', line: 'income.stateCapital', col: 'amount' },
        { table: 'T9', line: 'income.total', col: 'total' },
      ],
    },
  },
  {
    id: 'X.special-account-income',
    name: '财政专户管理资金收入',
    nameEn: 'Special-account funds revenue',
    description: '表1 收入「财政专户管理资金」= 表2 合计行「财政专户管理资金」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'specialAccount' },
        { table: 'T1', line: 'income.specialAccount', col: 'amount' },
      ],
    },
  },
  {
    id: 'X.unit-funds-income',
    name: '单位资金收入',
    nameEn: "Unit's own funds revenue",
    description: '表1 收入「单位资金」= 表2 合计行「单位资金」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'unitFunds' },
        { table: 'T1', line: 'income.unitFunds', col: 'amount' },
      ],
    },
  },
  {
    id: 'X.carry-over',
    name: '上年结转',
    nameEn: 'Carry-over from last year',
    description: '表1 收入「上年结转」= 表2 合计行「上年结转」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'carryOver' },
        { table: 'T1', line: 'income.carryOver', col: 'amount' },
      ],
    },
  },
  {
    id: 'X.fiscal-carry-over',
    name: '财政拨款结转不超过上年结转',
    nameEn: 'Fiscal carry-over within the carry-over',
    description: '表4「上年财政拨款结转」不大于表1「上年结转」（财政拨款结转是上年结转的一部分）',
    severity: 'error',
    shape: {
      kind: 'at-most',
      lesser: [{ table: 'T4', line: 'income.carryOver', col: 'amount' }],
      greater: [{ table: 'T1', line: 'income.carryOver', col: 'amount' }],
    },
  },
  {
    id: 'X.project-carry-over',
    name: '结转项目不超过上年结转',
    nameEn: 'Carried-over projects within the carry-over',
    description: '表13 合计（上年结转的项目支出）不大于表1「上年结转」',
    severity: 'error',
    shape: {
      kind: 'at-most',
      lesser: [{ table: 'T13', line: 'total', col: 'total' }],
      greater: [{ table: 'T1', line: 'income.carryOver', col: 'amount' }],
    },
  },
  {
    id: 'X.government-fund-expense',
    name: '政府性基金支出',
    nameEn: 'Government fund expenditure',
    description:
      '表8 合计 = 表4 收入「政府性基金预算」+ 表4 上年财政拨款结转中的政府性基金预算（表4 的政府性基金收入即表7 合计）',
    severity: 'error',
    shape: {
      kind: 'sum',
      total: { table: 'T8', line: 'total', col: 'total' },
      parts: [
        { table: 'T4', line: 'income.governmentFund', col: 'amount' },
        { table: 'T4', line: 'income.carryOver.governmentFund', col: 'amount' },
      ],
    },
  },
  {
    id: 'X.state-capital-expense',
    name: '国有资本经营预算支出',
    nameEn: 'State capital operations expenditure',
    description: '表9 支出合计 = 表4 收入「国有资本经营预算」+ 表4 上年财政拨款结转中的国有资本经营预算',
    severity: 'error',
    shape: {
      kind: 'sum',
      total: { table: 'T9', line: 'expense.total', col: 'total' },
      parts: [
        { table: 'T4', line: 'income.stateCapital', col: 'amount' },
        { table: 'T4', line: 'income.carryOver.stateCapital', col: 'amount' },
      ],
    },
  },
  {
    id: 'X.revenue-total',
    name: '本年收入合计',
    nameEn: 'Total revenue this year',
    description: '表1「本年收入合计」（没有上年结转的表为「收入总计」）= 表2 合计行「合计」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'total' },
        { table: 'T1', line: 'income.total', col: 'amount' },
      ],
    },
  },
  {
    id: 'X.appropriation-income',
    name: '财政拨款收入',
    nameEn: 'Fiscal appropriation revenue',
    description: '表1 收入「财政拨款收入」= 表2 合计行「财政拨款收入」= 表4 收入总计（收入按来源分类的表）',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col: 'appropriation' },
        { table: 'T1', line: 'income.appropriation', col: 'amount' },
        { table: 'T4', line: 'income.grandTotal', col: 'amount' },
      ],
    },
  },
  ...(
    [
      ['business', '事业收入', 'Public-service revenue'],
      ['operations', '事业单位经营收入', 'Business operations revenue'],
      ['other', '其他收入', 'Other revenue'],
    ] as const
  ).map(([col, zh, en]): Relation => ({
    id: `X.${col}-income`,
    name: zh,
    nameEn: en,
    description: `表1 收入「${zh}」= 表2 合计行「${zh}」（收入按来源分类的表）`,
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T2', line: 'total', col },
        { table: 'T1', line: `income.${col}`, col: 'amount' },
      ],
    },
  })),
  {
    id: 'X.class-total',
    name: '收支总表各类支出与支出总表',
    nameEn: 'Summary classes against the expenditure table',
    description: '表1 每类支出「2026年合计」= 表3 该类「合计」',
    severity: 'error',
    shape: {
      kind: 'per-code',
      level: 'class',
      total: { table: 'T1', side: 'expense', col: 'total' },
      parts: [{ table: 'T3', col: 'total' }],
    },
  },
  {
    id: 'X.class-current',
    name: '收支总表各类当年预算与收入总表',
    nameEn: 'Summary classes against the revenue table (current year)',
    description: '表1 每类支出「当年预算安排」= 表2 该类「合计」',
    severity: 'error',
    shape: {
      kind: 'per-code',
      level: 'class',
      total: { table: 'T1', side: 'expense', col: 'current' },
      parts: [{ table: 'T2', col: 'total' }],
    },
  },
  {
    id: 'X.class-carry-over',
    name: '收支总表各类结转与收入总表',
    nameEn: 'Summary classes against the revenue table (carry-over)',
    description: '表1 每类支出「上年结转安排」= 表2 该类「上年结转」',
    severity: 'error',
    shape: {
      kind: 'per-code',
      level: 'class',
      total: { table: 'T1', side: 'expense', col: 'carryOver' },
      parts: [{ table: 'T2', col: 'carryOver' }],
    },
  },
  {
    id: 'X.expense-grand-total',
    name: '支出总计与支出总表',
    nameEn: 'Grand total of expenditure against the expenditure table',
    description: '表1 支出总计「2026年合计」= 表3 合计行「合计」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T3', line: 'total', col: 'total' },
        { table: 'T1', line: 'expense.grandTotal', col: 'total' },
      ],
    },
  },
  {
    id: 'X.code-income-expense',
    name: '收入总表与支出总表逐科目',
    nameEn: 'Revenue against expenditure, code by code',
    description: '每个科目：表2「合计」+「上年结转」= 表3「合计」',
    severity: 'error',
    shape: {
      kind: 'per-code',
      level: 'all',
      total: { table: 'T3', col: 'total' },
      parts: [
        { table: 'T2', col: 'total' },
        { table: 'T2', col: 'carryOver' },
      ],
    },
  },
  {
    id: 'X.code-general-budget',
    name: '收入总表与一般公共预算支出表逐科目',
    nameEn: 'Revenue against general public budget expenditure, code by code',
    description: '每个科目：表2「一般公共预算」= 表5「合计」',
    severity: 'error',
    shape: {
      kind: 'per-code',
      level: 'all',
      total: { table: 'T5', col: 'total' },
      parts: [{ table: 'T2', col: 'generalBudget' }],
    },
  },
  {
    id: 'X.class-appropriation',
    name: '财政拨款支出与一般公共预算支出逐类',
    nameEn: 'Fiscal appropriation against general public budget expenditure, class by class',
    description: '表4 每类支出「一般公共预算」= 表5 该类「合计」+ 该类上年结转（表2「上年结转」）',
    severity: 'error',
    shape: {
      kind: 'per-code',
      level: 'class',
      total: { table: 'T4', side: 'expense', col: 'generalBudget' },
      parts: [
        { table: 'T5', col: 'total' },
        { table: 'T2', col: 'carryOver' },
      ],
      onlyIf: {
        equal: [
          { table: 'T2', line: 'total', col: 'carryOver' },
          { table: 'T4', line: 'income.carryOver', col: 'amount' },
        ],
        description: '上年结转全部是财政拨款结转时（表2 上年结转 = 表4 上年财政拨款结转）',
      },
    },
  },
  {
    id: 'X.class-fund-appropriation',
    name: '财政拨款支出与政府性基金预算支出逐类',
    nameEn: 'Fiscal appropriation against government fund expenditure, class by class',
    description: '表4 每类支出「政府性基金预算」= 表8 该类「合计」',
    severity: 'error',
    shape: {
      kind: 'per-code',
      level: 'class',
      total: { table: 'T4', side: 'expense', col: 'governmentFund' },
      parts: [{ table: 'T8', col: 'total' }],
      onlyIf: {
        equal: [
          { table: 'T8', line: 'total', col: 'total' },
          { table: 'T4', line: 'income.governmentFund', col: 'amount' },
        ],
        description: '表8 合计等于表4 收入「政府性基金预算」时（政府性基金没有上年结转）',
      },
    },
  },
  {
    id: 'X.basic-expense',
    name: '基本支出与经济科目表',
    nameEn: 'Basic expenditure against the economic classification table',
    description: '表5 合计行「基本支出」= 表6 合计行「合计」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T6', line: 'total', col: 'total' },
        { table: 'T5', line: 'total', col: 'basic' },
      ],
    },
  },
  {
    id: 'X.project-expense-general',
    name: '项目支出与项目支出表（一般公共预算）',
    nameEn: 'Project expenditure (general public budget) against the project table',
    description: '表5 合计行「项目支出」= 表12 部门行「一般公共预算」',
    severity: 'error',
    shape: {
      kind: 'equal',
      cells: [
        { table: 'T12', line: 'total', col: 'generalBudget' },
        { table: 'T5', line: 'total', col: 'project' },
      ],
    },
  },
  {
    id: 'X.project-expense',
    name: '项目支出与项目支出表',
    nameEn: 'Project expenditure against the project tables',
    description: '表3 合计行「项目支出」= 表12 部门行「合计」+ 表13 部门行「合计」',
    severity: 'error',
    shape: {
      kind: 'sum',
      total: { table: 'T3', line: 'total', col: 'project' },
      parts: [
        { table: 'T12', line: 'total', col: 'total' },
        { table: 'T13', line: 'total', col: 'total' },
      ],
    },
  },
];

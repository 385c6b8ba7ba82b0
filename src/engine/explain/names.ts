/**
 * The words the trainers' views and docs/rules.md use for tables, families, columns and named lines. Only
 * naming lives here: which cells a relationship ties comes from the catalog alone.
 */
import type { CellSelector, CodedColumn } from '../catalog/types';
import { COLUMN_NAMES, tableLabel } from '../describe';
import type { ColumnKey, TableId } from '../model';

/** Short names that fit a box on the map (TABLE_NAMES holds the titles), in Chinese and English. */
export const SHORT_NAMES: Readonly<Record<TableId, { readonly zh: string; readonly en: string }>> = {
  T1: { zh: '收支总表', en: 'Revenue and expenditure summary' },
  T2: { zh: '收入总表', en: 'Revenue' },
  T3: { zh: '支出总表', en: 'Expenditure' },
  T4: { zh: '财政拨款收支总表', en: 'Fiscal appropriation summary' },
  T5: { zh: '一般公共预算支出表', en: 'General public budget expenditure' },
  T6: { zh: '基本支出经济科目表', en: 'Basic expenditure by economic classification' },
  T7: { zh: '政府性基金收入表', en: 'Government fund revenue' },
  T8: { zh: '政府性基金支出表', en: 'Government fund expenditure' },
  T9: { zh: '国有资本经营预算表', en: 'State capital operations' },
  T10: { zh: '"三公"经费表', en: 'Three public expenses' },
  T11: { zh: '机关运行经费表', en: 'Agency operating costs' },
  T12: { zh: '项目支出表（本年）', en: 'Project expenditure (this year)' },
  T13: { zh: '项目支出表（结转）', en: 'Project expenditure (carried over)' },
};

export interface TableFamily {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
  readonly tables: readonly TableId[];
}

/** Tables that are read together; a relationship inside one table belongs to its table's family. */
export const TABLE_FAMILIES: readonly TableFamily[] = [
  { id: 'summary', zh: '收支总表', en: 'Revenue and expenditure summary', tables: ['T1'] },
  {
    id: 'revenue-expenditure',
    zh: '收入总表与支出总表',
    en: 'Revenue and expenditure',
    tables: ['T2', 'T3'],
  },
  { id: 'appropriation', zh: '财政拨款收支总表', en: 'Fiscal appropriation summary', tables: ['T4'] },
  {
    id: 'general-budget',
    zh: '一般公共预算支出',
    en: 'General public budget expenditure',
    tables: ['T5', 'T6'],
  },
  {
    id: 'funds',
    zh: '政府性基金与国有资本经营预算',
    en: 'Government funds and state capital operations',
    tables: ['T7', 'T8', 'T9'],
  },
  {
    id: 'three-public',
    zh: '"三公"经费与机关运行经费',
    en: 'Three public expenses and agency operating costs',
    tables: ['T10', 'T11'],
  },
  { id: 'projects', zh: '项目支出', en: 'Project expenditure', tables: ['T12', 'T13'] },
];

export function familyOf(table: TableId): TableFamily {
  return TABLE_FAMILIES.find((f) => f.tables.includes(table))!;
}

/** Where a table prints a column under another name than COLUMN_NAMES gives (T1's expense columns, 基金预算). */
const COLUMN_OVERRIDES: Partial<Record<TableId, Partial<Record<ColumnKey, string>>>> = {
  T1: { carryOver: '上年结转安排' },
  T4: { governmentFund: '政府性基金预算' },
  T10: { governmentFund: '政府性基金预算' },
  T11: { governmentFund: '政府性基金预算' },
  T12: { governmentFund: '政府性基金预算' },
  T13: { governmentFund: '政府性基金预算' },
};

export function columnName(table: TableId, col: ColumnKey): string {
  return COLUMN_OVERRIDES[table]?.[col] ?? COLUMN_NAMES[col];
}

/** The income items of T1/T4 by the last part of their line name (`income.generalBudget`). */
const INCOME_ITEMS: Readonly<Record<string, string>> = {
  generalBudget: '一般公共预算',
  governmentFund: '政府性基金预算',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
};

/** Named lines recognition gives rows (structure.ts), in the words of the printed tables. */
const LINE_NAMES: Readonly<Record<string, string>> = {
  total: '合计行',
  'income.total': '本年收入合计',
  'income.grandTotal': '收入总计',
  'income.carryOver': '收入「上年结转」',
  'expense.total': '本年支出合计',
  'expense.carryForward': '年终结转',
  'expense.grandTotal': '支出总计',
  travelAbroad: '因公出国（境）费',
  hospitality: '公务接待费',
  vehicles: '公务用车购置及运行费',
  vehiclePurchase: '公务用车购置费',
  vehicleOperation: '公务用车运行维护费',
};

const LINE_OVERRIDES: Partial<Record<TableId, Readonly<Record<string, string>>>> = {
  T4: { 'income.carryOver': '收入「上年财政拨款结转」' },
  T9: { 'income.total': '收入合计行', 'expense.total': '支出合计行' },
  T11: { total: '部门合计行' },
  T12: { total: '部门行' },
  T13: { total: '部门行' },
};

/** `income.generalBudget` → `收入「一般公共预算」`, `total` → `合计行` (T12: `部门行`). */
function lineName(table: TableId, line: string): string {
  const named = LINE_OVERRIDES[table]?.[line] ?? LINE_NAMES[line];
  if (named) return named;
  const [side, ...rest] = line.split('.');
  const item = INCOME_ITEMS[rest[rest.length - 1]];
  if (side === 'income' && item && rest.length === 1) return `收入「${item}」`;
  if (side === 'income' && item && rest[0] === 'carryOver') {
    return `${lineName(table, 'income.carryOver')}中「${item}」`;
  }
  return line; // a line this file does not name yet; tests/explain/assertion.test.ts catches it
}

/** `表5 合计行「合计」`, `表1 收入「一般公共预算」` (an income line has one amount column, so it goes unsaid). */
export function selectorText(sel: CellSelector): string {
  if ('line' in sel) {
    const column = sel.col === 'amount' ? '' : `「${columnName(sel.table, sel.col)}」`;
    return `${tableLabel(sel.table)} ${lineName(sel.table, sel.line)}${column}`;
  }
  return `${tableLabel(sel.table)} 名为「${sel.rowsNamed}」的各行「${columnName(sel.table, sel.col)}」`;
}

/** `表1 每类支出「合计」` for the total of a per-code relation, `表3 同一类「合计」` for its parts. */
export function codedColumnText(c: CodedColumn, level: 'class' | 'all', first: boolean): string {
  const unit = level === 'class' ? '类' : '科目';
  const rows = first
    ? `每${level === 'class' ? '类' : '个科目'}${c.side === 'expense' ? '支出' : ''}`
    : `同一${unit}`;
  return `${tableLabel(c.table)} ${rows}「${columnName(c.table, c.col)}」`;
}

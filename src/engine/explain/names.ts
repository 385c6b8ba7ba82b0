/**
 * The words the trainers' views and docs/rules.md use for tables, families, columns and named lines. Only
 * naming lives here: which cells a relationship ties comes from the catalog alone.
 */
import type { CellSelector, CodedColumn } from '../catalog/types';
import { COLUMN_NAMES, tableLabel } from '../describe';
import type { Words } from '../messages';
import type { ColumnKey, Side, TableId } from '../model';
import { lineSpec } from '../templates';

/**
 * The language of the engine's words for people: Chinese, or its English twin. English keeps the names the
 * workbook prints (rows, columns) in Chinese quotes, as Table 5 “合计”: they are what the reader looks for.
 */
export type Lang = keyof Words;

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

/** `表5` / `Table 5`. */
export function tableText(table: TableId, lang: Lang): string {
  return lang === 'zh' ? tableLabel(table) : `Table ${table.slice(1)}`;
}

/** A name as the workbook prints it: `「合计」` / `“合计”`. */
export function quoted(name: string, lang: Lang): string {
  return lang === 'zh' ? `「${name}」` : `“${name}”`;
}

/** A column in a list of columns: bare in Chinese (`合计 = 基本支出 + 项目支出`), quoted in English. */
export function columnText(table: TableId, col: ColumnKey, lang: Lang): string {
  const name = columnName(table, col);
  return lang === 'zh' ? name : quoted(name, lang);
}

export function sideText(side: Side | undefined, lang: Lang): string {
  if (!side) return '';
  return lang === 'zh'
    ? side === 'expense'
      ? '支出'
      : '收入'
    : side === 'expense'
      ? 'expenditure'
      : 'revenue';
}

/** `income.generalBudget` → `收入「一般公共预算」`, `total` → `合计行` (T12: `部门行`), as the templates name them. */
function lineName(table: TableId, line: string, lang: Lang): string {
  const spec = lineSpec(table, line);
  if (!spec) return line; // a line no template names; tests/explain/assertion.test.ts catches it
  return lang === 'zh' ? spec.zh : spec.en;
}

/**
 * `表5 合计行「合计」`, `表1 收入「一般公共预算」` (an income line has one amount column, so it goes unsaid);
 * `Table 5 total row “合计”`, `Table 1 revenue “一般公共预算”`.
 */
export function selectorText(sel: CellSelector, lang: Lang = 'zh'): string {
  const table = tableText(sel.table, lang);
  const column = quoted(columnName(sel.table, sel.col), lang);
  if ('line' in sel) {
    const line = lineName(sel.table, sel.line, lang);
    if (sel.col === 'amount') return `${table} ${line}`;
    return lang === 'zh' ? `${table} ${line}${column}` : `${table} ${line} ${column}`;
  }
  return lang === 'zh'
    ? `${table} 名为「${sel.rowsNamed}」的各行${column}`
    : `${table} ${column} of the rows named “${sel.rowsNamed}”`;
}

/**
 * `表1 每类支出「合计」` for the total of a per-code relation, `表3 同一类「合计」` for its parts;
 * `Table 1 each expenditure class “合计”`, `Table 3 same class “合计”`.
 */
export function codedColumnText(c: CodedColumn, level: 'class' | 'all', first: boolean, lang: Lang): string {
  const column = quoted(columnName(c.table, c.col), lang);
  if (lang === 'zh') {
    const unit = level === 'class' ? '类' : '科目';
    const rows = first
      ? `每${level === 'class' ? '类' : '个科目'}${c.side === 'expense' ? '支出' : ''}`
      : `同一${unit}`;
    return `${tableLabel(c.table)} ${rows}${column}`;
  }
  const unit = level === 'class' ? 'class' : 'code';
  const side = c.side === 'expense' ? 'expenditure ' : '';
  return `${tableText(c.table, lang)} ${first ? `each ${side}${unit}` : `same ${unit}`} ${column}`;
}

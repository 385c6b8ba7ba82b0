/** Names of tables, columns and rows in the words of the printed tables, for messages. */
import Decimal from 'decimal.js';
import { shownAmount } from './amount';
import type { ColumnKey, Figure, Row, TableId } from './model';

export const COLUMN_NAMES: Record<ColumnKey, string> = {
  amount: '金额',
  total: '合计',
  subtotal: '小计',
  current: '当年预算安排',
  carryOver: '上年结转',
  generalBudget: '一般公共预算',
  governmentFund: '政府性基金',
  stateCapital: '国有资本经营预算',
  specialAccount: '财政专户管理资金',
  unitFunds: '单位资金',
  basic: '基本支出',
  project: '项目支出',
  personnel: '人员经费',
  operating: '公用经费',
  appropriation: '财政拨款收入',
  business: '事业收入',
  operations: '事业单位经营收入',
  other: '其他收入',
};

export const COLUMN_NAMES_EN: Record<ColumnKey, string> = {
  amount: 'amount',
  total: 'total',
  subtotal: 'subtotal',
  current: 'current-year budget',
  carryOver: 'carry-over',
  generalBudget: 'general public budget',
  governmentFund: 'government funds',
  stateCapital: 'state capital operations',
  specialAccount: 'special-account funds',
  unitFunds: "unit's own funds",
  basic: 'basic expenditure',
  project: 'project expenditure',
  personnel: 'personnel',
  operating: 'operating',
  appropriation: 'fiscal appropriation revenue',
  business: 'public-service revenue',
  operations: 'business operations revenue',
  other: 'other revenue',
};

/** `T2` → `表2`. */
export function tableLabel(id: TableId): string {
  return `表${id.slice(1)}`;
}

export function rowLabel(row: Row): string {
  const name = row.label.replace(/\s+/g, ' ').trim();
  // A part of a named income line (上年财政拨款结转's 一、一般公共预算) is named with it: the names repeat.
  if (row.side === 'income' && row.level === 2 && row.parent?.line) return `${rowLabel(row.parent)}中${name}`;
  return row.code && !name.startsWith(row.code) ? `${row.code} ${name}`.trim() : name;
}

/** `表2「2010301 行政运行」一般公共预算`. */
export function cellLabel(table: TableId, row: Row | undefined, col: ColumnKey, fallbackRow = ''): string {
  const name = row ? rowLabel(row) : fallbackRow;
  return `${tableLabel(table)}「${name}」${COLUMN_NAMES[col]}`;
}

/** `Table 2 “2010301 行政运行” general public budget`: row names stay as the workbook writes them. */
export function cellLabelEn(table: TableId, row: Row | undefined, col: ColumnKey, fallbackRow = ''): string {
  const name = row ? rowLabel(row) : fallbackRow;
  return `Table ${table.slice(1)} “${name}” ${COLUMN_NAMES_EN[col]}`;
}

/** A figure as its table shows it: in 元 for a 元 table. */
export function shown(value: Decimal, unit: '万元' | '元', decimals: number): string {
  return shownAmount(unit === '元' ? value.times(10000) : value, decimals);
}

/**
 * How a finding shows its amounts: in the unit of its first figure, with as many decimals as its figures
 * show; a tolerance (a sum of half units, ±0.015) gets one decimal more so it is exact.
 */
export function amountFormat(terms: readonly { readonly figure?: Figure }[]): {
  readonly amount: (v: Decimal) => string;
  readonly tolerance: (v: Decimal) => string;
} {
  const unit = terms.find((t) => t.figure)?.figure?.unit ?? '万元';
  let decimals = 2;
  for (const t of terms) if (t.figure?.unit === unit) decimals = Math.max(decimals, t.figure.decimals);
  return {
    amount: (v) => shown(v, unit, decimals),
    // decimals ≥ 2, so the extra place is after the point and a zero there can go.
    tolerance: (v) => shown(v, unit, decimals + 1).replace(/0$/, ''),
  };
}

export function shownFigure(f: Figure): string {
  return shown(f.value, f.unit, f.decimals);
}

/**
 * The shares and year-on-year figures the explanation (第三部分) quotes, computed from the recognised tables:
 * the income structure (T1 income lines over 收入总计), the expenditure structure (T3 基本/项目 over 合计), the
 * 一般公共预算 by 类 (T5 类 rows over 合计), and, with last year's figures, the changes of 收入总计, 支出总计,
 * 一般公共预算当年支出, 机关运行经费 and the "三公" lines.
 */
import type Decimal from 'decimal.js';
import type { Tables } from '../instances';
import type { ColumnKey, TableId } from '../model';
import type { LastYear, LastYearKey } from './last-year';
import { largestRemainder, percentOf } from './percent';
import { yearOnYear, type YearOnYear } from './year-on-year';

export interface Share {
  /** `income.generalBudget`, `basic`, `201`. */
  readonly key: string;
  /** As the explanation names it: `一般公共预算拨款收入`, `基本支出`, `一般公共服务支出`. */
  readonly label: string;
  /** In 万元. */
  readonly amount: Decimal;
  /** Half-up to 0.01%. */
  readonly percent: Decimal;
  /** The share when the set is apportioned to exactly 100.00% by largest remainder. */
  readonly adjusted: Decimal;
}

export type ShareSetKey = 'income' | 'expenditure' | 'generalBudgetByClass';

export interface ShareSet {
  readonly key: ShareSetKey;
  readonly label: string;
  readonly base: { readonly label: string; readonly amount: Decimal };
  readonly shares: readonly Share[];
}

export interface Change extends YearOnYear {
  readonly key: LastYearKey;
  readonly label: string;
}

/** A figure of a named line, in 万元; undefined when the table or line is missing. */
export function lineFigure(
  tables: Tables,
  table: TableId,
  line: string,
  col: ColumnKey,
): Decimal | undefined {
  return tables.get(table)?.lines.get(line)?.figures[col]?.value;
}

function shareSet(
  key: ShareSetKey,
  label: string,
  base: ShareSet['base'] | undefined,
  parts: readonly { key: string; label: string; amount: Decimal | undefined }[],
): ShareSet | undefined {
  if (!base) return undefined;
  const present = parts.filter((p): p is { key: string; label: string; amount: Decimal } => !!p.amount);
  const adjusted = largestRemainder(present.map((p) => p.amount));
  const shares = present.map((p, i) => ({
    ...p,
    percent: percentOf(p.amount, base.amount) ?? adjusted[i],
    adjusted: adjusted[i],
  }));
  return { key, label, base, shares };
}

const INCOME_LINES: ReadonlyArray<readonly [string, string]> = [
  ['income.generalBudget', '一般公共预算拨款收入'],
  ['income.governmentFund', '政府性基金预算拨款收入'],
  ['income.stateCapital', '国有资本经营预算拨款收入'],
  ['income.specialAccount', '财政专户管理资金收入'],
  ['income.unitFunds', '单位资金'],
  ['income.carryOver', '上年结转'],
];

export function quotedShares(tables: Tables): ShareSet[] {
  const incomeTotal = lineFigure(tables, 'T1', 'income.grandTotal', 'amount');
  const expenseTotal = lineFigure(tables, 'T3', 'total', 'total');
  const generalTotal = lineFigure(tables, 'T5', 'total', 'total');
  const classes = (tables.get('T5')?.rows ?? []).filter((r) => r.code?.length === 3);
  const sets = [
    shareSet(
      'income',
      '收入预算结构',
      incomeTotal && { label: '预算收入', amount: incomeTotal },
      INCOME_LINES.map(([line, label]) => ({
        key: line,
        label,
        amount: lineFigure(tables, 'T1', line, 'amount'),
      })),
    ),
    shareSet(
      'expenditure',
      '支出预算结构',
      expenseTotal && { label: '支出预算', amount: expenseTotal },
      (['basic', 'project'] as const).map((col) => ({
        key: col,
        label: col === 'basic' ? '基本支出' : '项目支出',
        amount: lineFigure(tables, 'T3', 'total', col),
      })),
    ),
    shareSet(
      'generalBudgetByClass',
      '一般公共预算当年支出结构',
      generalTotal && { label: '一般公共预算当年支出', amount: generalTotal },
      classes.map((r) => ({ key: r.code!, label: r.label, amount: r.figures.total?.value })),
    ),
  ];
  return sets.filter((s): s is ShareSet => !!s);
}

/** Where each last-year line's figure is in a year's tables: this year's, and last year's workbook alike. */
export const LAST_YEAR_SOURCES: ReadonlyArray<readonly [LastYearKey, TableId, string, ColumnKey, string]> = [
  ['incomeTotal', 'T1', 'income.grandTotal', 'amount', '收入总计'],
  ['expenseTotal', 'T1', 'expense.grandTotal', 'total', '支出总计'],
  ['appropriationTotal', 'T4', 'income.grandTotal', 'amount', '财政拨款收支总预算'],
  ['generalBudgetExpense', 'T5', 'total', 'total', '一般公共预算当年支出'],
  ['agencyOperating', 'T11', 'total', 'total', '机关运行经费'],
  ['threePublic', 'T10', 'total', 'total', '"三公"经费'],
  ['travelAbroad', 'T10', 'travelAbroad', 'total', '因公出国（境）费'],
  ['hospitality', 'T10', 'hospitality', 'total', '公务接待费'],
  ['vehicles', 'T10', 'vehicles', 'total', '公务用车购置及运行费'],
  ['vehiclePurchase', 'T10', 'vehiclePurchase', 'total', '公务用车购置费'],
  ['vehicleOperation', 'T10', 'vehicleOperation', 'total', '公务用车运行维护费'],
];

/** Year-on-year changes for every line last year's figures give and the tables have. */
export function quotedChanges(tables: Tables, lastYear: LastYear | undefined): Change[] {
  if (!lastYear) return [];
  return LAST_YEAR_SOURCES.flatMap(([key, table, line, col, label]) => {
    const last = lastYear.figures[key];
    const current = lineFigure(tables, table, line, col);
    // A line the table lists but leaves blank reads as zero; a line it does not list has no figure.
    return last && current ? [{ key, label, ...yearOnYear(current, last) }] : [];
  });
}

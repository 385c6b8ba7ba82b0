/** What recognition makes of a sheet: tables of rows and figures, with every figure tied to its cell. */
import type Decimal from 'decimal.js';
import type { CellRef } from './snapshot';

/** The seed's numbering of the disclosure tables (budget-tables.md section 2). */
export type TableId =
  'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'T10' | 'T11' | 'T12' | 'T13';

/**
 * The role of an amount column. The names follow budget-tables.md section 7; T1 and T4 prefix the income
 * side's single amount column as `amount`.
 */
export type ColumnKey =
  | 'amount'
  | 'total'
  | 'subtotal'
  | 'current'
  | 'carryOver'
  | 'generalBudget'
  | 'governmentFund'
  | 'stateCapital'
  | 'specialAccount'
  | 'unitFunds'
  | 'basic'
  | 'project'
  | 'personnel'
  | 'operating'
  /** Revenue by source, as some places classify it: 财政拨款收入, 事业收入, 事业单位经营收入, 其他收入. */
  | 'appropriation'
  | 'business'
  | 'operations'
  | 'other';

export type Side = 'income' | 'expense';

/** One shown amount. Values are in 万元 whatever the table's unit, so tables can be compared. */
export interface Figure {
  readonly cell: CellRef;
  readonly value: Decimal;
  /** Half the width of the figure's rounding interval, in 万元; zero for an empty (exact zero) cell. */
  readonly half: Decimal;
  readonly empty: boolean;
  /** Decimals shown, in the table's own unit. */
  readonly decimals: number;
  /** The table's unit, for showing the figure as the table shows it. */
  readonly unit: '万元' | '元';
  /**
   * The value and half-width as whole multiples of 0.0000005 万元 (× 2,000,000), when they are exactly that:
   * sums then run on integers, which matters for 20,000-row workbooks. Undefined for figures too precise
   * or too large, which take the decimal path.
   */
  readonly scaled?: { readonly value: number; readonly half: number };
}

export interface Row {
  /** The sheet the row is on (a table continued on a next sheet has rows on two). */
  readonly sheet: string;
  /** Zero-based sheet row. */
  readonly sheetRow: number;
  readonly side?: Side;
  /** The row's name as shown (`行政运行`, `一、一般公共预算`, `山西省人民对外友好协会`). */
  readonly label: string;
  /** Functional classification code (`2010301`) where the row has one; T1/T4 类 rows get theirs by name. */
  readonly code?: string;
  /**
   * What matches the row across tables when it has no code: its names from the 类 down
   * (`一般公共服务支出/政府办公厅（室）及相关机构事务/行政运行`).
   */
  readonly path?: string;
  /** The row's place in its table's tree: 0 for the table total, then 类/款/项 or department/unit/project. */
  readonly level: number;
  /** A name for the row's role, when it has one (`total`, `income.generalBudget`, `vehicles`). */
  readonly line?: string;
  readonly figures: Partial<Record<ColumnKey, Figure>>;
  /** The rows this row adds up; set by recognition. */
  readonly children: Row[];
  parent?: Row;
}

/** A line or column a table's template has that recognition did not find. */
export interface Gap {
  readonly kind: 'line' | 'column' | 'side';
  /** The line's key (`income.generalBudget`), the column's `side.key`, or the side. */
  readonly key: string;
  /** How the printed table calls it: `收入「一般公共预算」`, `上年结转`, `支出栏`. */
  readonly zh: string;
  readonly en: string;
  /** A line or column the template allows a table to leave out when it holds no money. */
  readonly optional: boolean;
}

export interface Table {
  readonly id: TableId;
  /** The template it follows (`standard`, or a place's own variant). */
  readonly variant: string;
  readonly title: string;
  readonly sheet: string;
  readonly year?: number;
  readonly unit: '万元' | '元';
  /** Zero-based extent on the sheet. */
  readonly range: {
    readonly top: number;
    readonly left: number;
    readonly bottom: number;
    readonly right: number;
  };
  /** Where each side's columns are (`main`, or `income` and `expense`). */
  readonly sides: readonly { readonly side: 'main' | Side; readonly left: number; readonly right: number }[];
  /** More of the table on later sheets (续表): each part's sheet and rows. */
  readonly continued?: readonly { readonly sheet: string; readonly top: number; readonly bottom: number }[];
  /** Amount columns by `side.key`: `main.total`, `income.amount`, `expense.generalBudget`. */
  readonly columns: ReadonlyMap<string, number>;
  /** The heading each column prints, by `side.key` (`2026年合计`). */
  readonly columnTitles: ReadonlyMap<string, string>;
  readonly rows: readonly Row[];
  /** Rows by their `line` name. */
  readonly lines: ReadonlyMap<string, Row>;
  /** What the template has that the table does not show. */
  readonly gaps: readonly Gap[];
  /**
   * Columns (`side.key`) of the template the table does not print while it prints its total and the other
   * parts of it (a department funded by 一般公共预算 alone leaves out the other fund columns): they read as zero.
   */
  readonly zeroColumns?: ReadonlySet<string>;
  /** Cells where a figure was expected but could not be read (text, error values): reported, never guessed. */
  readonly unreadable: readonly { readonly cell: CellRef; readonly text: string; readonly reason: string }[];
  /** The department named on the `部门名称：` line, if any. */
  readonly department?: string;
}

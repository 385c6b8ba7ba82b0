/** What filling produces: every derivable cell with its new figure, where it comes from, and how to write it. */
import type Decimal from 'decimal.js';
import type { TableId } from '../model';
import type { CellRef } from '../snapshot';

/** A cell a derived figure is computed from, with what is needed to reference it in a formula. */
export interface SourceCell {
  readonly cell: CellRef;
  readonly unit: '万元' | '元';
}

/**
 * Where a derivable cell stands. `blank`: it shows no figure, and the fill writes the one its parts give.
 * `holds`: it shows a figure within rounding of what its parts give (尾差 included), and is left alone.
 * `rebuilt`: it holds too, but a rebuild (on request) rewrites it to the figure its parts give. `conflict`:
 * its figure and its parts disagree beyond rounding, which is for the user to decide (不一致).
 */
export type CellStatus = 'blank' | 'holds' | 'rebuilt' | 'conflict';

/** A cell ranked among the likely wrong ones, with its label where the fill knows it. */
export interface SuspectCell {
  readonly sheet: string;
  readonly address: string;
  readonly label?: string;
  readonly labelEn?: string;
}

/** One cell that can be computed from other cells by a relationship of the catalog. */
export interface DerivedCell {
  readonly cell: CellRef;
  /** A1 address without `$` and without the sheet. */
  readonly address: string;
  readonly table: TableId;
  /** `表2「201 一般公共服务支出」合计`. */
  readonly label: string;
  /** `Table 2 “201 一般公共服务支出” total`. */
  readonly labelEn: string;
  /** The id of the relation that produced the figure (`T2.rollup`). */
  readonly relation: string;
  /** In Chinese, what the figure is the sum of (`收入总表 科目汇总：其下 2 行之和`). */
  readonly reason: string;
  /** The same in English (`Revenue: classification subtotals: the sum of its 2 rows`). */
  readonly reasonEn: string;
  readonly status: CellStatus;
  /**
   * The figure the cell holds after the fill, in 万元, rounded half-up as the cell shows it: the figure its
   * parts give for an open cell (blank, rebuilt, a conflict taken), its own figure for a kept one.
   */
  readonly value: Decimal;
  /** That figure in the table's unit and decimals, no separators (`4542.60`). */
  readonly text: string;
  /** That figure as the cell will show it, through `numberFormat` (`4,542.60`). */
  readonly shown: string;
  /** The figure its parts give (their exact sum, rounded as the cell shows it), in 万元. */
  readonly sum: Decimal;
  /** `sum` in the table's unit and decimals, no separators, and as the cell would show it. */
  readonly sumText: string;
  readonly sumShown: string;
  /** A conflict the user chose to resolve by the sum of the parts (`recompute`). */
  readonly taken?: boolean;
  /** The cell copies one other cell (an equality chain), rather than adding up parts. */
  readonly copy: boolean;
  /** For a conflict: the cells most likely wrong, first the likeliest. */
  readonly suspects?: readonly SuspectCell[];
  readonly decimals: number;
  readonly unit: '万元' | '元';
  /** The cells the figure is computed from, in the relation's order; rows missing from a table are left out. */
  readonly sources: readonly SourceCell[];
  /**
   * Set when the figure was moved off the rounded sum of its parts to settle a cross-table conflict between
   * detail lines (`+0.01`, in the cell's unit); the formula then ends with it too.
   */
  readonly adjustment?: string;
  /** The live formula (`=SUM(D8:D11)`, `='表2'!C8`), or undefined when there is no cell to reference. */
  readonly formula?: string;
  /** The cell's content as shown before filling, through its own number format ('' when blank). */
  readonly current: string;
  /** The figure the cell reads as before filling, in 万元 (zero when blank). */
  readonly currentValue: Decimal;
  /** The cell's own number format, else the one it is given: its column's (see format.ts). */
  readonly numberFormat: string;
}

export interface Derivation {
  /** Every derivable cell, in dependency order: a cell comes after every derived cell it is computed from. */
  readonly cells: readonly DerivedCell[];
  /** Why some relations did not fill anything (a condition that does not hold, a table that is missing). */
  readonly notes: readonly string[];
  readonly notesEn: readonly string[];
  /** The derivation rewrites cells that already hold (`rebuild`). */
  readonly rebuild?: boolean;
}

export type FillMode = 'values' | 'formulas';

/** One cell a fill would write, as the preview lists it. */
export interface FillChange {
  readonly sheet: string;
  readonly address: string;
  /** Zero-based. */
  readonly row: number;
  readonly col: number;
  readonly table: TableId;
  readonly label: string;
  /** The English twins here and in FillPlan are optional: a plan a host builds by hand may leave them out. */
  readonly labelEn?: string;
  /** As shown before filling ('' when blank). */
  readonly current: string;
  /** The new figure with the table's decimals (`4542.60`); `0.00`-style for zero. */
  readonly value: string;
  /** The new figure as the cell will show it, through `numberFormat` (`4,542.60`). */
  readonly shown?: string;
  /** Why it is written: a blank cell, a conflict taken, a rebuilt total (see CellStatus). */
  readonly kind?: Exclude<CellStatus, 'holds'>;
  /** Set in formulas mode when the figure has cells to reference. */
  readonly formula?: string;
  readonly numberFormat: string;
  readonly relation: string;
  readonly reason: string;
  readonly reasonEn?: string;
}

/**
 * A cell whose figure its parts contradict beyond rounding (不一致): `current` is its figure, `value` the sum
 * of its parts, which it takes only when the user chooses so (`taken`; the change is then in `changes`).
 */
export interface FillConflict extends FillChange {
  readonly kind: 'conflict';
  /** current − the sum of the parts, in the cell's unit (`10.00`). */
  readonly difference: string;
  readonly suspects: readonly SuspectCell[];
  readonly taken: boolean;
  /** `value` is the figure of the one cell it copies (an equality chain), not a sum of parts. */
  readonly copy: boolean;
}

export interface FillPlan {
  readonly mode: FillMode;
  /** What applying the plan writes: blank cells, and conflicts taken and rebuilt totals when asked. */
  readonly changes: readonly FillChange[];
  /** Derivable cells left as they are: they already show their figure (尾差 included). */
  readonly unchanged: number;
  readonly notes: readonly string[];
  readonly notesEn?: readonly string[];
  /** Every 不一致 cell, taken or not; never written unless taken. Absent in a plan a host builds by hand. */
  readonly conflicts?: readonly FillConflict[];
  /** The plan rewrites totals that already hold (尾差 rewritten on request). */
  readonly rebuild?: boolean;
}

/** What a host writes into a cell for a change: a number (null = blank), or a formula with its cached result. */
export type CellWrite =
  | { readonly kind: 'value'; readonly value: number | null }
  | { readonly kind: 'formula'; readonly formula: string; readonly result: number };

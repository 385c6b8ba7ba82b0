/** What filling produces: every derivable cell with its new figure, where it comes from, and how to write it. */
import type Decimal from 'decimal.js';
import type { TableId } from '../model';
import type { CellRef } from '../snapshot';

/** A cell a derived figure is computed from, with what is needed to reference it in a formula. */
export interface SourceCell {
  readonly cell: CellRef;
  readonly unit: '万元' | '元';
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
  /** The new figure in 万元, rounded half-up as the cell shows it. */
  readonly value: Decimal;
  /** The new figure as the cell shows it: the table's unit and decimals, no separators (`4542.60`). */
  readonly text: string;
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
  /** The cell's content as shown before filling ('' when blank). */
  readonly current: string;
  /** The figure the cell reads as before filling, in 万元 (zero when blank). */
  readonly currentValue: Decimal;
  /** The number format to give the cell if it has none of its own. */
  readonly numberFormat: string;
}

export interface Derivation {
  /** Every derivable cell, in dependency order: a cell comes after every derived cell it is computed from. */
  readonly cells: readonly DerivedCell[];
  /** Why some relations did not fill anything (a condition that does not hold, a table that is missing). */
  readonly notes: readonly string[];
  readonly notesEn: readonly string[];
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
  /** Set in formulas mode when the figure has cells to reference. */
  readonly formula?: string;
  readonly numberFormat: string;
  readonly relation: string;
  readonly reason: string;
  readonly reasonEn?: string;
}

export interface FillPlan {
  readonly mode: FillMode;
  readonly changes: readonly FillChange[];
  /** Derivable cells that already show their figure (values mode) and so are left alone. */
  readonly unchanged: number;
  readonly notes: readonly string[];
  readonly notesEn?: readonly string[];
}

/** What a host writes into a cell for a change: a number (null = blank), or a formula with its cached result. */
export type CellWrite =
  | { readonly kind: 'value'; readonly value: number | null }
  | { readonly kind: 'formula'; readonly formula: string; readonly result: number };

/**
 * A relationship is data: an id, a Chinese name and rule text, a severity, and a shape saying which cells it
 * ties. Checking, filling, explaining and drawing all read these declarations; nothing else states a rule.
 */
import type { ColumnKey, Side, TableId } from '../model';

/** One cell: a named line of a table (`total`, `income.generalBudget`, `vehicles`) in one column. */
export interface LineRef {
  readonly table: TableId;
  readonly line: string;
  readonly col: ColumnKey;
}

/** The sum of every row of a table that carries a name (T6 lists one item on several rows). */
export interface NamedRowsRef {
  readonly table: TableId;
  readonly rowsNamed: string;
  readonly col: ColumnKey;
}

export type CellSelector = LineRef | NamedRowsRef;

/** A column of the rows of one table, matched across tables by classification code. */
export interface CodedColumn {
  readonly table: TableId;
  readonly col: ColumnKey;
  readonly side?: Side;
}

export type Shape =
  /** In every row: the total column equals the sum of the part columns (cross-footing). */
  | {
      readonly kind: 'row-sum';
      readonly table: TableId;
      readonly side?: Side;
      readonly total: ColumnKey;
      readonly parts: readonly ColumnKey[];
    }
  /** Every row with parts (合计, 类, 款, unit…) equals the sum of its parts, in each listed column (footing). */
  | {
      readonly kind: 'rollup';
      readonly table: TableId;
      readonly side?: Side;
      readonly columns: readonly ColumnKey[];
    }
  /** One cell equals the sum of other cells, within a table or across tables. */
  | { readonly kind: 'sum'; readonly total: CellSelector; readonly parts: readonly CellSelector[] }
  /** All these cells show the same figure; the first is where the figure comes from. */
  | { readonly kind: 'equal'; readonly cells: readonly CellSelector[] }
  /**
   * For every classification code (or only 类) in any of the tables: the total column equals the sum of the
   * part columns of the rows with that code. `onlyIf` limits the rule to workbooks where two cells agree.
   */
  | {
      readonly kind: 'per-code';
      readonly level: 'class' | 'all';
      readonly total: CodedColumn;
      readonly parts: readonly CodedColumn[];
      readonly onlyIf?: {
        readonly equal: readonly [CellSelector, CellSelector];
        readonly description: string;
      };
    }
  /** The sum of the first cells is at most the sum of the second. */
  | {
      readonly kind: 'at-most';
      readonly lesser: readonly CellSelector[];
      readonly greater: readonly CellSelector[];
    }
  /** Every table title carries the same budget year. */
  | { readonly kind: 'same-year' }
  /** A unit is named the same in every table that lists units. */
  | { readonly kind: 'same-names'; readonly tables: readonly TableId[] };

export interface Relation {
  /** Stable id, `T2.row-total`, `X.general-budget-income`. */
  readonly id: string;
  /** A short Chinese name for lists and the map. */
  readonly name: string;
  /** The same in English. */
  readonly nameEn: string;
  /** The rule in plain Chinese, as a compiler would state it. */
  readonly description: string;
  /** error = 强制性, warning = 提示性. */
  readonly severity: 'error' | 'warning';
  readonly shape: Shape;
}

function selectorTables(sel: CellSelector): TableId[] {
  return [sel.table];
}

/** The tables a relation ties, in the order its shape names them. */
export function tablesOf(shape: Shape): TableId[] {
  let ids: TableId[];
  switch (shape.kind) {
    case 'row-sum':
    case 'rollup':
      ids = [shape.table];
      break;
    case 'sum':
      ids = [shape.total, ...shape.parts].flatMap(selectorTables);
      break;
    case 'equal':
      ids = shape.cells.flatMap(selectorTables);
      break;
    case 'per-code':
      ids = [shape.total, ...shape.parts].map((c) => c.table);
      break;
    case 'at-most':
      ids = [...shape.lesser, ...shape.greater].flatMap(selectorTables);
      break;
    case 'same-year':
      ids = [];
      break;
    case 'same-names':
      ids = [...shape.tables];
      break;
  }
  return [...new Set(ids)];
}

/**
 * The one seam every host uses: a workbook as plain data. The Office.js adapter, the .xlsx adapter and the
 * tests all produce this, and the engine reads nothing else.
 */

/** A cell's content as the host knows it. */
export interface CellSnapshot {
  /** The value as Excel shows it (`range.text`); absent when the host cannot render formats (ExcelJS). */
  readonly text?: string;
  /** The raw value: a number, a string, a boolean, or null for blank (a formula's cached result, if any). */
  readonly value: string | number | boolean | null;
  /** The number format, where known (`0.00`, `#,##0.00`, `General`). */
  readonly format?: string;
  /** An Excel error such as `#REF!` in place of a value. */
  readonly error?: string;
  /** The cell holds a formula whose cached result is missing, so its value is unknown. */
  readonly formulaWithoutResult?: boolean;
  /**
   * The length of the text the file held where it was longer than a cell can hold (32,767 characters) and
   * the reader kept only that many: the row is read, and the user told.
   */
  readonly cutFrom?: number;
}

export interface SheetSnapshot {
  /** The sheet's name exactly as in the workbook. */
  readonly name: string;
  /**
   * Cells by zero-based row then column, counted from A1. Missing rows or cells are blank; arrays may be
   * sparse, so a used range that starts far from A1 costs nothing.
   */
  readonly rows: ReadonlyArray<ReadonlyArray<CellSnapshot | undefined> | undefined>;
  /** Merged areas as A1 ranges (`B4:D4`); the value sits in the top-left cell. */
  readonly merges?: readonly string[];
  readonly hidden?: boolean;
}

export interface WorkbookSnapshot {
  /** Where the workbook came from, for messages (a file name, or the Excel document). */
  readonly name?: string;
  readonly sheets: readonly SheetSnapshot[];
}

/** A cell's place in the workbook. Rows and columns are zero-based. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** `0 → A`, `27 → AB`. */
export function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

/** Zero-based row and column to an A1 address without `$`. */
export function address(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** `B12` → `{ row: 11, col: 1 }`; accepts `$`. */
export function parseAddress(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a1.trim());
  if (!m) throw new Error(`not an A1 address: ${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** `A4:F40` → corners, zero-based. */
export function parseRange(a1: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to = from] = a1.split(':');
  const a = parseAddress(from);
  const b = parseAddress(to);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellSnapshot | undefined {
  return sheet.rows[row]?.[col];
}

/** The text a person reads in the cell: shown text if known, else the raw value as a string. */
export function cellText(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  if (cell.error) return cell.error;
  if (cell.value === null) return '';
  return String(cell.value);
}

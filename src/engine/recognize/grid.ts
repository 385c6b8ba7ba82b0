/** Read access to one sheet with normalised text and merged areas, so recognition never indexes raw arrays. */
import { cellAt, cellText, parseRange, type CellSnapshot, type SheetSnapshot } from '../snapshot';
export { squash } from '../text';

export class Grid {
  readonly rowCount: number;
  readonly colCount: number;
  /** Top-left cell of the merged area each covered cell belongs to, keyed `row,col`. */
  private readonly mergeOrigin = new Map<string, { row: number; col: number }>();
  private readonly filled: (readonly number[] | undefined)[] = [];

  constructor(readonly sheet: SheetSnapshot) {
    this.rowCount = sheet.rows.length;
    let cols = 0;
    for (const row of sheet.rows) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of sheet.merges ?? []) {
      const r = parseRange(m);
      // A merge over thousands of cells is a formatting accident; the top-left cell is all that matters.
      if ((r.bottom - r.top + 1) * (r.right - r.left + 1) > 5000) continue;
      for (let row = r.top; row <= r.bottom; row++) {
        for (let col = r.left; col <= r.right; col++) {
          if (row !== r.top || col !== r.left)
            this.mergeOrigin.set(`${row},${col}`, { row: r.top, col: r.left });
        }
      }
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  cell(row: number, col: number): CellSnapshot | undefined {
    return cellAt(this.sheet, row, col);
  }

  /** The text as shown, trimmed. */
  text(row: number, col: number): string {
    return cellText(this.cell(row, col)).trim();
  }

  /** The text as shown, with its leading spaces (how some tables indent a row's level). */
  rawText(row: number, col: number): string {
    return cellText(this.cell(row, col)).trimEnd();
  }

  /** Text, reading a merged area's value into every cell it covers (for header words spanning columns). */
  mergedText(row: number, col: number): string {
    const origin = this.mergeOrigin.size > 0 ? this.mergeOrigin.get(`${row},${col}`) : undefined;
    return origin ? this.text(origin.row, origin.col) : this.text(row, col);
  }

  /** The cell is covered by a merge but is not its top-left cell. */
  isMergedAway(row: number, col: number): boolean {
    return this.mergeOrigin.size > 0 && this.mergeOrigin.has(`${row},${col}`);
  }

  rowLength(row: number): number {
    return this.sheet.rows[row]?.length ?? 0;
  }

  /** Columns of the non-blank cells in a row (computed once per row: recognition asks often). */
  filledColumns(row: number): readonly number[] {
    const cached = this.filled[row];
    if (cached) return cached;
    const out: number[] = [];
    this.sheet.rows[row]?.forEach((cell, col) => {
      // Numbers, booleans and errors are content without making their text.
      const filled =
        cell !== undefined &&
        (typeof cell.value === 'number' ||
          typeof cell.value === 'boolean' ||
          !!cell.error ||
          this.text(row, col) !== '');
      if (filled) out.push(col);
    });
    this.filled[row] = out;
    return out;
  }
}

/** Small sheets written as tab-separated lines, for tables the seed leaves empty (T7, T8, T9). */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../src/engine';

const FIGURE = /^-?\d+\.\d+$/;

export function sheetOf(name: string, lines: readonly string[]): SheetSnapshot {
  const rows = lines.map((line) =>
    line.split('\t').map((text): CellSnapshot | undefined => {
      if (text === '') return undefined;
      return FIGURE.test(text) ? { value: Number(text), format: '#,##0.00' } : { value: text };
    }),
  );
  return { name, rows };
}

export function workbookOf(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { name: 'test', sheets };
}

/** A copy of a workbook with one cell's content replaced (zero-based row and column). */
export function withCell(
  wb: WorkbookSnapshot,
  sheet: string,
  row: number,
  col: number,
  cell: CellSnapshot,
): WorkbookSnapshot {
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== sheet) return s;
      const rows = s.rows.map((r) => (r ? [...r] : r));
      const target = [...(rows[row] ?? [])];
      target[col] = cell;
      rows[row] = target;
      return { ...s, rows };
    }),
  };
}

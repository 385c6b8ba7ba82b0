/**
 * Recognition of a workbook whose totals are still blank. The engine's layout reader ends a table's header
 * at the first row that looks like data; in T12/T13 that is the department row, which a compiler who types
 * only the project lines leaves blank, so it would be read as header. A `1 2 3 … n` column-number row always
 * ends the header, so the row after it is marked as data (with a figure in a column right of everything on
 * the sheet, which no table reads) before recognising. The engine should learn this itself; then this goes.
 */
import { recognize, type Recognition } from '../recognize';
import { cellText, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';

/** Any non-integer number makes a row read as data. */
const MARK: CellSnapshot = { value: 0.5 };

function isColumnNumberRow(row: SheetSnapshot['rows'][number]): boolean {
  const texts = (row ?? []).map((c) => cellText(c).trim()).filter((t) => t !== '');
  return texts.length >= 3 && texts.every((t, i) => t === String(i + 1));
}

function filled(row: SheetSnapshot['rows'][number]): boolean {
  return (row ?? []).some((c) => cellText(c).trim() !== '');
}

function markRowsAfterColumnNumbers(sheet: SheetSnapshot): SheetSnapshot {
  let width = 0;
  for (const row of sheet.rows) width = Math.max(width, row?.length ?? 0); // rows may be sparse
  const rows = [...sheet.rows];
  let marked = false;
  sheet.rows.forEach((row, r) => {
    if (!isColumnNumberRow(row)) return;
    let next = r + 1;
    while (next < rows.length && !filled(rows[next])) next++;
    if (next >= rows.length) return;
    const cells = [...(rows[next] ?? [])];
    cells[width + 1] = MARK;
    rows[next] = cells;
    marked = true;
  });
  return marked ? { ...sheet, rows } : sheet;
}

export function recognizeForFill(workbook: WorkbookSnapshot): Recognition {
  return recognize({ ...workbook, sheets: workbook.sheets.map(markRowsAfterColumnNumbers) });
}

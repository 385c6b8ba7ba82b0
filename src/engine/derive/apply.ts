/**
 * A snapshot as it would read after writing a fill's figures (values, each with its number format; a zero
 * as a blank cell), for judging a fill before anything is written and for drafting from filled tables.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../snapshot';
import { cellWrite } from './plan';
import type { FillChange } from './types';
import { pushTo } from '../group';

type Rows = (CellSnapshot | undefined)[][];

export function withChanges(workbook: WorkbookSnapshot, changes: readonly FillChange[]): WorkbookSnapshot {
  if (changes.length === 0) return workbook;
  const bySheet = new Map<string, FillChange[]>();
  for (const c of changes) pushTo(bySheet, c.sheet, c);
  const sheets = workbook.sheets.map((sheet): SheetSnapshot => {
    const mine = bySheet.get(sheet.name);
    if (!mine) return sheet;
    const rows: Rows = sheet.rows.map((row) => (row ? [...row] : []));
    for (const change of mine) {
      const write = cellWrite(change);
      const value = write.kind === 'value' ? write.value : write.result;
      (rows[change.row] ??= [])[change.col] =
        value === null || value === 0 ? undefined : { value, format: change.numberFormat };
    }
    return { ...sheet, rows };
  });
  return { ...workbook, sheets };
}

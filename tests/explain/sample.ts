/** The checked seed sample (samples/seed-2026.xlsx, what the browser opens) and a way to find its cells. */
import * as path from 'path';
import { runCheck, type CheckResult } from '../../src/engine/check';
import type { ColumnKey, TableId } from '../../src/engine/model';
import type { CellRef } from '../../src/engine/snapshot';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';

export const SAMPLE = path.join(__dirname, '..', '..', 'samples', 'seed-2026.xlsx');

let cache: Promise<CheckResult> | undefined;

export function checkedSample(): Promise<CheckResult> {
  cache ??= readWorkbookFile(SAMPLE).then((workbook) => runCheck(workbook));
  return cache;
}

/** The cell of a named line's column, found through recognition rather than a fixed address. */
export function lineCell(result: CheckResult, table: TableId, line: string, col: ColumnKey): CellRef {
  const figure = result.tables.get(table)?.lines.get(line)?.figures[col];
  if (!figure) throw new Error(`no ${table} ${line} ${col}`);
  return figure.cell;
}

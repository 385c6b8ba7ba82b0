/**
 * Excel → WorkbookSnapshot. Two syncs whatever the number of sheets: the sheet list, then every sheet's
 * used-range address together with the values and shown text of its top-left block. Only cells outside
 * that block (very large sheets) cost further syncs, each kept under the payload budget.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../engine/snapshot';
import { firstBlock, packIntoSyncs, rectAddress, rectOf, remainingTiles, type Rect } from './blocks';
import type { ExcelFeatures } from './features';
import { loadSheets } from './sheets';

/** Value types tell blanks and `#REF!`-style errors apart from text; number formats are not needed. */
const CELL_PROPERTIES = 'address,values,text,valueTypes';

interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  readonly first: Excel.Range;
  readonly merged?: Excel.RangeAreas;
}

/** The content reads queued for one sync; `finish` completes them (with more syncs only for huge sheets). */
export interface PendingRead {
  finish(): Promise<WorkbookSnapshot>;
}

export async function readSnapshot(
  context: Excel.RequestContext,
  features: ExcelFeatures,
  name?: string,
): Promise<WorkbookSnapshot> {
  const pending = queueRead(context, await loadSheets(context), features, name);
  await context.sync();
  return pending.finish();
}

/** Queues the reads of every sheet's content; the caller syncs (and may queue more in the same sync). */
export function queueRead(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  features: ExcelFeatures,
  name?: string,
): PendingRead {
  const block = firstBlock(sheets.length);
  const reads: SheetRead[] = sheets.map((sheet) => ({
    sheet,
    used: sheet.getUsedRangeOrNullObject(true).load('address'),
    first: sheet.getRange(rectAddress(block)).getUsedRangeOrNullObject(true).load(CELL_PROPERTIES),
    merged: features.mergedAreas ? sheet.getRange().getMergedAreasOrNullObject().load('address') : undefined,
  }));
  return { finish: () => finishRead(context, reads, block, name) };
}

async function finishRead(
  context: Excel.RequestContext,
  reads: readonly SheetRead[],
  block: Rect,
  name: string | undefined,
): Promise<WorkbookSnapshot> {
  const grids = reads.map(() => new SparseGrid());
  const tiles: { sheetIndex: number; rect: Rect }[] = [];
  reads.forEach((read, sheetIndex) => {
    if (!read.first.isNullObject) grids[sheetIndex].add(read.first);
    if (read.used.isNullObject) return;
    for (const rect of remainingTiles(rectOf(read.used.address), block)) tiles.push({ sheetIndex, rect });
  });
  for (const batch of packIntoSyncs(tiles)) {
    const ranges = batch.map(({ sheetIndex, rect }) => ({
      sheetIndex,
      range: reads[sheetIndex].sheet.getRange(rectAddress(rect)).load(CELL_PROPERTIES),
    }));
    await context.sync();
    for (const { sheetIndex, range } of ranges) grids[sheetIndex].add(range);
  }
  const sheets = reads.map((read, i): SheetSnapshot => ({
    name: read.sheet.name,
    rows: grids[i].rows,
    merges: read.merged && !read.merged.isNullObject ? areaAddresses(read.merged.address) : undefined,
    hidden: read.sheet.visibility !== 'Visible',
  }));
  return { name, sheets };
}

/** Rows of cells, sparse: blank cells are left out. */
class SparseGrid {
  readonly rows: (CellSnapshot | undefined)[][] = [];

  add(range: Excel.Range): void {
    const { top, left } = rectOf(range.address);
    range.values.forEach((row, r) =>
      row.forEach((value, c) => {
        const cell = toCell(value, range.text[r][c], range.valueTypes[r][c]);
        if (cell) (this.rows[top + r] ??= [])[left + c] = cell;
      }),
    );
  }
}

function toCell(
  value: unknown,
  text: string,
  type: Excel.RangeValueType | `${Excel.RangeValueType}`,
): CellSnapshot | undefined {
  switch (type) {
    case 'Empty':
      return undefined;
    case 'Error':
      return { value: null, text, error: String(value) };
    default:
      return { value: typeof value === 'number' || typeof value === 'boolean' ? value : String(value), text };
  }
}

/** `Sheet1!A1:B2, 'My Sheet'!C3` → `['A1:B2', 'C3']`: the area part follows the last `!` of each area. */
function areaAddresses(areas: string): string[] {
  return [...areas.matchAll(/!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)(?=\s*,|\s*$)/g)].map((m) =>
    m[1].replace(/\$/g, ''),
  );
}

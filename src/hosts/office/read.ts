/**
 * Excel → WorkbookSnapshot. Two syncs whatever the number of sheets: the sheet list, then every sheet's
 * used-range address together with the values and shown text of its top-left block. Only cells outside
 * that block (very large sheets) cost further syncs, each kept under the payload budget in bytes as
 * estimated from what the sheet's cells have cost so far.
 */
import type { CellSnapshot, SheetSnapshot, WorkbookSnapshot } from '../../engine/snapshot';
import {
  firstBlock,
  nextSyncTiles,
  outsideBlock,
  rectAddress,
  rectOf,
  type CellCost,
  type Rect,
  type Region,
} from './blocks';
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
  const take = (sheetIndex: number, range: Excel.Range, cost: CellCost) => {
    grids[sheetIndex].add(range);
    cost.bytes = Math.max(cost.bytes ?? 0, bytesPerCell(range));
  };
  const regions: Region[] = [];
  reads.forEach((read, sheetIndex) => {
    const blockCost: CellCost = {};
    if (!read.first.isNullObject) take(sheetIndex, read.first, blockCost);
    if (read.used.isNullObject) return;
    regions.push(...outsideBlock(sheetIndex, rectOf(read.used.address), block, blockCost));
  });
  while (regions.length > 0) {
    const ranges = nextSyncTiles(regions).map(({ sheetIndex, rect, cost }) => ({
      sheetIndex,
      cost,
      range: reads[sheetIndex].sheet.getRange(rectAddress(rect)).load(CELL_PROPERTIES),
    }));
    await context.sync();
    for (const { sheetIndex, range, cost } of ranges) take(sheetIndex, range, cost);
  }
  const sheets = reads.map((read, i): SheetSnapshot => ({
    name: read.sheet.name,
    rows: grids[i].rows,
    merges: read.merged && !read.merged.isNullObject ? areaAddresses(read.merged.address) : undefined,
    hidden: read.sheet.visibility !== 'Visible',
  }));
  return { name, sheets };
}

const utf8 = new TextEncoder();

/** A response's bytes a cell, as the UTF-8 JSON of its values, shown text and value types. */
function bytesPerCell(range: Excel.Range): number {
  const json = JSON.stringify([range.values, range.text, range.valueTypes]);
  return utf8.encode(json).length / (range.values.length * range.values[0].length);
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

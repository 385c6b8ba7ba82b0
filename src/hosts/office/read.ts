/**
 * Excel → WorkbookSnapshot. Two syncs whatever the number of sheets: the sheet list, then every sheet's
 * used-range address together with the values and shown text of its top-left block. Only cells outside
 * that block (very large sheets) cost further syncs, each kept under the payload budget in bytes as
 * estimated from what the sheet's cells have cost so far. Where Excel has merged areas (ExcelApi 1.13),
 * they are read per used range in one more sync of their own: Excel fails the call for a range with more
 * than 512 of them, and then the ranges are halved until each answers (a single row that still fails
 * leaves that sheet's merges unknown), without losing the content already read.
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
}

/** A range's merged areas, where this Excel and office.js have them. */
type MergedAreasOf = (range: Excel.Range) => Excel.RangeAreas;

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
  }));
  const mergedOf: MergedAreasOf | undefined = features.mergedAreas
    ? (range) => range.getMergedAreasOrNullObject()
    : undefined;
  return { finish: () => finishRead(context, reads, block, name, mergedOf) };
}

async function finishRead(
  context: Excel.RequestContext,
  reads: readonly SheetRead[],
  block: Rect,
  name: string | undefined,
  mergedOf: MergedAreasOf | undefined,
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
  const merges = mergedOf ? await readMerges(context, reads, mergedOf) : [];
  const sheets = reads.map((read, i): SheetSnapshot => ({
    name: read.sheet.name,
    rows: grids[i].rows,
    merges: merges[i],
    hidden: read.sheet.visibility !== 'Visible',
  }));
  return { name, sheets };
}

/** Past this many refused syncs the failure is not the 512-area limit: the rest stay unknown. */
const MAX_MERGE_REFUSALS = 40;

interface MergeRead {
  readonly sheetIndex: number;
  readonly rect: Rect;
}

/**
 * Each sheet's merged areas within its used range (undefined: no used range, or unknown), one sync for all
 * unless Excel refuses: a refused group is split in two, a single range into its top and bottom halves.
 */
async function readMerges(
  context: Excel.RequestContext,
  reads: readonly SheetRead[],
  mergedOf: MergedAreasOf,
): Promise<(string[] | undefined)[]> {
  const found = reads.map((read) => (read.used.isNullObject ? undefined : new Set<string>()));
  const unknown = new Set<number>();
  const groups: MergeRead[][] = [
    reads.flatMap((read, sheetIndex) =>
      read.used.isNullObject ? [] : [{ sheetIndex, rect: rectOf(read.used.address) }],
    ),
  ];
  let refusals = 0;
  while (groups.length > 0) {
    const group = groups.shift()!;
    if (group.length === 0) continue;
    if (refusals >= MAX_MERGE_REFUSALS) {
      for (const item of group) unknown.add(item.sheetIndex);
      continue;
    }
    const loads = group.map((item) => ({
      item,
      areas: mergedOf(reads[item.sheetIndex].sheet.getRange(rectAddress(item.rect))).load('address'),
    }));
    try {
      await context.sync();
    } catch {
      refusals++;
      groups.unshift(...splitMergeReads(group, unknown));
      continue;
    }
    for (const { item, areas } of loads) {
      if (!areas.isNullObject)
        for (const area of areaAddresses(areas.address)) found[item.sheetIndex]!.add(area);
    }
  }
  return found.map((areas, i) => (areas && !unknown.has(i) ? [...areas] : undefined));
}

/** A refused group in two halves; one range in its top and bottom halves; a single row: given up. */
function splitMergeReads(group: readonly MergeRead[], unknown: Set<number>): MergeRead[][] {
  if (group.length > 1) {
    const half = Math.ceil(group.length / 2);
    return [group.slice(0, half), group.slice(half)];
  }
  const [{ sheetIndex, rect }] = group;
  if (rect.top === rect.bottom) {
    unknown.add(sheetIndex);
    return [];
  }
  const middle = Math.floor((rect.top + rect.bottom) / 2);
  return [
    [{ sheetIndex, rect: { ...rect, bottom: middle } }],
    [{ sheetIndex, rect: { ...rect, top: middle + 1 } }],
  ];
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

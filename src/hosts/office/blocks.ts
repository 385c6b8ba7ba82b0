/**
 * How much of each sheet one `context.sync` may bring back. Excel (on the web) rejects a request or a
 * response over 5 MB, so the reader loads each sheet's top-left block with the first data sync, then reads
 * anything beyond it in tiles sized in bytes, from what the sheet's cells have cost so far.
 */
import { address, parseRange } from '../../engine/snapshot';

/** Zero-based, inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * The most a cell has cost in one response (its bytes over its cells) from one part of a sheet. The part
 * below the first block starts from the block's cost, as a column's cells are alike; the part right of it
 * starts unknown. Tiles cut from a part share its record.
 */
export interface CellCost {
  bytes?: number;
}

/** Part of a sheet still to read. */
export interface Region {
  readonly sheetIndex: number;
  readonly rect: Rect;
  readonly cost: CellCost;
}

/** Estimated bytes one sync may bring back: Excel's limit is 5 MB, the rest is margin for the estimates. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** A budget table's cells (numbers with their shown text at ~35 bytes, short labels) average under this. */
const TABLE_CELL_BYTES = 80;

/** A cell of 120 Chinese characters: value and text in UTF-8 JSON (~360 bytes each) and its value type. */
const LONG_TEXT_CELL_BYTES = 800;

/** The least a cell is estimated at: a number with its shown text, whatever emptier cells were seen. */
const NUMBER_CELL_BYTES = 40;

/**
 * Tiles are sized at this many times the costliest cells seen so far: the rest of a sheet may hold longer
 * text than what was read of it, and Excel may escape Chinese characters as `\uXXXX` (6 bytes, not 3).
 */
const SAFETY_FACTOR = 2;

/** Budget tables are narrow (4–14 amount columns plus labels): the first block is this wide. */
const FIRST_BLOCK_COLUMNS = 20;

export function rectAddress(rect: Rect): string {
  return `${address(rect.top, rect.left)}:${address(rect.bottom, rect.right)}`;
}

/** `'My Sheet'!B2:H40` or `B2:H40` → its rectangle. */
export function rectOf(a1: string): Rect {
  return parseRange(a1.slice(a1.lastIndexOf('!') + 1));
}

function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/**
 * The block read from every sheet in the first data sync, before any cell's cost is known. The sheets
 * share the budget at a budget table's cost a cell, and one block alone fits it even if all long text.
 */
export function firstBlock(sheetCount: number): Rect {
  const cells = Math.floor(
    Math.min(
      PAYLOAD_BUDGET / LONG_TEXT_CELL_BYTES,
      PAYLOAD_BUDGET / TABLE_CELL_BYTES / Math.max(1, sheetCount),
    ),
  );
  const columns = Math.min(FIRST_BLOCK_COLUMNS, cells);
  return { top: 0, left: 0, bottom: Math.floor(cells / columns) - 1, right: columns - 1 };
}

/** The parts of `used` outside `block`: right of it (cost unknown), and below it (at the block's cost). */
export function outsideBlock(sheetIndex: number, used: Rect, block: Rect, blockCost: CellCost): Region[] {
  const parts: Region[] = [];
  if (used.right > block.right) {
    parts.push({ sheetIndex, rect: { ...used, left: Math.max(used.left, block.right + 1) }, cost: {} });
  }
  if (used.bottom > block.bottom && used.left <= block.right) {
    const rect = {
      ...used,
      top: Math.max(used.top, block.bottom + 1),
      right: Math.min(used.right, block.right),
    };
    parts.push({ sheetIndex, rect, cost: blockCost });
  }
  return parts;
}

/** Bytes a cell of `region` is estimated at; one whose cost is still unknown is taken for long text. */
function estimatedCellBytes({ cost }: Region): number {
  return (
    SAFETY_FACTOR *
    (cost.bytes === undefined ? LONG_TEXT_CELL_BYTES : Math.max(NUMBER_CELL_BYTES, cost.bytes))
  );
}

/**
 * Cuts the next sync's tiles off the front of `regions`, which keeps what is left: whole rows while their
 * estimated bytes fit the budget; a row that alone is over the budget is read in parts of it.
 */
export function nextSyncTiles(regions: Region[]): Region[] {
  const tiles: Region[] = [];
  let budget = PAYLOAD_BUDGET;
  while (regions.length > 0) {
    const region = regions[0];
    const { rect } = region;
    const bytes = estimatedCellBytes(region);
    const width = rect.right - rect.left + 1;
    const wide = width * bytes > PAYLOAD_BUDGET;
    const fit = Math.floor(budget / (wide ? bytes : width * bytes));
    if (fit < 1 && tiles.length > 0) break;
    // An empty sync takes at least one cell, however costly, so reading always moves on.
    const { tile, rest } = wide
      ? cutCorner(rect, 1, Math.max(1, fit))
      : cutCorner(rect, Math.min(rect.bottom - rect.top + 1, Math.max(1, fit)), width);
    tiles.push({ ...region, rect: tile });
    budget -= cellCount(tile) * bytes;
    regions.splice(0, 1, ...rest.map((part) => ({ ...region, rect: part })));
  }
  return tiles;
}

/** The top-left `rows` × `columns` of `rect`, and the rest: the right of those rows, then the rows below. */
function cutCorner(rect: Rect, rows: number, columns: number): { tile: Rect; rest: Rect[] } {
  const bottom = rect.top + rows - 1;
  const right = rect.left + columns - 1;
  const rest: Rect[] = [];
  if (right < rect.right) rest.push({ ...rect, bottom, left: right + 1 });
  if (bottom < rect.bottom) rest.push({ ...rect, top: bottom + 1 });
  return { tile: { ...rect, bottom, right }, rest };
}

/**
 * How much of each sheet one `context.sync` may bring back. Excel (on the web) rejects a request or a
 * response over 5 MB, so the reader loads each sheet's top-left block with the first data sync and anything
 * beyond it in later syncs that each stay under a cell budget.
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
 * Cells per sync. Loading values, text and value types costs about 30 bytes for a number and a few hundred
 * for a long Chinese label; budget tables are mostly numbers, so 50 000 cells keeps a response well under
 * 5 MB for any sheet whose cells average under 100 bytes.
 */
export const CELLS_PER_SYNC = 50_000;

/** Budget tables are narrow (4–14 amount columns plus labels): the first block is this wide. */
const FIRST_BLOCK_COLUMNS = 20;

export function rectAddress(rect: Rect): string {
  return `${address(rect.top, rect.left)}:${address(rect.bottom, rect.right)}`;
}

/** `'My Sheet'!B2:H40` or `B2:H40` → its rectangle. */
export function rectOf(a1: string): Rect {
  return parseRange(a1.slice(a1.lastIndexOf('!') + 1));
}

export function cellCount(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** The block read from every sheet in the first data sync: the sheets share one sync's budget. */
export function firstBlock(sheetCount: number): Rect {
  const cells = Math.floor(CELLS_PER_SYNC / Math.max(1, sheetCount));
  const columns = Math.min(FIRST_BLOCK_COLUMNS, cells);
  return { top: 0, left: 0, bottom: Math.floor(cells / columns) - 1, right: columns - 1 };
}

/** The parts of `used` outside `block`, cut into pieces of at most `CELLS_PER_SYNC` cells. */
export function remainingTiles(used: Rect, block: Rect): Rect[] {
  const parts: Rect[] = [];
  if (used.right > block.right) {
    parts.push({ ...used, left: Math.max(used.left, block.right + 1) });
  }
  if (used.bottom > block.bottom && used.left <= block.right) {
    parts.push({
      ...used,
      top: Math.max(used.top, block.bottom + 1),
      right: Math.min(used.right, block.right),
    });
  }
  return parts.flatMap(splitRows);
}

function splitRows(rect: Rect): Rect[] {
  const width = rect.right - rect.left + 1;
  const rows = Math.max(1, Math.floor(CELLS_PER_SYNC / width));
  const tiles: Rect[] = [];
  for (let top = rect.top; top <= rect.bottom; top += rows) {
    tiles.push({ ...rect, top, bottom: Math.min(rect.bottom, top + rows - 1) });
  }
  return tiles;
}

/** Groups tiles into syncs of at most `CELLS_PER_SYNC` cells each, in order. */
export function packIntoSyncs<T extends { readonly rect: Rect }>(tiles: readonly T[]): T[][] {
  const syncs: T[][] = [];
  let current: T[] = [];
  let cells = 0;
  for (const tile of tiles) {
    const size = cellCount(tile.rect);
    if (current.length > 0 && cells + size > CELLS_PER_SYNC) {
      syncs.push(current);
      current = [];
      cells = 0;
    }
    current.push(tile);
    cells += size;
  }
  if (current.length > 0) syncs.push(current);
  return syncs;
}

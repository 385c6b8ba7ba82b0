import { readSnapshot } from '../../src/hosts/office/read';
import { nextSyncTiles, PAYLOAD_BUDGET } from '../../src/hosts/office/blocks';
import { address, parseAddress, type SheetSnapshot } from '../../src/engine/snapshot';
import { FakeContext, sheet, type FakeCell, type FakeSheet } from './fake-excel';
import { ALL_FEATURES, budgetSheet } from './workbooks';

const FIVE_MB = 5 * 1024 * 1024;
const FILLER = '一般公共预算财政拨款支出项目说明';

/** `length` characters, all Chinese but the row and column that make each cell's text its own. */
function longText(r: number, c: number, length: number): string {
  const tag = `${r}行${c}列`;
  return tag + FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length - tag.length);
}

/** A sheet of long text, or of numbers with their shown text in the columns `isText` rejects. */
function filledSheet(
  name: string,
  rows: number,
  columns: number,
  textLength: number,
  isText: (c: number) => boolean = () => true,
): FakeSheet {
  const cells: Record<string, FakeCell> = {};
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      const n = r * columns + c;
      cells[address(r, c)] = isText(c)
        ? { value: longText(r, c, textLength) }
        : { value: n + 0.5, text: `${n}.50` };
    }
  }
  return sheet(name, cells);
}

/** Addresses where the snapshot differs from the fake sheet; extra cells count too. */
function differences(read: SheetSnapshot, model: FakeSheet): string[] {
  const wrong = Object.entries(model.cells)
    .filter(([at, cell]) => {
      const { row, col } = parseAddress(at);
      const got = read.rows[row]?.[col];
      return got?.value !== cell.value || got.text !== (cell.text ?? String(cell.value));
    })
    .map(([at]) => at);
  const cells = read.rows.reduce((sum, row) => sum + (row?.filter(Boolean).length ?? 0), 0);
  return cells === Object.keys(model.cells).length ? wrong : [...wrong, `${cells} cells read`];
}

async function read(sheets: FakeSheet[]) {
  const context = new FakeContext({ sheets });
  const snapshot = await readSnapshot(context.asExcel, ALL_FEATURES);
  return { snapshot, syncs: context.stats.syncs, largest: Math.max(...context.stats.responseBytes) };
}

const totalBytes = (model: FakeSheet) =>
  Object.values(model.cells).reduce((sum, cell) => sum + 2 * Buffer.byteLength(String(cell.value)), 0);

describe('reading sheets far over Excel’s 5 MB payload', () => {
  it('reads 60,000 cells of 120-character text (41 MB) in syncs each under 5 MB', async () => {
    const big = filledSheet('T12', 2000, 30, 120);
    expect(totalBytes(big)).toBeGreaterThan(8 * FIVE_MB);

    const { snapshot, syncs, largest } = await read([big, budgetSheet('T2', 40)]);

    expect(largest).toBeLessThan(FIVE_MB);
    expect(differences(snapshot.sheets[0], big)).toEqual([]);
    expect(snapshot.sheets[1].rows[42]?.[4]?.text).toBe('636.50');
    // The list; the blocks (3.6 MB); ~2 MB a sync after (sized at twice what the cells cost); the merges.
    expect(syncs).toBe(22);
  });

  it('reads rows wider than 5 MB (5,000 columns of 200-character text) in parts of a row', async () => {
    const wide = filledSheet('宽表', 3, 5000, 200);
    expect(totalBytes(wide) / 3).toBeGreaterThan(FIVE_MB);

    const { snapshot, syncs, largest } = await read([wide]);

    expect(largest).toBeLessThan(FIVE_MB);
    expect(differences(snapshot.sheets[0], wide)).toEqual([]);
    expect(syncs).toBe(12);
  });

  it('does not size the columns right of the first block by the numbers in it', async () => {
    // Priced at the numbers in the block, the long text right of it would come back as one 5.8 MB response.
    const mixed = filledSheet('混合', 400, 40, 120, (c) => c >= 20);

    const { snapshot, syncs, largest } = await read([mixed]);

    expect(largest).toBeLessThan(FIVE_MB);
    expect(differences(snapshot.sheets[0], mixed)).toEqual([]);
    expect(syncs).toBe(6);
  });

  it('reads a cell costlier than the whole budget alone, and moves on', () => {
    const regions = [
      { sheetIndex: 0, rect: { top: 0, left: 0, bottom: 1, right: 0 }, cost: { bytes: PAYLOAD_BUDGET } },
    ];
    expect(nextSyncTiles(regions).map((t) => t.rect)).toEqual([{ top: 0, left: 0, bottom: 0, right: 0 }]);
    expect(nextSyncTiles(regions).map((t) => t.rect)).toEqual([{ top: 1, left: 0, bottom: 1, right: 0 }]);
    expect(regions).toEqual([]);
  });
});

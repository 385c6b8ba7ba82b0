import { readSnapshot } from '../../src/hosts/office/read';
import { address } from '../../src/engine/snapshot';
import { FakeContext, sheet, type FakeCell } from './fake-excel';
import { ALL_FEATURES, budgetSheet, EXCEL_1_6 } from './workbooks';

const FIVE_MB = 5 * 1024 * 1024;

describe('reading the workbook into a snapshot', () => {
  it('reads values, shown text, errors, merges and visibility, leaving blanks out', async () => {
    const t3 = budgetSheet('T3', 2);
    Object.assign(t3.cells, { G9: { value: '#REF!', error: true } });
    const hidden = sheet('说明', { B2: '注：本表无数据' });
    hidden.visibility = 'Hidden';
    const context = new FakeContext({ sheets: [t3, hidden, sheet('空表')] });

    const snapshot = await readSnapshot(context.asExcel, ALL_FEATURES);

    expect(snapshot.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['T3', false],
      ['说明', true],
      ['空表', false],
    ]);
    const [t3Read, notes, empty] = snapshot.sheets;
    expect(t3Read.rows[3]?.[2]).toEqual({ value: 1500, text: '1,500.00' });
    expect(t3Read.rows[3]?.[0]).toEqual({ value: '2010301', text: '2010301' });
    expect(t3Read.rows[8]?.[6]).toEqual({ value: null, text: '#REF!', error: '#REF!' });
    expect(t3Read.rows[0]?.[1]).toBeUndefined();
    expect(t3Read.merges).toEqual(['A1:E1']);
    expect(notes.rows[1]?.[1]).toEqual({ value: '注：本表无数据', text: '注：本表无数据' });
    expect(empty.rows).toEqual([]);
    expect(context.stats.writes).toEqual([]);
  });

  it('reads more than 512 merged areas, halving the ranges Excel refuses, in syncs of their own', async () => {
    const big = budgetSheet('T12', 1200);
    // A label merged over B:C on each of 1,200 rows: Excel refuses to list so many for one range.
    for (let row = 4; row < 1204; row++) big.merges.push(`A${row}:B${row}`);
    const small = budgetSheet('T2', 5);
    const context = new FakeContext({ sheets: [big, small] });
    let refused = 0;
    const sync = context.sync.bind(context);
    context.sync = () =>
      sync().catch((error: unknown) => {
        refused++;
        throw error;
      });

    const snapshot = await readSnapshot(context.asExcel, ALL_FEATURES);

    expect(refused).toBeGreaterThan(0);
    expect(new Set(snapshot.sheets[0].merges)).toEqual(new Set(big.merges));
    expect(snapshot.sheets[1].merges).toEqual(['A1:E1']);
    expect(snapshot.sheets[0].rows[1202]?.[2]).toBeDefined();
  });

  it('leaves a sheet’s merges unknown when even one row has more than 512, and reads the rest', async () => {
    const wide = sheet('宽表', { A1: '标题' });
    for (let c = 0; c < 520; c++) wide.merges.push(`${address(0, 2 * c)}:${address(0, 2 * c + 1)}`);
    wide.cells[address(0, 1039)] = { value: 'end' };
    const context = new FakeContext({ sheets: [wide, budgetSheet('T2', 5)] });

    const snapshot = await readSnapshot(context.asExcel, ALL_FEATURES);

    expect(snapshot.sheets[0].merges).toBeUndefined();
    expect(snapshot.sheets[0].rows[0]?.[1039]).toEqual({ value: 'end', text: 'end' });
    expect(snapshot.sheets[1].merges).toEqual(['A1:E1']);
  });

  it('leaves merges out where Excel has no merged-areas API (before ExcelApi 1.13)', async () => {
    const context = new FakeContext({ sheets: [budgetSheet('T1', 3)] });
    const snapshot = await readSnapshot(context.asExcel, EXCEL_1_6);
    expect(snapshot.sheets[0].merges).toBeUndefined();
    expect(snapshot.sheets[0].rows[3]?.[3]).toEqual({ value: 1000, text: '1,000.00' });
  });

  it.each([1, 13, 30])(
    'takes three syncs for %i sheet(s) of budget tables (the list, the content, the merged areas)',
    async (count) => {
      const sheets = Array.from({ length: count }, (_, i) => budgetSheet(`表${i + 1}`, 60));
      const context = new FakeContext({ sheets });

      const snapshot = await readSnapshot(context.asExcel, ALL_FEATURES);

      expect(context.stats.syncs).toBe(3);
      expect(snapshot.sheets).toHaveLength(count);
      expect(snapshot.sheets[count - 1].rows[62]?.[4]?.text).toBe('706.50');
    },
  );

  it('reads a 160,000-cell sheet of numbers in a few more syncs, and misses no cell', async () => {
    const cells: Record<string, FakeCell> = {};
    const rows = 4000;
    const columns = 40;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < columns; c++) {
        cells[address(r, c)] =
          c === 0
            ? { value: `项目名称很长的一个项目支出预算第${r}行` }
            : { value: r * columns + c, text: `${r},${c}.00` };
      }
    }
    const context = new FakeContext({ sheets: [sheet('T12', cells), budgetSheet('T2', 40)] });

    const snapshot = await readSnapshot(context.asExcel, ALL_FEATURES);

    const big = snapshot.sheets[0];
    let read = 0;
    big.rows.forEach((row) => row?.forEach((cell) => cell && read++));
    expect(read).toBe(rows * columns);
    expect(big.rows[rows - 1]?.[columns - 1]).toEqual({
      value: rows * columns - 1,
      text: `${rows - 1},${columns - 1}.00`,
    });
    // The list; the blocks; a first look right of the block, priced as long text; then ~1.5 MB a sync; the
    // merged areas.
    expect(context.stats.syncs).toBe(7);
    expect(Math.max(...context.stats.responseBytes)).toBeLessThan(FIVE_MB);
  });
});

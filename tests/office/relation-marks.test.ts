/**
 * Marking a relationship's cells in (fake) Excel, with the real engine on the planted-errors sample: its two
 * sides in their two colours, replacing the previous relationship but not the findings' marks, removed by
 * 清除标记, three syncs whatever the size; and reading the selected cell for "这个单元格从哪里来？".
 */
import { CATALOG } from '../../src/engine';
import { cellsToMark, relationshipMap, type CellsToMark } from '../../src/engine/explain';
import { checkAndMark } from '../../src/hosts/office/check';
import { followSelection, selectedCell, topLeftCell } from '../../src/hosts/office/follow-selection';
import { clearMarks, familyOf } from '../../src/hosts/office/marks';
import { markRelation } from '../../src/hosts/office/relation-marks';
import { RELATION_COLOURS } from '../../src/ui-shared/relation-colours';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { FakeContext, installFakeExcel, shownFill, userSelects, type FakeWorkbook } from './fake-excel';
import { ALL_FEATURES, budgetSheet, EXCEL_1_6, plantedSample } from './workbooks';

/** The sample checked in fake Excel (findings marked), and the cells of one relationship of it. */
async function checkedSample(): Promise<{
  workbook: FakeWorkbook;
  cellsOf: (relationId: string) => CellsToMark;
}> {
  const { workbook } = await plantedSample();
  const { result } = await checkAndMark(new FakeContext(workbook).asExcel, ALL_FEATURES);
  const map = relationshipMap(CATALOG, result);
  const cellsOf = (id: string) => cellsToMark(map.edges.find((e) => e.id === id)!.state!.instances);
  return { workbook, cellsOf };
}

function fillOf(workbook: FakeWorkbook, cell: { sheet: string; address: string }): string | null {
  return shownFill(
    workbook.sheets.find((s) => s.name === cell.sheet)!,
    cell.address,
  );
}

/** Our relationship marks, each with its sheet. */
function relationFormats(workbook: FakeWorkbook) {
  return workbook.sheets.flatMap((s) =>
    s.conditionalFormats
      .filter((f) => familyOf(f.formula ?? '') === 'relation')
      .map((f) => ({ ...f, ranges: `${s.name}!${f.ranges}` })),
  );
}

describe('marking a relationship', () => {
  it('paints its left side and its right side in two colours and writes nothing else, in three syncs', async () => {
    const { workbook, cellsOf } = await checkedSample();
    const cells = cellsOf('X.general-budget-income');
    expect(cells.left.map((c) => `${c.sheet}!${c.address}`)).toEqual(['表2!D7']);
    expect(cells.right.map((c) => `${c.sheet}!${c.address}`)).toEqual(['表1!B7', '表4!B7', '表5!C6']);
    const before = structuredClone(workbook);
    const context = new FakeContext(workbook);

    expect(await markRelation(context.asExcel, cells, ALL_FEATURES)).toEqual({ kind: 'marked', cells: 4 });

    for (const cell of cells.left) expect(fillOf(workbook, cell)).toBe(RELATION_COLOURS.left.fill);
    for (const cell of cells.right) expect(fillOf(workbook, cell)).toBe(RELATION_COLOURS.right.fill);
    expect(RELATION_COLOURS.left.fill).not.toBe(RELATION_COLOURS.right.fill);
    expect(relationFormats(workbook).map((f) => [f.ranges, f.fill, f.fontColor])).toEqual([
      ['表1!B7', RELATION_COLOURS.right.fill, RELATION_COLOURS.right.text],
      ['表2!D7', RELATION_COLOURS.left.fill, RELATION_COLOURS.left.text],
      ['表4!B7', RELATION_COLOURS.right.fill, RELATION_COLOURS.right.text],
      ['表5!C6', RELATION_COLOURS.right.fill, RELATION_COLOURS.right.text],
    ]);
    expect(workbook.sheets.map((s) => [s.cells, s.formats, s.notes])).toEqual(
      before.sheets.map((s) => [s.cells, s.formats, s.notes]),
    );
    expect(context.stats.writes.map((w) => w.kind)).toEqual(Array(4).fill('conditionalFormat.add'));
    expect(context.stats.syncs).toBe(3);
  });

  it('replaces the previous relationship’s marks and leaves the findings’ marks alone', async () => {
    const { workbook, cellsOf } = await checkedSample();
    const findingMarks = workbook.sheets.flatMap((s) => s.conditionalFormats);
    expect(findingMarks.length).toBeGreaterThan(0);
    await markRelation(new FakeContext(workbook).asExcel, cellsOf('X.general-budget-income'), ALL_FEATURES);
    const second = cellsOf('X.basic-expense');

    await markRelation(new FakeContext(workbook).asExcel, second, ALL_FEATURES);

    expect(relationFormats(workbook).map((f) => f.ranges)).toEqual(['表5!D6', '表6!C6']);
    for (const cell of second.left) expect(fillOf(workbook, cell)).toBe(RELATION_COLOURS.left.fill);
    for (const cell of second.right) expect(fillOf(workbook, cell)).toBe(RELATION_COLOURS.right.fill);
    // 表1 B7 (a planted error) shows the finding's red again once the first relationship is gone.
    expect(fillOf(workbook, { sheet: '表1', address: 'B7' })).toBe(SEVERITY_COLOURS.error.fill);
    expect(
      workbook.sheets.flatMap((s) =>
        s.conditionalFormats.filter((f) => familyOf(f.formula ?? '') === 'finding'),
      ),
    ).toEqual(findingMarks);
  });

  it('is removed by 清除标记 together with the findings’ marks', async () => {
    const { workbook: clean } = await plantedSample();
    const { workbook, cellsOf } = await checkedSample();
    await markRelation(new FakeContext(workbook).asExcel, cellsOf('X.class-total'), ALL_FEATURES);
    expect(relationFormats(workbook).length).toBeGreaterThan(0);

    const outcome = await clearMarks(new FakeContext(workbook).asExcel, ALL_FEATURES);

    expect(outcome).toMatchObject({ kind: 'cleared' });
    expect(workbook).toEqual(clean);
  });

  it.each([
    ['one relationship instance', 'X.basic-expense', ALL_FEATURES],
    ['30 instances over two sheets', 'X.class-total', ALL_FEATURES],
    ['30 instances, cell by cell on ExcelApi 1.6', 'X.class-total', EXCEL_1_6],
  ])('takes three syncs for %s', async (_, id, features) => {
    const { workbook, cellsOf } = await checkedSample();
    const context = new FakeContext(workbook);
    const outcome = await markRelation(context.asExcel, cellsOf(id), features);
    expect(outcome.kind).toBe('marked');
    expect(context.stats.syncs).toBe(3);
  });

  it('takes three syncs with 30 sheets too', async () => {
    const { workbook, cellsOf } = await checkedSample();
    const extra = Array.from({ length: 30 - workbook.sheets.length }, (_, i) =>
      budgetSheet(`附表${i + 1}`, 20),
    );
    const big = { sheets: [...workbook.sheets, ...extra] };
    const context = new FakeContext(big);
    await markRelation(context.asExcel, cellsOf('X.class-total'), ALL_FEATURES);
    expect(context.stats.syncs).toBe(3);
  });

  it('writes nothing and names the sheet when a sheet to mark is protected', async () => {
    const { workbook, cellsOf } = await checkedSample();
    workbook.sheets.find((s) => s.name === '表4')!.protected = true;
    const before = structuredClone(workbook);
    const context = new FakeContext(workbook);

    const outcome = await markRelation(context.asExcel, cellsOf('X.general-budget-income'), ALL_FEATURES);

    expect(outcome).toEqual({ kind: 'protected', sheets: ['表4'] });
    expect(context.stats.writes).toEqual([]);
    expect(workbook).toEqual(before);
  });
});

describe('the selected cell', () => {
  it('is the top-left cell of the selection’s address, sheet names quoted or not', () => {
    expect(topLeftCell('表5!C6')).toEqual({ sheet: '表5', row: 5, col: 2 });
    expect(topLeftCell('表5!$C$6:$D$8')).toEqual({ sheet: '表5', row: 5, col: 2 });
    expect(topLeftCell("'My ''Budget'' Sheet'!AB10")).toEqual({
      sheet: "My 'Budget' Sheet",
      row: 9,
      col: 27,
    });
    expect(topLeftCell('C6')).toBeUndefined();
  });

  it('is read in one sync, and is undefined when Excel has no range selected', async () => {
    const model = { sheets: [budgetSheet('表5', 5)], selection: "'表5'!C6:C7" };
    const context = new FakeContext(model);
    expect(await selectedCell(context.asExcel)).toEqual({ sheet: '表5', row: 5, col: 2 });
    expect(context.stats.syncs).toBe(1);
    // A shape, or several areas: getSelectedRange fails, and no cell is explained.
    expect(await selectedCell(new FakeContext({ ...model, selection: undefined }).asExcel)).toBeUndefined();
    expect(await selectedCell(new FakeContext({ ...model, selection: '表5!C6,D8' }).asExcel)).toBeUndefined();
  });

  it('is followed through the workbook’s selection event until the pane stops following', async () => {
    const model = { sheets: [budgetSheet('表5', 5), budgetSheet('表6', 5)], selection: '表5!C6' };
    const excel = installFakeExcel(model);
    const seen: unknown[] = [];

    const stop = await followSelection((cell) => seen.push(cell));
    await userSelects(model, "'表6'!C6:E6");
    await stop();
    await userSelects(model, '表5!A1');

    expect(seen).toEqual([
      { sheet: '表5', row: 5, col: 2 },
      { sheet: '表6', row: 5, col: 2 },
    ]);
    // The handler was added and removed on the same context, each run waiting out cell editing.
    const [added] = excel.runs;
    expect(excel.runs.at(-1)!.context).toBe(added.context);
    expect(excel.runs.every((run) => run.options.delayForCellEdit === true)).toBe(true);
    excel.uninstall();
  });
});

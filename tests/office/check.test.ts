/** The whole check inside (fake) Excel, with the real engine, on the planted-errors sample. */
import { checkAndMark } from '../../src/hosts/office/check';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { FakeContext, shownFill, type FakeWorkbook } from './fake-excel';
import { ALL_FEATURES, budgetSheet, plantedSample } from './workbooks';

function sheetOf(workbook: FakeWorkbook, name: string) {
  return workbook.sheets.find((s) => s.name === name)!;
}

describe('checking inside Excel', () => {
  it('finds the planted errors and marks their cells red, writing no value', async () => {
    const { workbook, planted } = await plantedSample();
    const context = new FakeContext(workbook);

    const { report, marks } = await checkAndMark(context.asExcel, ALL_FEATURES);

    expect(report.summary.errors).toBeGreaterThan(0);
    expect(marks).toMatchObject({ kind: 'marked', notesSupported: true });
    for (const cell of planted) {
      expect([cell.sheet, cell.address, shownFill(sheetOf(workbook, cell.sheet), cell.address)]).toEqual([
        cell.sheet,
        cell.address,
        SEVERITY_COLOURS.error.fill,
      ]);
      expect(sheetOf(workbook, cell.sheet).notes[cell.address]).toContain('错误：');
    }
    expect(context.stats.writes.filter((w) => w.kind === 'value' || w.kind === 'format')).toEqual([]);
  });

  it('takes three syncs per check for 1, 13 and 30 sheets', async () => {
    const { workbook } = await plantedSample();
    const extra = Array.from({ length: 30 - workbook.sheets.length }, (_, i) =>
      budgetSheet(`附表${i + 1}`, 60),
    );
    const workbooks = [
      { sheets: workbook.sheets.slice(0, 1) },
      workbook,
      { sheets: [...workbook.sheets, ...extra] },
    ];
    const syncs = [];
    for (const w of workbooks) {
      const context = new FakeContext(structuredClone(w));
      await checkAndMark(context.asExcel, ALL_FEATURES);
      syncs.push([w.sheets.length, context.stats.syncs]);
    }
    expect(syncs).toEqual([
      [1, 3],
      [13, 3],
      [30, 3],
    ]);
  });

  it('reports the findings but marks nothing when a sheet to mark is protected', async () => {
    const { workbook, planted } = await plantedSample();
    sheetOf(workbook, planted[0].sheet).protected = true;
    const context = new FakeContext(workbook);

    const { report, marks } = await checkAndMark(context.asExcel, ALL_FEATURES);

    expect(report.summary.errors).toBeGreaterThan(0);
    expect(marks).toEqual({ kind: 'protected', sheets: [planted[0].sheet] });
    expect(context.stats.writes).toEqual([]);
  });
});

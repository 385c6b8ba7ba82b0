/** The whole check inside (fake) Excel, with the real engine, on the planted-errors sample. */
import { checkAndMark } from '../../src/hosts/office/check';
import type { ExcelFeatures } from '../../src/hosts/office/features';
import { checkInExcel } from '../../src/hosts/office';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { FakeContext, installFakeExcel, shownFill, type FakeWorkbook, type OfficeJs } from './fake-excel';
import { ALL_FEATURES, budgetSheet, CDN_FEATURES, plantedSample } from './workbooks';

function sheetOf(workbook: FakeWorkbook, name: string) {
  return workbook.sheets.find((s) => s.name === name)!;
}

describe('checking inside Excel', () => {
  it.each<[string, OfficeJs, ExcelFeatures, 'notes' | 'comments']>([
    ['the shipped office.js: comments', 'local', ALL_FEATURES, 'comments'],
    ['the CDN office.js: notes', 'cdn', CDN_FEATURES, 'notes'],
  ])(
    'finds the planted errors and marks their cells red, writing no value (%s)',
    async (_, officeJs, features, text) => {
      const { workbook, planted } = await plantedSample();
      const context = new FakeContext(workbook, { officeJs });

      const { report, marks } = await checkAndMark(context.asExcel, features);

      expect(report.summary.errors).toBeGreaterThan(0);
      expect(marks).toMatchObject({ kind: 'marked', notesSupported: true, annotations: text });
      for (const cell of planted) {
        expect([cell.sheet, cell.address, shownFill(sheetOf(workbook, cell.sheet), cell.address)]).toEqual([
          cell.sheet,
          cell.address,
          SEVERITY_COLOURS.error.fill,
        ]);
        const sheet = sheetOf(workbook, cell.sheet);
        expect((text === 'notes' ? sheet.notes : sheet.comments!)[cell.address]).toContain('错误：');
      }
      expect(context.stats.writes.filter((w) => w.kind === 'value' || w.kind === 'format')).toEqual([]);
    },
  );

  it('takes four syncs per check for 1, 13 and 30 sheets (the list, the content, the merged areas, the marks)', async () => {
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
      [1, 4],
      [13, 4],
      [30, 4],
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

describe('a check while the user is typing in a cell', () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Excel);

  it('fails in Excel without delayForCellEdit', async () => {
    const { workbook } = await plantedSample();
    workbook.editing = true;
    await expect(checkAndMark(new FakeContext(workbook).asExcel, ALL_FEATURES)).rejects.toThrow(
      /InvalidOperationInCellEditMode/,
    );
  });

  it('waits until the user leaves the cell, as every Excel.run of the add-in asks', async () => {
    const { workbook, planted } = await plantedSample();
    const excel = installFakeExcel(workbook);
    workbook.editing = true;
    const check = checkInExcel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(excel.runs[0].context.stats.writes).toEqual([]);
    workbook.editing = false;

    const { marks } = await check;

    expect(excel.runs.map((r) => r.options.delayForCellEdit)).toEqual([true]);
    expect(marks.kind).toBe('marked');
    expect(shownFill(sheetOf(workbook, planted[0].sheet), planted[0].address)).toBe(
      SEVERITY_COLOURS.error.fill,
    );
    excel.uninstall();
  });
});

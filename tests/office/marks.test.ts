import type { Finding, Suspect } from '../../src/engine/report';
import { type ExcelFeatures } from '../../src/hosts/office/features';
import { NOTE_TAG, planMarks } from '../../src/hosts/office/mark-plan';
import { clearMarks, MARK_FORMULA, queueOwnMarks, writeMarks } from '../../src/hosts/office/marks';
import { selectCells } from '../../src/hosts/office/select';
import { loadSheets } from '../../src/hosts/office/sheets';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { FakeContext, reopen, sheet, shownFill, type FakeWorkbook } from './fake-excel';
import { ALL_FEATURES, budgetSheet, EXCEL_1_6, finding } from './workbooks';

/** The marking half of a check, as check.ts runs it after reading. */
async function mark(
  context: FakeContext,
  findings: readonly Finding[],
  features: ExcelFeatures = ALL_FEATURES,
  suspects: readonly Suspect[] = SUSPECTS,
) {
  const sheets = await loadSheets(context.asExcel);
  const own = queueOwnMarks(sheets, features);
  await context.sync();
  return writeMarks(context.asExcel, sheets, own.collect(), planMarks(findings, suspects), features);
}

/** A sheet whose cells have their own formats, a conditional format and a note of the user's. */
function formattedWorkbook(): FakeWorkbook {
  const t2 = budgetSheet('T2', 10);
  t2.formats.C5 = { fill: '#FFFF00', bold: false };
  t2.formats.D5 = { fill: null, bold: true };
  t2.conditionalFormats.push({ ranges: 'E4:E13', type: 'CellValue', fill: '#00FF00' });
  t2.notes.E6 = '用户自己的批注';
  return { sheets: [budgetSheet('T1', 10), t2] };
}

const ERRORS: readonly Finding[] = [
  finding({
    severity: 'error',
    cells: [
      { sheet: 'T2', address: 'C4' },
      { sheet: 'T2', address: 'D5' },
    ],
  }),
  finding({ severity: 'warning', cells: [{ sheet: 'T2', address: 'C5' }] }),
  finding({ severity: 'info', cells: [{ sheet: 'T2', address: 'E6' }] }),
  finding({ severity: 'info', cells: [{ sheet: 'T1', address: 'C4' }] }),
];
/** D5 is a part of the first error, marked because the engine suspects it. */
const SUSPECTS: readonly Suspect[] = [{ sheet: 'T2', address: 'D5', score: 0.9 }];

describe('marking findings', () => {
  it('colours each finding cell by severity and notes it, leaving the cells and values alone', async () => {
    const model = formattedWorkbook();
    const before = structuredClone(model);
    const context = new FakeContext(model);

    const outcome = await mark(context, ERRORS);

    expect(outcome).toEqual({ kind: 'marked', cells: 5, notes: 4, notesSkipped: 1, notesSupported: true });
    const [t1, t2] = model.sheets;
    expect(shownFill(t2, 'C4')).toBe(SEVERITY_COLOURS.error.fill);
    expect(shownFill(t2, 'D5')).toBe(SEVERITY_COLOURS.error.fill);
    expect(shownFill(t2, 'C5')).toBe(SEVERITY_COLOURS.warning.fill);
    expect(shownFill(t2, 'E6')).toBe(SEVERITY_COLOURS.info.fill);
    expect(shownFill(t1, 'C4')).toBe(SEVERITY_COLOURS.info.fill);
    expect(shownFill(t2, 'C6')).toBeNull();
    expect(t2.conditionalFormats.filter((f) => f.formula === MARK_FORMULA).map((f) => f.ranges)).toEqual([
      'C4,D5',
      'C5',
      'E6',
    ]);
    expect(t2.notes.C4).toMatch(new RegExp(`^${NOTE_TAG}\n错误：`));
    expect(t2.notes.E6).toBe('用户自己的批注');
    expect(model.sheets.map((s) => [s.cells, s.formats])).toEqual(
      before.sheets.map((s) => [s.cells, s.formats]),
    );
    expect(context.stats.writes.filter((w) => w.kind === 'value' || w.kind === 'format')).toEqual([]);
  });

  it.each([1, 30])(
    'takes three syncs for %i sheet(s), four when the user has notes of their own',
    async (count) => {
      const sheets = Array.from({ length: count }, (_, i) => budgetSheet(`表${i + 1}`, 20));
      const findings = sheets.map((s) =>
        finding({ severity: 'error', cells: [{ sheet: s.name, address: 'C5' }] }),
      );

      const plain = new FakeContext({ sheets: structuredClone(sheets) });
      await mark(plain, findings);
      expect(plain.stats.syncs).toBe(3);

      const withNotes = structuredClone(sheets);
      withNotes[0].notes.A1 = '用户批注';
      const noted = new FakeContext({ sheets: withNotes });
      await mark(noted, findings);
      expect(noted.stats.syncs).toBe(4);
    },
  );

  it('replaces its earlier marks when run again instead of piling them up', async () => {
    const model = formattedWorkbook();
    await mark(new FakeContext(model), ERRORS);
    await mark(new FakeContext(model), ERRORS.slice(0, 1));
    const t2 = model.sheets[1];
    expect(t2.conditionalFormats.filter((f) => f.formula === MARK_FORMULA)).toHaveLength(1);
    expect(Object.keys(t2.notes).sort()).toEqual(['C4', 'D5', 'E6']);
    expect(shownFill(t2, 'C5')).toBe('#FFFF00');
  });

  it('splits many cells into several multi-area marks with short addresses', async () => {
    const findings = Array.from({ length: 600 }, (_, i) =>
      finding({ severity: 'error', cells: [{ sheet: 'T12', address: `C${i + 1}` }] }),
    );
    const model = { sheets: [sheet('T12', { A1: '项目支出预算表' })] };
    await mark(new FakeContext(model), findings);
    const marks = model.sheets[0].conditionalFormats;
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every((f) => f.ranges.length <= 2000)).toBe(true);
    expect(marks.flatMap((f) => f.ranges.split(','))).toHaveLength(600);
  });

  it('marks cell by cell and without notes on Excel with only ExcelApi 1.6', async () => {
    const model = formattedWorkbook();
    const context = new FakeContext(model);
    const outcome = await mark(context, ERRORS, EXCEL_1_6);
    expect(outcome).toMatchObject({ kind: 'marked', cells: 5, notes: 0, notesSupported: false });
    expect(model.sheets[1].conditionalFormats.filter((f) => f.formula === MARK_FORMULA)).toHaveLength(4);
    expect(context.stats.writes.some((w) => w.kind === 'note.add')).toBe(false);
    expect(context.stats.syncs).toBe(3);
  });

  it('refuses with the protected sheets named, and writes nothing anywhere, when a sheet is protected', async () => {
    const model = formattedWorkbook();
    model.sheets[1].protected = true;
    const before = structuredClone(model);
    const context = new FakeContext(model);

    const outcome = await mark(context, ERRORS);

    expect(outcome).toEqual({ kind: 'protected', sheets: ['T2'] });
    expect(context.stats.writes).toEqual([]);
    expect(model).toEqual(before);
  });
});

describe('clearing the marks', () => {
  it('restores every cell exactly: no fill, a fill of the user, bold, the user’s own rule and note', async () => {
    const model = formattedWorkbook();
    const before = structuredClone(model);
    await mark(new FakeContext(model), ERRORS);

    const context = new FakeContext(model);
    const outcome = await clearMarks(context.asExcel, ALL_FEATURES);

    expect(outcome).toEqual({ kind: 'cleared', formats: 4, notes: 4 });
    expect(model).toEqual(before);
    expect(shownFill(model.sheets[1], 'C4')).toBeNull();
    expect(shownFill(model.sheets[1], 'C5')).toBe('#FFFF00');
    expect(model.sheets[1].formats.D5).toEqual({ fill: null, bold: true });
    expect(context.stats.syncs).toBe(3);
    expect(context.stats.writes.map((w) => w.kind).sort()).toEqual([
      ...Array(4).fill('conditionalFormat.delete'),
      ...Array(4).fill('note.delete'),
    ]);
  });

  it('still finds its marks after the workbook is saved, closed and reopened', async () => {
    const model = formattedWorkbook();
    const before = structuredClone(model);
    await mark(new FakeContext(model), ERRORS);

    const reopened = reopen(model);
    await clearMarks(new FakeContext(reopened).asExcel, ALL_FEATURES);

    expect(reopened).toEqual(before);
  });

  it('does nothing to a protected sheet and says which one', async () => {
    const model = formattedWorkbook();
    await mark(new FakeContext(model), ERRORS);
    model.sheets[1].protected = true;
    const marked = structuredClone(model);
    const context = new FakeContext(model);

    expect(await clearMarks(context.asExcel, ALL_FEATURES)).toEqual({ kind: 'protected', sheets: ['T2'] });
    expect(model).toEqual(marked);
  });
});

describe('jumping to a finding', () => {
  it('activates the sheet of its first cell and selects its cells there, in one sync', async () => {
    const model = formattedWorkbook();
    const context = new FakeContext(model);
    await selectCells(context.asExcel, ERRORS[0].cells, ALL_FEATURES);
    expect(model.activeSheet).toBe('T2');
    expect(model.selection).toBe('T2!C4,D5');
    expect(context.stats.syncs).toBe(1);

    await selectCells(new FakeContext(model).asExcel, ERRORS[0].cells, EXCEL_1_6);
    expect(model.selection).toBe('T2!C4');
  });
});

/**
 * Marking findings in (fake) Excel and clearing them: colours, notes (CDN office.js) or comments (the
 * shipped one), exact restore, replacement that never leaves half of the marks, requests within Excel's
 * limits, and jumping to a finding's cells (hidden sheets too).
 */
import type { Finding, Suspect } from '../../src/engine/report';
import { type ExcelFeatures } from '../../src/hosts/office/features';
import { NOTE_TAG, planMarks } from '../../src/hosts/office/mark-plan';
import {
  clearMarks,
  familyOf,
  MarkWriteError,
  queueOwnMarks,
  writeMarks,
} from '../../src/hosts/office/marks';
import { selectCells } from '../../src/hosts/office/select';
import { loadSheets } from '../../src/hosts/office/sheets';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import {
  FakeContext,
  PAYLOAD_LIMIT,
  reopen,
  sheet,
  shownFill,
  type FakeConditionalFormat,
  type FakeSheet,
  type FakeWorkbook,
  type OfficeJs,
} from './fake-excel';
import { ALL_FEATURES, budgetSheet, CDN_FEATURES, EXCEL_1_6, finding } from './workbooks';

/** The marking half of a check, as check.ts runs it after reading. */
async function mark(
  context: FakeContext,
  findings: readonly Finding[],
  features: ExcelFeatures = CDN_FEATURES,
  suspects: readonly Suspect[] = SUSPECTS,
) {
  const sheets = await loadSheets(context.asExcel);
  const own = queueOwnMarks(sheets, features);
  await context.sync();
  return writeMarks(context.asExcel, sheets, own.collect(), planMarks(findings, suspects), features);
}

const cdn = (model: FakeWorkbook) => new FakeContext(model, { officeJs: 'cdn' });

const isFindingMark = (f: FakeConditionalFormat) => familyOf(f.formula ?? '') === 'finding';

/** A sheet whose cells have their own formats, a conditional format and a note and comment of the user's. */
function formattedWorkbook(): FakeWorkbook {
  const t2 = budgetSheet('T2', 10);
  t2.formats.C5 = { fill: '#FFFF00', bold: false };
  t2.formats.D5 = { fill: null, bold: true };
  t2.conditionalFormats.push({ ranges: 'E4:E13', type: 'CellValue', fill: '#00FF00' });
  t2.notes.E6 = '用户自己的批注';
  t2.comments = { E6: '用户自己的评论' };
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
  it.each<[OfficeJs, ExcelFeatures, 'notes' | 'comments']>([
    ['cdn', CDN_FEATURES, 'notes'],
    ['local', ALL_FEATURES, 'comments'],
  ])(
    'colours each finding cell by severity and writes its %s-office.js text, leaving the cells alone',
    async (officeJs, features, text) => {
      const model = formattedWorkbook();
      const before = structuredClone(model);
      const context = new FakeContext(model, { officeJs });

      const outcome = await mark(context, ERRORS, features);

      expect(outcome).toEqual({
        kind: 'marked',
        cells: 5,
        notes: 4,
        notesSkipped: 1,
        notesSupported: true,
        annotations: text,
      });
      const [t1, t2] = model.sheets;
      expect(shownFill(t2, 'C4')).toBe(SEVERITY_COLOURS.error.fill);
      expect(shownFill(t2, 'D5')).toBe(SEVERITY_COLOURS.error.fill);
      expect(shownFill(t2, 'C5')).toBe(SEVERITY_COLOURS.warning.fill);
      expect(shownFill(t2, 'E6')).toBe(SEVERITY_COLOURS.info.fill);
      expect(shownFill(t1, 'C4')).toBe(SEVERITY_COLOURS.info.fill);
      expect(shownFill(t2, 'C6')).toBeNull();
      expect(t2.conditionalFormats.filter(isFindingMark).map((f) => f.ranges)).toEqual(['C4,D5', 'C5', 'E6']);
      const texts = text === 'notes' ? t2.notes : t2.comments!;
      expect(texts.C4).toMatch(new RegExp(`^${NOTE_TAG}\n错误：`));
      expect(texts.E6).toBe(before.sheets[1][text]![`E6`]);
      // The other kind of text is not touched.
      const other = text === 'notes' ? 'comments' : 'notes';
      expect(model.sheets.map((s) => s[other])).toEqual(before.sheets.map((s) => s[other]));
      expect(model.sheets.map((s) => [s.cells, s.formats])).toEqual(
        before.sheets.map((s) => [s.cells, s.formats]),
      );
      expect(context.stats.writes.filter((w) => w.kind === 'value' || w.kind === 'format')).toEqual([]);
    },
  );

  it('marks by colour only, the findings left to the pane, where Excel has neither notes nor comments', async () => {
    const model = formattedWorkbook();
    const outcome = await mark(cdn(model), ERRORS, { ...CDN_FEATURES, notes: false, comments: false });
    expect(outcome).toMatchObject({
      kind: 'marked',
      cells: 5,
      notes: 0,
      notesSupported: false,
      annotations: 'none',
    });
    expect(model.sheets[1].notes).toEqual({ E6: '用户自己的批注' });
  });

  it.each([1, 30])(
    'takes three syncs for %i sheet(s), four when the user has notes of their own',
    async (count) => {
      const sheets = Array.from({ length: count }, (_, i) => budgetSheet(`表${i + 1}`, 20));
      const findings = sheets.map((s) =>
        finding({ severity: 'error', cells: [{ sheet: s.name, address: 'C5' }] }),
      );

      const plain = cdn({ sheets: structuredClone(sheets) });
      await mark(plain, findings);
      expect(plain.stats.syncs).toBe(3);

      const withNotes = structuredClone(sheets);
      withNotes[0].notes.A1 = '用户批注';
      const noted = cdn({ sheets: withNotes });
      await mark(noted, findings);
      expect(noted.stats.syncs).toBe(4);
    },
  );

  it.each<[OfficeJs, ExcelFeatures]>([
    ['cdn', CDN_FEATURES],
    ['local', ALL_FEATURES],
  ])(
    'replaces its earlier marks when run again instead of piling them up (%s)',
    async (officeJs, features) => {
      const model = formattedWorkbook();
      await mark(new FakeContext(model, { officeJs }), ERRORS, features);
      await mark(new FakeContext(model, { officeJs }), ERRORS.slice(0, 1), features);
      const t2 = model.sheets[1];
      expect(t2.conditionalFormats.filter(isFindingMark)).toHaveLength(1);
      const texts = officeJs === 'cdn' ? t2.notes : t2.comments!;
      expect(Object.keys(texts).sort()).toEqual(['C4', 'D5', 'E6']);
      expect(texts.E6).not.toContain(NOTE_TAG);
      expect(shownFill(t2, 'C5')).toBe('#FFFF00');
    },
  );

  it('splits many cells into several multi-area marks with short addresses', async () => {
    const findings = Array.from({ length: 600 }, (_, i) =>
      finding({ severity: 'error', cells: [{ sheet: 'T12', address: `C${i + 1}` }] }),
    );
    const model = { sheets: [sheet('T12', { A1: '项目支出预算表' })] };
    await mark(cdn(model), findings);
    const marks = model.sheets[0].conditionalFormats;
    expect(marks.length).toBeGreaterThan(1);
    expect(marks.every((f) => f.ranges.length <= 2000)).toBe(true);
    expect(marks.flatMap((f) => f.ranges.split(','))).toHaveLength(600);
  });

  it('marks cell by cell and without notes on Excel with only ExcelApi 1.6', async () => {
    const model = formattedWorkbook();
    const context = cdn(model);
    const outcome = await mark(context, ERRORS, EXCEL_1_6);
    expect(outcome).toMatchObject({ kind: 'marked', cells: 5, notes: 0, notesSupported: false });
    expect(model.sheets[1].conditionalFormats.filter(isFindingMark)).toHaveLength(4);
    expect(context.stats.writes.some((w) => w.kind === 'note.add' || w.kind === 'comment.add')).toBe(false);
    expect(context.stats.syncs).toBe(3);
  });

  it('keeps every request under 5 MB: 3,000 cells marked one by one, each with a long comment', async () => {
    const findings = Array.from({ length: 3000 }, (_, i) =>
      finding({
        severity: 'error',
        message: '合计不等于基本支出与项目支出之和，请核对本行各栏数字。'.repeat(4),
        cells: [{ sheet: 'T12', address: `C${i + 1}` }],
      }),
    );
    const model = { sheets: [sheet('T12', { A1: '项目支出预算表' })] };
    const context = new FakeContext(model);

    const outcome = await mark(context, findings, { ...ALL_FEATURES, rangeAreas: false }, []);

    expect(outcome).toMatchObject({ kind: 'marked', cells: 3000, notes: 3000 });
    expect(context.stats.requestBytes.reduce((a, b) => a + b, 0)).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    expect(Math.max(...context.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(Object.keys(model.sheets[0].comments!)).toHaveLength(3000);
  });

  it('refuses with the protected sheets named, and writes nothing anywhere, when a sheet is protected', async () => {
    const model = formattedWorkbook();
    model.sheets[1].protected = true;
    const before = structuredClone(model);
    const context = cdn(model);

    const outcome = await mark(context, ERRORS);

    expect(outcome).toEqual({ kind: 'protected', sheets: ['T2'] });
    expect(context.stats.writes).toEqual([]);
    expect(model).toEqual(before);
  });
});

describe('replacing marks when a write fails part-way', () => {
  /** The workbook marked once with ERRORS, and what the marks look like. */
  async function marked(officeJs: OfficeJs, features: ExcelFeatures) {
    const model = formattedWorkbook();
    await mark(new FakeContext(model, { officeJs }), ERRORS, features);
    return model;
  }

  const marksOf = (model: FakeWorkbook) =>
    model.sheets.map((s: FakeSheet) => ({
      formats: s.conditionalFormats.map((f) => ({ ...f, formula: f.formula?.replace(/#.*"/, '"') })),
      notes: s.notes,
      comments: s.comments,
    }));

  it.each<[OfficeJs, ExcelFeatures]>([
    ['cdn', CDN_FEATURES],
    ['local', ALL_FEATURES],
  ])(
    'leaves the old marks exactly when a sheet becomes protected while the new ones are added (%s)',
    async (officeJs, features) => {
      const model = await marked(officeJs, features);
      const before = structuredClone(model);
      const context = new FakeContext(model, { officeJs });
      // T2 gets protected after the check read it: the new marks go onto T1, then T2 refuses its first.
      context.beforeSync = (n) => {
        if (n >= 3) model.sheets[1].protected = true;
      };
      const reversed = [...ERRORS].reverse();

      const failure = await mark(context, reversed, features).catch((error: unknown) => error);

      expect(failure).toBeInstanceOf(MarkWriteError);
      expect((failure as MarkWriteError).left).toBe('old');
      expect(String((failure as MarkWriteError).reason)).toMatch(/AccessDenied/);
      model.sheets[1].protected = false;
      expect(model).toEqual(before);
    },
  );

  it('finishes the replacement when all the new marks were in and only removing the old ones failed', async () => {
    const model = await marked('cdn', CDN_FEATURES);
    const wanted = structuredClone(model);
    await mark(cdn(wanted), ERRORS.slice(0, 2), CDN_FEATURES);
    const context = cdn(model);
    // The first deletion of an old mark fails, once: every add of that sync is in by then.
    let failures = 0;
    context.failWrite = (kind) => kind === 'conditionalFormat.delete' && failures++ === 0;

    const outcome = await mark(context, ERRORS.slice(0, 2), CDN_FEATURES);

    expect(failures).toBeGreaterThan(1);
    expect(outcome).toMatchObject({ kind: 'marked', cells: 3 });
    expect(marksOf(model)).toEqual(marksOf(wanted));
  });

  it('says some marks of each are left when putting things right fails too', async () => {
    const model = await marked('cdn', CDN_FEATURES);
    const context = cdn(model);
    context.failWrite = (kind) => kind === 'conditionalFormat.delete';

    const failure = await mark(context, ERRORS.slice(0, 2), CDN_FEATURES).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MarkWriteError);
    expect((failure as MarkWriteError).left).toBe('partial');
  });
});

describe('clearing the marks', () => {
  it.each<[OfficeJs, ExcelFeatures]>([
    ['cdn', CDN_FEATURES],
    ['local', ALL_FEATURES],
  ])(
    'restores every cell exactly: no fill, a fill of the user, bold, the user’s own rule and texts (%s)',
    async (officeJs, features) => {
      const model = formattedWorkbook();
      const before = structuredClone(model);
      await mark(new FakeContext(model, { officeJs }), ERRORS, features);

      const context = new FakeContext(model, { officeJs });
      const outcome = await clearMarks(context.asExcel, features);

      expect(outcome).toEqual({ kind: 'cleared', formats: 4, notes: 4 });
      expect(model).toEqual(before);
      expect(shownFill(model.sheets[1], 'C4')).toBeNull();
      expect(shownFill(model.sheets[1], 'C5')).toBe('#FFFF00');
      expect(model.sheets[1].formats.D5).toEqual({ fill: null, bold: true });
      expect(context.stats.syncs).toBe(3);
      const kind = officeJs === 'cdn' ? 'note.delete' : 'comment.delete';
      expect(context.stats.writes.map((w) => w.kind).sort()).toEqual(
        [...Array(4).fill('conditionalFormat.delete'), ...Array(4).fill(kind)].sort(),
      );
    },
  );

  it('still finds its marks after the workbook is saved, closed and reopened', async () => {
    const model = formattedWorkbook();
    const before = structuredClone(model);
    await mark(cdn(model), ERRORS);

    const reopened = reopen(model);
    await clearMarks(cdn(reopened).asExcel, CDN_FEATURES);

    expect(reopened).toEqual(before);
  });

  it('does nothing to a protected sheet and says which one', async () => {
    const model = formattedWorkbook();
    await mark(cdn(model), ERRORS);
    model.sheets[1].protected = true;
    const marked = structuredClone(model);
    const context = cdn(model);

    expect(await clearMarks(context.asExcel, CDN_FEATURES)).toEqual({ kind: 'protected', sheets: ['T2'] });
    expect(model).toEqual(marked);
  });
});

describe('jumping to a finding', () => {
  it('activates the sheet of its first cell and selects its cells there, in one sync', async () => {
    const model = formattedWorkbook();
    const context = cdn(model);
    expect(await selectCells(context.asExcel, ERRORS[0].cells, CDN_FEATURES)).toEqual({ kind: 'selected' });
    expect(model.activeSheet).toBe('T2');
    expect(model.selection).toBe('T2!C4,D5');
    expect(context.stats.syncs).toBe(1);

    await selectCells(cdn(model).asExcel, ERRORS[0].cells, EXCEL_1_6);
    expect(model.selection).toBe('T2!C4');
  });

  it('selects the first cell with the shipped office.js, which has no RangeAreas.select', async () => {
    const model = formattedWorkbook();
    expect(await selectCells(new FakeContext(model).asExcel, ERRORS[0].cells, ALL_FEATURES)).toEqual({
      kind: 'selected',
    });
    expect(model.selection).toBe('T2!C4');
  });

  it('says the sheet is hidden instead of failing, and shows it when asked', async () => {
    const model = formattedWorkbook();
    model.sheets[1].visibility = 'Hidden';
    const context = new FakeContext(model);

    expect(await selectCells(context.asExcel, ERRORS[0].cells, ALL_FEATURES)).toEqual({
      kind: 'hidden',
      sheet: 'T2',
    });
    expect([model.activeSheet, model.selection, model.sheets[1].visibility]).toEqual([
      undefined,
      undefined,
      'Hidden',
    ]);

    expect(
      await selectCells(new FakeContext(model).asExcel, ERRORS[0].cells, ALL_FEATURES, { show: true }),
    ).toEqual({
      kind: 'selected',
    });
    expect([model.activeSheet, model.selection, model.sheets[1].visibility]).toEqual([
      'T2',
      'T2!C4',
      'Visible',
    ]);
  });
});

/**
 * Filling end to end in the fake Excel, which keeps what is written (values, formulas recalculated after each
 * sync, number formats) and the document's settings: preview through the Office reader, apply, read the
 * cells back as Excel reports them, check the workbook again, 撤销填充 — plus the syncs, the undo group,
 * text restored as text, a fill past Excel's 5 MB request limit, and sheets protected before and during it.
 */
import { runCheck } from '../../src/engine/check';
import { changeKey, derive, planFill, type FillMode, type FillPlan } from '../../src/engine/derive';
import { address, cellAt, type CellRef } from '../../src/engine/snapshot';
import {
  applyFill,
  FillWriteError,
  fillInExcel,
  fillIsOneUndoStep,
  readWorkbookInExcel,
  RECORD_PART_BYTES,
  REVERT_SETTING,
  revertFill,
  revertFillInExcel,
  revertPart,
  splitRecord,
} from '../../src/hosts/office/fill';
import { contentOf } from '../../src/hosts/office/fill-plan';
import { readSnapshot } from '../../src/hosts/office/read';
import { blankCells } from '../derive/helpers';
import { buildWorkbook } from '../fixtures/layouts';
import {
  FakeContext,
  installFakeExcel,
  PAYLOAD_LIMIT,
  reopen,
  type FakeWorkbook,
  type OfficeJs,
} from './fake-excel';
import { ALL_FEATURES, budgetSheet, fakeOf } from './workbooks';

/**
 * The seed as typed by a compiler: every derivable cell blank, except one 表3 row total holding a formula of
 * theirs that adds only 基本支出 (so the fill replaces it, and 撤销填充 must bring the formula back).
 */
async function typedWorkbook(): Promise<{ workbook: FakeWorkbook; formulaCell: string }> {
  const seed = buildWorkbook();
  const derivable = derive(seed).cells;
  const isDerivable = new Set(derivable.map((c) => `${c.cell.sheet}!${c.cell.row}:${c.cell.col}`));
  const figureAt = ({ sheet, row, col }: CellRef) =>
    Number(
      cellAt(
        seed.sheets.find((s) => s.name === sheet)!,
        row,
        col,
      )?.value ?? 0,
    );
  const total = derivable.find(
    (c) =>
      c.relation === 'T3.row-total' &&
      c.sources.every((s) => !isDerivable.has(`${s.cell.sheet}!${s.cell.row}:${s.cell.col}`)) &&
      !c.value.eq(figureAt(c.sources[0].cell)),
  )!;
  const workbook = fakeOf(
    blankCells(
      seed,
      derivable.map((c) => c.cell),
    ),
  );
  const basic = total.sources[0].cell;
  const sheet = workbook.sheets.find((s) => s.name === total.cell.sheet)!;
  sheet.cells[total.address] = {
    value: 0,
    formula: `=${address(basic.row, basic.col)}`,
    numberFormat: '#,##0.00',
  };
  await new FakeContext(workbook).sync(); // Excel calculates the formula on opening.
  return { workbook, formulaCell: `${total.cell.sheet}!${total.address}` };
}

/** The preview as the pane makes it: three syncs for a workbook whose sheets fit the first read. */
async function preview(workbook: FakeWorkbook, mode: FillMode, syncs = 3): Promise<FillPlan> {
  const context = new FakeContext(workbook);
  const plan = planFill(derive(await readSnapshot(context.asExcel, ALL_FEATURES)), mode);
  expect(context.stats.syncs).toBe(syncs);
  return plan;
}

interface Reported {
  readonly value: unknown;
  readonly text: unknown;
  readonly formula: unknown;
  readonly numberFormat: unknown;
}

/** Every cell of the workbook as Excel reports it (value, shown text, formula, number format), by `sheet!A1`. */
async function reported(
  workbook: FakeWorkbook,
  extra: readonly string[] = [],
): Promise<Map<string, Reported>> {
  const context = new FakeContext(workbook);
  const keys = new Set([
    ...workbook.sheets.flatMap((s) => Object.keys(s.cells).map((a) => `${s.name}!${a}`)),
    ...extra,
  ]);
  const ranges: (readonly [string, Excel.Range])[] = [];
  for (const key of keys) {
    const [sheet, cell] = key.split('!');
    const range = context.asExcel.workbook.worksheets.getItem(sheet).getRange(cell);
    ranges.push([key, range.load('values,text,formulas,numberFormat')]);
    // Excel refuses a request over 5 MB: a few thousand loads a sync.
    if (ranges.length % 3000 === 0) await context.sync();
  }
  await context.sync();
  return new Map(
    ranges.map(([key, r]) => [
      key,
      {
        value: r.values[0][0],
        text: r.text[0][0],
        formula: r.formulas[0][0],
        numberFormat: r.numberFormat[0][0],
      },
    ]),
  );
}

async function errorsIn(workbook: FakeWorkbook) {
  const snapshot = await readSnapshot(new FakeContext(workbook).asExcel, ALL_FEATURES);
  return runCheck(snapshot).report.findings.filter((f) => f.severity === 'error');
}

describe.each<FillMode>(['values', 'formulas'])('a fill in Excel (%s)', (mode) => {
  it('writes the previewed figures, checks clean, and 撤销填充 restores every cell exactly', async () => {
    const { workbook, formulaCell } = await typedWorkbook();
    const plan = await preview(workbook, mode);
    expect(plan.changes.map(changeKey)).toContain(formulaCell);
    const targets = plan.changes.map(changeKey);
    const before = await reported(workbook, targets);
    expect(await errorsIn(workbook)).not.toEqual([]);

    const apply = new FakeContext(workbook);
    const outcome = await applyFill(apply.asExcel, plan);
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(outcome).toMatchObject({ written: plan.changes.length, skipped: [] });
    expect(apply.stats.syncs).toBe(3);
    expect(workbook.settings?.[REVERT_SETTING]).toBe(JSON.stringify(outcome.revert));

    // The fake computes each formula from the cells it names, so its value proves the references.
    const after = await reported(workbook);
    for (const change of plan.changes) {
      const cell = after.get(changeKey(change))!;
      const figure = Number(change.value);
      expect([changeKey(change), cell.formula]).toEqual([changeKey(change), contentOf(change)]);
      expect([changeKey(change), cell.value]).toEqual([
        changeKey(change),
        figure === 0 && !change.formula ? '' : figure,
      ]);
      if (mode === 'formulas') expect(cell.formula).toBe(change.formula);
    }
    expect(await errorsIn(workbook)).toEqual([]);

    const revert = new FakeContext(workbook);
    expect(await revertFill(revert.asExcel, outcome.revert)).toEqual({
      kind: 'reverted',
      restored: plan.changes.length,
      skipped: [],
    });
    expect(revert.stats.syncs).toBe(3);
    expect(await reported(workbook, targets)).toEqual(before);
    expect(before.get(formulaCell)).toMatchObject({ formula: expect.stringMatching(/^=[A-Z]+\d+$/) });
    expect(workbook.settings).toEqual({});
  });

  it('skips and lists a target typed into between preview and apply, and keeps it when reverting', async () => {
    const { workbook } = await typedWorkbook();
    const plan = await preview(workbook, mode);
    const typed = plan.changes[0];
    workbook.sheets.find((s) => s.name === typed.sheet)!.cells[typed.address] = { value: 100 };

    const outcome = await applyFill(new FakeContext(workbook).asExcel, plan);
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(outcome.skipped).toEqual([{ sheet: typed.sheet, address: typed.address, now: '100' }]);
    expect(outcome.written).toBe(plan.changes.length - 1);
    expect((await reported(workbook)).get(changeKey(typed))).toMatchObject({ value: 100, formula: 100 });

    const reverted = await revertFill(new FakeContext(workbook).asExcel, outcome.revert);
    expect(reverted).toEqual({ kind: 'reverted', restored: plan.changes.length - 1, skipped: [] });
    expect((await reported(workbook)).get(changeKey(typed))).toMatchObject({ value: 100, formula: 100 });
  });
});

describe('撤销填充 after the workbook was closed', () => {
  it('reverts from the record saved in the document settings', async () => {
    const { workbook } = await typedWorkbook();
    const plan = await preview(workbook, 'formulas');
    const before = await reported(workbook, plan.changes.map(changeKey));
    await applyFill(new FakeContext(workbook).asExcel, plan);

    const reopened = reopen(workbook);
    const outcome = await revertFill(new FakeContext(reopened).asExcel);
    expect(outcome).toMatchObject({ kind: 'reverted', restored: plan.changes.length });
    expect(await reported(reopened, plan.changes.map(changeKey))).toEqual(before);
    expect(await revertFill(new FakeContext(reopened).asExcel)).toEqual({ kind: 'nothing-to-revert' });
  });
});

describe('round trips', () => {
  /** `count` sheets whose 合计 column is blank, and the one-sheet preview repeated on each of them. */
  async function sheetsToFill(count: number) {
    const sheets = Array.from({ length: count }, (_, i) => budgetSheet(`支出${i + 1}`, 40));
    for (const s of sheets) for (let row = 4; row <= 43; row++) delete s.cells[`C${row}`];
    const one = await preview({ sheets: [structuredClone(sheets[0])] }, 'values');
    const plan: FillPlan = {
      ...one,
      changes: sheets.flatMap((s) => one.changes.map((c) => ({ ...c, sheet: s.name }))),
    };
    return { workbook: { sheets }, plan };
  }

  it.each([1, 30])('apply and revert take three syncs each with %i sheets', async (count) => {
    const { workbook, plan } = await sheetsToFill(count);
    expect(plan.changes).toHaveLength(40 * count);
    const apply = new FakeContext(workbook);
    const outcome = await applyFill(apply.asExcel, plan);
    expect(outcome).toMatchObject({ kind: 'applied', written: 40 * count });
    const revert = new FakeContext(workbook);
    expect(await revertFill(revert.asExcel)).toMatchObject({ kind: 'reverted', restored: 40 * count });
    expect([apply.stats.syncs, revert.stats.syncs]).toEqual([3, 3]);
  });
});

describe('the task pane’s Excel.run', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  it.each<[string, OfficeJs, number, boolean]>([
    ['the CDN office.js on ExcelApi 1.20', 'cdn', 20, true],
    ['the CDN office.js on ExcelApi 1.19', 'cdn', 19, false],
    ['the shipped office.js on ExcelApi 1.20, which does not read mergeUndoGroup', 'local', 20, false],
  ])(
    'is one undo step only where Excel and office.js both have it: %s',
    async (_, officeJs, excelApi, merged) => {
      const { workbook } = await typedWorkbook();
      const excel = installFakeExcel(workbook, { officeJs, excelApi });
      expect(fillIsOneUndoStep()).toBe(excelApi >= 20 ? undefined : false);
      const snapshot = await readWorkbookInExcel();
      expect(fillIsOneUndoStep()).toBe(merged);
      const plan = planFill(derive(snapshot), 'values');

      const outcome = await fillInExcel(plan);
      if (outcome.kind !== 'applied') throw new Error(outcome.kind);
      expect(outcome).toMatchObject({ written: plan.changes.length, oneUndoStep: merged });
      expect(await revertFillInExcel(outcome.revert)).toMatchObject({ kind: 'reverted' });

      expect(excel.runs).toHaveLength(3);
      expect(excel.runs.map((r) => r.options.delayForCellEdit)).toEqual([true, true, true]);
      // What office.js read: mergeUndoGroup only where it knows it, and asked for only where it works.
      expect(excel.runs[1].options.mergeUndoGroup).toBe(merged ? true : undefined);
      // 撤销填充 is a batch of its own, never merged into the fill's undo step.
      expect(excel.runs[2].options.mergeUndoGroup).toBeUndefined();
    },
  );
});

describe('text, formulas and figures put back exactly', () => {
  it('restores text that Excel would read as a number or a formula as the same text', async () => {
    const { workbook } = await typedWorkbook();
    const plan = await preview(workbook, 'values');
    // Three targets typed as text by the compiler: Excel would turn each into a number or a formula.
    const texts = ['1,234.00', '-56.70', '+8', '-abc'];
    const targets = plan.changes.slice(0, texts.length);
    targets.forEach((change, i) => {
      workbook.sheets.find((s) => s.name === change.sheet)!.cells[change.address] = { value: texts[i] };
    });
    const typed = await preview(workbook, 'values');
    const before = await reported(workbook, typed.changes.map(changeKey));

    const outcome = await applyFill(new FakeContext(workbook).asExcel, typed);
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(await revertFill(new FakeContext(workbook).asExcel, outcome.revert)).toMatchObject({
      kind: 'reverted',
      skipped: [],
    });

    const after = await reported(workbook, typed.changes.map(changeKey));
    for (const change of targets) {
      expect([changeKey(change), after.get(changeKey(change))]).toEqual([
        changeKey(change),
        before.get(changeKey(change)),
      ]);
    }
    expect(after).toEqual(before);
  });

  it('shows that writing the text back as typed would not do: Excel parses it', async () => {
    const context = new FakeContext({ sheets: [budgetSheet('T1', 1)] });
    const range = context.workbook.worksheets.getItem('T1').getRange('F1:I1');
    range.formulas = [['1,234.00', '-56.70', '+8', '-abc']];
    await context.sync();
    const read = context.workbook.worksheets.getItem('T1').getRange('F1:I1').load('values,formulas');
    await context.sync();
    expect(read.values[0]).toEqual([1234, -56.7, 8, '#NAME?']);
    expect(read.formulas[0]).toEqual([1234, -56.7, 8, '=-abc']);
  });
});

describe('a large fill', () => {
  /** One sheet of `rows` coded rows whose 合计 column is blank, and its preview. */
  async function tallSheet(rows: number) {
    const sheet = budgetSheet('支出', rows);
    for (let row = 4; row < rows + 4; row++) delete sheet.cells[`C${row}`];
    const workbook: FakeWorkbook = { sheets: [sheet] };
    return { workbook, plan: await preview(workbook, 'formulas', 4) };
  }

  it('writes 6,000 cells and their revert record in parts, every request under 5 MB, and reverts it after reopening', async () => {
    const { workbook, plan } = await tallSheet(6000);
    expect(plan.changes.length).toBeGreaterThanOrEqual(6000);
    const before = await reported(workbook, plan.changes.map(changeKey));
    const apply = new FakeContext(workbook);

    const outcome = await applyFill(apply.asExcel, plan);

    expect(outcome).toMatchObject({ kind: 'applied', written: plan.changes.length });
    expect(apply.stats.syncs).toBeGreaterThan(3);
    expect(Math.max(...apply.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(Math.max(...apply.stats.responseBytes)).toBeLessThan(PAYLOAD_LIMIT);
    const header = JSON.parse(String(workbook.settings![REVERT_SETTING])) as { parts: number };
    expect(header.parts).toBeGreaterThanOrEqual(1);
    for (let n = 1; n <= header.parts; n++) {
      expect(Buffer.byteLength(String(workbook.settings![revertPart(n)]))).toBeLessThanOrEqual(
        RECORD_PART_BYTES,
      );
    }

    const reopened = reopen(workbook);
    const revert = new FakeContext(reopened);
    expect(await revertFill(revert.asExcel)).toMatchObject({
      kind: 'reverted',
      restored: plan.changes.length,
    });
    expect(Math.max(...revert.stats.requestBytes)).toBeLessThan(PAYLOAD_LIMIT);
    expect(await reported(reopened, plan.changes.map(changeKey))).toEqual(before);
    expect(reopened.settings).toEqual({});
  });

  it('cuts a record into parts of at most a megabyte, never inside a character', () => {
    const text = `${'中'.repeat(500_000)}😀${'a'.repeat(10)}`;
    const parts = splitRecord(text);
    expect(parts.join('')).toBe(text);
    expect(parts.every((p) => Buffer.byteLength(p) <= RECORD_PART_BYTES)).toBe(true);
    expect(parts.length).toBe(2);
  });
});

describe('a write that fails part-way', () => {
  it('puts back the cells already written when a sheet becomes protected mid-fill', async () => {
    const { workbook } = await typedWorkbook();
    const plan = await preview(workbook, 'values');
    const before = await reported(workbook, plan.changes.map(changeKey));
    const last = plan.changes[plan.changes.length - 1].sheet;
    const context = new FakeContext(workbook);
    // The last sheet is protected after the fill read the cells: the earlier sheets' cells are written first.
    context.beforeSync = (n) => {
      if (n === 3) workbook.sheets.find((s) => s.name === last)!.protected = true;
    };

    const failure = await applyFill(context.asExcel, plan).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(FillWriteError);
    expect(failure).toMatchObject({ undone: true });
    expect(context.stats.writes.some((w) => w.kind === 'value')).toBe(true);
    workbook.sheets.find((s) => s.name === last)!.protected = false;
    expect(await reported(workbook, plan.changes.map(changeKey))).toEqual(before);
    expect(workbook.settings).toBeUndefined();
  });
});

describe('a protected sheet', () => {
  it('stops the fill before anything is written, the revert record included', async () => {
    const { workbook } = await typedWorkbook();
    const plan = await preview(workbook, 'values');
    const before = await reported(workbook);
    workbook.sheets.find((s) => s.name === plan.changes[plan.changes.length - 1].sheet)!.protected = true;
    const context = new FakeContext(workbook);
    expect(await applyFill(context.asExcel, plan)).toEqual({
      kind: 'protected',
      sheets: [plan.changes[plan.changes.length - 1].sheet],
    });
    expect(context.stats.writes).toEqual([]);
    expect(await reported(workbook)).toEqual(before);
    expect(workbook.settings).toBeUndefined();
  });
});

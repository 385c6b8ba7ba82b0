/**
 * Filling end to end in the fake Excel, which keeps what is written (values, formulas recalculated after each
 * sync, number formats) and the document's settings: preview through the Office reader, apply, read the
 * cells back as Excel reports them, check the workbook again, 撤销填充 — plus the syncs, the undo group and
 * a protected sheet.
 */
import { runCheck } from '../../src/engine/check';
import { changeKey, derive, planFill, type FillMode, type FillPlan } from '../../src/engine/derive';
import { address, cellAt, type CellRef } from '../../src/engine/snapshot';
import {
  applyFill,
  fillInExcel,
  REVERT_SETTING,
  revertFill,
  revertFillInExcel,
} from '../../src/hosts/office/fill';
import { contentOf } from '../../src/hosts/office/fill-plan';
import { readSnapshot } from '../../src/hosts/office/read';
import { blankCells } from '../derive/helpers';
import { buildWorkbook } from '../fixtures/layouts';
import { FakeContext, reopen, type FakeWorkbook } from './fake-excel';
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

async function preview(workbook: FakeWorkbook, mode: FillMode): Promise<FillPlan> {
  const context = new FakeContext(workbook);
  const plan = planFill(derive(await readSnapshot(context.asExcel, ALL_FEATURES)), mode);
  expect(context.stats.syncs).toBe(2);
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
  const ranges = [...keys].map((key) => {
    const [sheet, cell] = key.split('!');
    const range = context.workbook.worksheets.getItem(sheet).getRange(cell);
    return [key, range.load('values,text,formulas,numberFormat')] as const;
  });
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
  type RunOptions = { mergeUndoGroup?: boolean } | undefined;

  /** Fake `Office` and `Excel` globals for an Excel that supports ExcelApi up to `1.<minor>`. */
  function installExcel(workbook: FakeWorkbook, minor: number): RunOptions[] {
    const runs: RunOptions[] = [];
    Object.assign(globalThis, {
      Office: {
        context: {
          requirements: {
            isSetSupported: (name: string, version: string) =>
              name === 'ExcelApi' && Number(version.split('.')[1]) <= minor,
          },
        },
      },
      Excel: {
        run: (...args: unknown[]) => {
          const batch = args.pop() as (context: Excel.RequestContext) => Promise<unknown>;
          runs.push(args[0] as RunOptions);
          return batch(new FakeContext(workbook).asExcel);
        },
      },
    });
    return runs;
  }

  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  it.each([
    [20, true],
    [19, false],
  ])('merges the fill into one undo step only from ExcelApi 1.%i', async (minor, merged) => {
    const { workbook } = await typedWorkbook();
    const plan = await preview(workbook, 'values');
    const runs = installExcel(workbook, minor);
    const outcome = await fillInExcel(plan);
    if (outcome.kind !== 'applied') throw new Error(outcome.kind);
    expect(outcome.written).toBe(plan.changes.length);
    expect(await revertFillInExcel(outcome.revert)).toMatchObject({ kind: 'reverted' });
    expect(runs).toHaveLength(2);
    expect(runs[0]?.mergeUndoGroup ?? false).toBe(merged);
    // 撤销填充 is a batch of its own, never merged into the fill's undo step.
    expect(runs[1]?.mergeUndoGroup ?? false).toBe(false);
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

/**
 * Filling in (fake) Excel respects the published figures (issue 10): on the published seed the preview has
 * nothing to write and applying it writes nothing, in values and formulas mode; on the planted-errors sample
 * the default fill writes nothing and every planted cell is still an error; a 不一致 cell the user takes is
 * the one cell written. The workbook is read the way the pane reads it (the Office adapter), with each
 * amount's number format and the text Excel shows for it.
 */
import * as path from 'path';
import { runCheck } from '../../src/engine/check';
import Decimal from 'decimal.js';
import { derive, formatShown, planFill, type FillMode } from '../../src/engine/derive';
import { address, type WorkbookSnapshot } from '../../src/engine/snapshot';
import { applyFill } from '../../src/hosts/office/fill';
import { readSnapshot } from '../../src/hosts/office/read';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { buildWorkbook } from '../fixtures/layouts';
import { FakeContext, sheet, type FakeCell, type FakeWorkbook } from './fake-excel';
import { ALL_FEATURES } from './workbooks';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const PLANTED = ['表6!E44', '表3!D6', '表1!B7', '表5!D9'];

/** A snapshot as Excel holds it: numbers with their number format and the text that format shows. */
function inExcel(snapshot: WorkbookSnapshot): FakeWorkbook {
  return {
    sheets: snapshot.sheets.map((s) => {
      const cells: Record<string, FakeCell> = {};
      s.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell || cell.value === null) return;
          const numberFormat = cell.format;
          const text =
            typeof cell.value === 'number' && numberFormat && numberFormat !== '@'
              ? formatShown(new Decimal(cell.value), 2, numberFormat)
              : String(cell.value);
          cells[address(r, c)] = { value: cell.value, text, ...(numberFormat ? { numberFormat } : {}) };
        }),
      );
      const out = sheet(s.name, cells);
      out.merges.push(...(s.merges ?? []));
      return out;
    }),
  };
}

async function read(workbook: FakeWorkbook): Promise<WorkbookSnapshot> {
  return readSnapshot(new FakeContext(workbook).asExcel, ALL_FEATURES);
}

function errorCells(snapshot: WorkbookSnapshot): Set<string> {
  return new Set(
    runCheck(snapshot)
      .report.findings.filter((f) => f.severity === 'error')
      .flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.address}`)),
  );
}

describe.each<FillMode>(['values', 'formulas'])('the published seed in Excel (%s)', (mode) => {
  it('previews nothing to write, and applying the preview writes nothing', async () => {
    const workbook = inExcel(buildWorkbook());
    const snapshot = await read(workbook);
    expect(runCheck(snapshot).report.summary.errors).toBe(0);
    const plan = planFill(derive(snapshot), mode);
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    const before = structuredClone(workbook);
    const context = new FakeContext(workbook);
    expect(await applyFill(context.asExcel, plan)).toMatchObject({
      kind: 'applied',
      written: 0,
      skipped: [],
    });
    expect(context.stats.writes).toEqual([]);
    expect(workbook).toEqual(before);
  });
});

describe('the planted-errors sample in Excel', () => {
  let workbook: FakeWorkbook;
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    workbook = inExcel(await readWorkbookFile(path.join(SAMPLES, 'seed-2026-planted-errors.xlsx')));
    snapshot = await read(workbook);
  });

  it('fills nothing by default: each planted cell is still an error, and each is a 不一致 suspect', async () => {
    const plan = planFill(derive(snapshot), 'values');
    expect(plan.changes).toEqual([]);
    const suspects = new Set(
      plan.conflicts!.flatMap((c) => c.suspects.map((s) => `${s.sheet}!${s.address}`)),
    );
    for (const cell of PLANTED) expect([cell, suspects.has(cell)]).toEqual([cell, true]);
    const context = new FakeContext(workbook);
    await applyFill(context.asExcel, plan);
    expect(context.stats.writes).toEqual([]);
    const after = errorCells(await read(workbook));
    for (const cell of PLANTED) expect([cell, after.has(cell)]).toEqual([cell, true]);
  });

  it('writes a 不一致 cell the user takes, and only that cell', async () => {
    const copy = structuredClone(workbook);
    const plan = planFill(derive(snapshot, { recompute: ['表3!D6'] }), 'values');
    expect(plan.changes.map((c) => `${c.sheet}!${c.address}`)).toEqual(['表3!D6']);
    const context = new FakeContext(copy);
    expect(await applyFill(context.asExcel, plan)).toMatchObject({ written: 1, skipped: [] });
    const values = context.stats.writes.filter((w) => w.kind === 'value');
    expect(values).toEqual([{ kind: 'value', sheet: '表3', address: 'D6' }]);
    const after = await read(copy);
    expect(after.sheets.find((s) => s.name === '表3')!.rows[5]![3]).toMatchObject({ value: 3480.31 });
    expect(errorCells(after).has('表3!D6')).toBe(false);
  });
});

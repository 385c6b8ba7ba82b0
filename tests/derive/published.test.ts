/**
 * Filling respects the published figures (issue 10): a consistent workbook is left alone, 尾差 and all; a
 * figure its parts contradict is a decision (不一致), never silently rewritten; blank totals come back as the
 * published figures, or, where the published figure is itself a rounding choice, as a figure within rounding
 * of its parts; a rebuild (尾差 rewritten) happens only on request.
 */
import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { runCheck } from '../../src/engine/check';
import {
  changeKey,
  derive,
  planFill,
  shownValue,
  type FillMode,
  type FillPlan,
} from '../../src/engine/derive';
import { address, type WorkbookSnapshot } from '../../src/engine/snapshot';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { buildWorkbook, type BuildOptions } from '../fixtures/layouts';
import { applyPlan, blankCells } from './helpers';

const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const PLANTED = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'planted-errors.json'), 'utf8')) as {
  sheet: string;
  address: string;
}[];

const LAYOUTS: readonly [string, BuildOptions][] = [
  ['the seed’s layout', {}],
  ['renamed, shuffled sheets', { sheetNames: 'renamed', order: 'shuffled' }],
  ['shifted tables, one-row headers', { origin: { row: 3, col: 2 }, header: 'single' }],
  ['text amounts, dashes for empty cells', { amounts: 'text', empty: 'dash' }],
  ['text with separators, zeros for empty cells', { amounts: 'text-comma', empty: 'zero' }],
  [
    'every table on one sheet, no labels, spacer rows',
    { multiTablePerSheet: true, dropLabel: true, spacerRows: true },
  ],
];

const name = (c: { sheet: string; row: number; col: number }) => `${c.sheet}!${address(c.row, c.col)}`;

function errorCells(workbook: WorkbookSnapshot): Set<string> {
  return new Set(
    runCheck(workbook)
      .report.findings.filter((f) => f.severity === 'error')
      .flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.address}`)),
  );
}

const errorsOf = (workbook: WorkbookSnapshot) =>
  runCheck(workbook).report.findings.filter((f) => f.severity === 'error');

describe.each(LAYOUTS)('a consistent workbook (%s)', (_name, options) => {
  const workbook = buildWorkbook(options);
  const derivation = derive(workbook);

  it.each<FillMode>(['values', 'formulas'])('has an empty fill plan (%s)', (mode) => {
    const plan = planFill(derivation, mode);
    expect(plan.changes.map(changeKey)).toEqual([]);
    expect(plan.conflicts).toEqual([]);
    expect(plan.notes).toEqual([]);
  });

  it('fills every blanked derivable cell back: the published figure, or one within rounding of its parts', () => {
    const published = new Map(derivation.cells.map((c) => [name(c.cell), c.currentValue]));
    const blank = blankCells(
      workbook,
      derivation.cells.map((c) => c.cell),
    );
    const plan = planFill(derive(blank), 'values');
    expect(plan.conflicts).toEqual([]);
    const filled = applyPlan(blank, plan);
    expect(errorsOf(filled)).toEqual([]);

    // Where the fill differs, the published figure is a rounding choice: bottom-up from the details (a
    // rebuild of the published workbook) gives what the fill gave, and the published figure is not that.
    const bottomUp = new Map(derive(workbook, { rebuild: true }).cells.map((c) => [name(c.cell), c.value]));
    const written = new Map(plan.changes.map((c) => [changeKey(c), c]));
    let differ = 0;
    for (const [cell, figure] of published) {
      const change = written.get(cell);
      const value = change ? new Decimal(change.value) : new Decimal(0);
      // Figures are in the table's unit here, the published ones in 万元; the seed is all 万元.
      if (value.eq(figure)) continue;
      differ++;
      expect([cell, value.toFixed(2)]).toEqual([cell, bottomUp.get(cell)!.toFixed(2)]);
      expect([cell, value.minus(figure).abs().lte('0.02')]).toEqual([cell, true]);
    }
    expect(differ).toBeLessThan(published.size / 5);
    // Within rounding of its parts: filling the filled workbook again changes nothing.
    const again = planFill(derive(filled), 'values');
    expect(again.changes.map(changeKey)).toEqual([]);
    expect(again.conflicts).toEqual([]);
  });
});

describe('a blank total next to published figures', () => {
  const seed = buildWorkbook();
  const cells = derive(seed).cells;
  const at = (cell: string) => cells.find((c) => name(c.cell) === cell)!;

  it('copies the published figure it must equal, when that keeps its own parts within rounding', () => {
    // 表2 合计·一般公共预算 adds up to 4542.60 from its 类 rows; 表1, 表4 and 表5 publish 4542.59.
    expect(at('表2!D7').sum.toFixed(2)).toBe('4542.60');
    const plan = planFill(derive(blankCells(seed, [at('表2!D7').cell])), 'values');
    expect(plan.changes).toHaveLength(1);
    expect(plan.changes[0]).toMatchObject({ address: 'D7', value: '4542.59', shown: '4,542.59' });
    expect(plan.changes[0].reason).toContain('各项之和为4542.60，尾差 -0.01');
    const formulas = planFill(derive(blankCells(seed, [at('表2!D7').cell])), 'formulas');
    expect(formulas.changes[0].formula).toBe('=D8+D16+D22-0.01');
    expect(errorsOf(applyPlan(blankCells(seed, [at('表2!D7').cell]), plan))).toEqual([]);
  });

  it('fills a copy from its published source', () => {
    const plan = planFill(derive(blankCells(seed, [at('表1!B7').cell, at('表4!B7').cell])), 'values');
    expect(plan.changes.map((c) => `${changeKey(c)} ${c.value}`)).toEqual([
      '表1!B7 4542.59',
      '表4!B7 4542.59',
    ]);
  });
});

describe('the planted-errors sample', () => {
  let planted: WorkbookSnapshot;
  let plan: FillPlan;
  beforeAll(async () => {
    planted = await readWorkbookFile(path.join(SAMPLES, 'seed-2026-planted-errors.xlsx'));
    plan = planFill(derive(planted), 'values');
  });

  it('writes nothing by default, and every planted cell is still an error after the fill', () => {
    expect(plan.changes).toEqual([]);
    const after = errorCells(applyPlan(planted, plan));
    for (const p of PLANTED) expect([p, after.has(`${p.sheet}!${p.address}`)]).toEqual([p, true]);
  });

  it('lists the figures its parts contradict as 不一致, none taken, each planted cell first suspect of one', () => {
    const conflicts = plan.conflicts!;
    expect(conflicts.length).toBeGreaterThanOrEqual(PLANTED.length);
    expect(conflicts.every((c) => !c.taken && c.kind === 'conflict')).toBe(true);
    for (const c of conflicts) {
      // Both figures, the relationship, the suspects.
      expect(new Decimal(c.current.replace(/,/g, '')).minus(c.value).toFixed(2)).toBe(c.difference);
      expect(new Decimal(c.difference).abs().gt('0.05')).toBe(true);
      expect(c.reason).not.toBe('');
      expect(c.suspects.length).toBeGreaterThan(0);
    }
    const firstSuspects = new Set(conflicts.map((c) => `${c.suspects[0].sheet}!${c.suspects[0].address}`));
    for (const p of PLANTED) expect([p, firstSuspects.has(`${p.sheet}!${p.address}`)]).toEqual([p, true]);
    const d6 = conflicts.find((c) => changeKey(c) === '表3!D6')!;
    expect(d6).toMatchObject({
      current: '3,490.30',
      value: '3480.31',
      shown: '3,480.31',
      difference: '9.99',
    });
    expect(d6.suspects[0]).toMatchObject({ label: '表3「合计」基本支出' });
  });

  it('takes the sum of the parts only for the cells chosen, and re-judges what follows from them', () => {
    const chosen = planFill(derive(planted, { recompute: ['表3!D6'] }), 'values');
    expect(chosen.changes.map((c) => `${changeKey(c)} ${c.kind} ${c.value}`)).toEqual([
      '表3!D6 conflict 3480.31',
    ]);
    // 表3 合计·合计 5670.31 disagreed with the planted 3490.30; with the sum 3480.31 it holds again.
    expect(chosen.conflicts!.map(changeKey)).not.toContain('表3!C6');
    expect(chosen.conflicts!.find((c) => changeKey(c) === '表3!D6')).toMatchObject({ taken: true });
    const after = errorCells(applyPlan(planted, chosen));
    expect(after.has('表3!D6')).toBe(false);
    expect(after.has('表1!B7')).toBe(true);
  });

  it('takes every conflict with recompute all, each listed as such', () => {
    const all = planFill(derive(planted, { recompute: 'all' }), 'values');
    const taken = all.conflicts!.filter((c) => c.taken).map(changeKey);
    expect(taken.length).toBeGreaterThan(0);
    expect(all.changes.map(changeKey).sort()).toEqual([...taken].sort());
    expect(all.changes.every((c) => c.kind === 'conflict')).toBe(true);
  });
});

describe('rewriting 尾差 (a rebuild, on request)', () => {
  const seed = buildWorkbook();

  it('rewrites only totals that differ from the sum of their parts by rounding, and checks clean', () => {
    const plan = planFill(derive(seed, { rebuild: true }), 'values');
    expect(plan.rebuild).toBe(true);
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.length).toBeGreaterThan(20);
    for (const c of plan.changes) {
      expect(c.kind).toBe('rebuilt');
      const moved = new Decimal(c.value).minus(c.current.replace(/,/g, '')).abs();
      expect([changeKey(c), moved.gt(0) && moved.lte('0.02')]).toEqual([changeKey(c), true]);
    }
    expect(errorsOf(applyPlan(seed, plan))).toEqual([]);
  });

  it('writes a formula into every total with cells to reference in formulas mode', () => {
    const plan = planFill(derive(seed, { rebuild: true }), 'formulas');
    const derivable = derive(seed).cells.filter((c) => c.formula && !(c.value.isZero() && c.current === ''));
    expect(plan.changes.map(changeKey).sort()).toEqual(derivable.map((c) => name(c.cell)).sort());
    expect(errorsOf(applyPlan(seed, plan, true))).toEqual([]);
  });
});

describe('how a filled figure shows', () => {
  const figureAt = (options: BuildOptions) => {
    const seed = buildWorkbook(options);
    const cell = derive(seed).cells.find((c) => c.label === '表2「合计」合计')!;
    return planFill(derive(blankCells(seed, [cell.cell])), 'values').changes[0];
  };

  it('through its column’s format: thousands separators where the sheet uses them, plain where not', () => {
    // 表2 合计·合计 is published 5660.05; its parts add up to 5660.04, and 表1's 本年收入合计 (5660.05) settles
    // the 尾差, so the published figure comes back.
    expect(figureAt({})).toMatchObject({ value: '5660.05', shown: '5,660.05', numberFormat: '#,##0.00' });
    expect(figureAt({ amounts: 'text-comma' })).toMatchObject({
      shown: '5,660.05',
      numberFormat: '#,##0.00',
    });
    expect(figureAt({ amounts: 'text' })).toMatchObject({ shown: '5660.05', numberFormat: '0.00' });
    expect(shownValue(figureAt({ amounts: 'text' }))).toBe('5660.05');
  });
});

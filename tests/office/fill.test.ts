/**
 * Preview, apply and 撤销填充 of a fill. The preview reads the workbook through the Office adapter on the
 * fake Excel; the apply/revert decisions are tested here on cell states held in a map (values, text,
 * formulas, number formats), case by case. fill-e2e.test.ts runs the whole cycle on the fake Excel.
 */
import { runCheck } from '../../src/engine/check';
import { changeKey, derive, planFill, type FillMode, type FillPlan } from '../../src/engine/derive';
import { parseAddress, type WorkbookSnapshot } from '../../src/engine/snapshot';
import { applyFill } from '../../src/hosts/office/fill';
import { decideApply, decideRevert, type CellPut, type CellState } from '../../src/hosts/office/fill-plan';
import { readSnapshot } from '../../src/hosts/office/read';
import { blankCells } from '../derive/helpers';
import { buildWorkbook } from '../fixtures/layouts';
import { FakeContext } from './fake-excel';
import { ALL_FEATURES, fakeOf } from './workbooks';

const key = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;

/** The seed with its derivable cells blank, as a fake Excel workbook. */
function detailOnlyWorkbook() {
  const seed = buildWorkbook();
  return fakeOf(
    blankCells(
      seed,
      derive(seed).cells.map((c) => c.cell),
    ),
  );
}

/** Preview: read the workbook in (fake) Excel and plan the fill. */
async function preview(mode: FillMode) {
  const workbook = detailOnlyWorkbook();
  const context = new FakeContext(workbook);
  const snapshot = await readSnapshot(context.asExcel, ALL_FEATURES);
  return { workbook, snapshot, plan: planFill(derive(snapshot), mode), syncs: context.stats.syncs };
}

/** Cell states as Excel would report them for the planned cells (a blank cell has '' everywhere). */
function statesOf(snapshot: WorkbookSnapshot, plan: FillPlan): Map<string, CellState> {
  return new Map(
    plan.changes.map((c) => {
      const cell = snapshot.sheets.find((s) => s.name === c.sheet)!.rows[c.row]?.[c.col];
      const value = cell?.value ?? '';
      return [
        key(c),
        {
          sheet: c.sheet,
          address: c.address,
          value,
          text: cell?.text ?? String(value),
          formula: value,
          numberFormat: 'General',
        },
      ];
    }),
  );
}

/** What Excel does with the puts: the format, then the content; a formula shows the plan's figure. */
function put(states: Map<string, CellState>, puts: readonly CellPut[], plan: FillPlan): void {
  const figures = new Map(plan.changes.map((c) => [key(c), c.value]));
  for (const p of puts) {
    const old = states.get(key(p))!;
    const isFormula = typeof p.content === 'string' && p.content.startsWith('=');
    const value = isFormula ? Number(figures.get(key(p))) : p.content;
    states.set(key(p), {
      ...old,
      numberFormat: p.numberFormat ?? old.numberFormat,
      formula: p.content,
      value,
      text: value === '' ? '' : String(value),
    });
  }
}

/** The snapshot with the cells' current values, for checking. */
function withStates(snapshot: WorkbookSnapshot, states: Map<string, CellState>): WorkbookSnapshot {
  const sheets = snapshot.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : [])) }));
  for (const state of states.values()) {
    const { row, col } = parseAddress(state.address);
    const rows = sheets.find((s) => s.name === state.sheet)!.rows;
    (rows[row] ??= [])[col] = state.value === '' ? undefined : { value: state.value, text: state.text };
  }
  return { ...snapshot, sheets };
}

describe.each<FillMode>(['values', 'formulas'])('preview, apply, revert (%s)', (mode) => {
  it('previews every derivable cell through the Office reader, in three syncs', async () => {
    const { plan, syncs } = await preview(mode);
    expect(plan.changes.length).toBe(252);
    expect(syncs).toBe(3);
  });

  it('applies to zero errors and reverts to exactly what was there', async () => {
    const { snapshot, plan } = await preview(mode);
    const states = statesOf(snapshot, plan);
    const before = structuredClone([...states]);

    const applied = decideApply(plan, [...states.values()]);
    expect(applied.skipped).toEqual([]);
    expect(applied.puts.map(key)).toEqual(plan.changes.map(changeKey));
    if (mode === 'formulas') expect(applied.puts.every((p) => String(p.content).startsWith('='))).toBe(true);
    put(states, applied.puts, plan);
    const errors = runCheck(withStates(snapshot, states)).report.findings.filter(
      (f) => f.severity === 'error',
    );
    expect(errors).toEqual([]);

    const reverted = decideRevert(applied.revert, [...states.values()]);
    expect(reverted).toMatchObject({ restored: plan.changes.length, skipped: [] });
    put(states, reverted.puts, plan);
    expect([...states]).toEqual(before);
  });

  it('skips a cell typed into after the preview, and one changed after the fill', async () => {
    const { snapshot, plan } = await preview(mode);
    const states = statesOf(snapshot, plan);
    const [typedBefore, typedAfter] = [plan.changes[0], plan.changes[1]];
    states.set(key(typedBefore), {
      ...states.get(key(typedBefore))!,
      value: 100,
      text: '100.00',
      formula: 100,
    });

    const applied = decideApply(plan, [...states.values()]);
    expect(applied.skipped).toEqual([
      { sheet: typedBefore.sheet, address: typedBefore.address, now: '100.00' },
    ]);
    expect(applied.puts.map(key)).not.toContain(key(typedBefore));
    expect(applied.revert.cells).toHaveLength(plan.changes.length - 1);
    put(states, applied.puts, plan);

    states.set(key(typedAfter), { ...states.get(key(typedAfter))!, value: 7, text: '7', formula: 7 });
    const reverted = decideRevert(applied.revert, [...states.values()]);
    expect(reverted.skipped).toEqual([{ sheet: typedAfter.sheet, address: typedAfter.address, now: '7' }]);
    put(states, reverted.puts, plan);
    expect(states.get(key(typedBefore))!.value).toBe(100);
    expect(states.get(key(typedAfter))!.value).toBe(7);
    expect(states.get(key(plan.changes[2]))!.value).toBe('');
  });
});

describe('what apply and revert put back', () => {
  const plan: FillPlan = {
    mode: 'values',
    unchanged: 0,
    notes: [],
    changes: [
      {
        sheet: '表2',
        address: 'C7',
        row: 6,
        col: 2,
        table: 'T2',
        label: '表2「合计」合计',
        current: '5,660.05',
        value: '5660.03',
        numberFormat: '#,##0.00',
        relation: 'T2.row-total',
        reason: '',
      },
    ],
  };

  it('records a formula and a text format and restores them, format first', () => {
    const state: CellState = {
      sheet: '表2',
      address: 'C7',
      value: 5660.05,
      text: '5,660.05',
      formula: '=C8+C17+C22',
      numberFormat: '@',
    };
    const applied = decideApply(plan, [state]);
    // Out of the text format, or the figure would be stored as text.
    expect(applied.puts).toEqual([
      { sheet: '表2', address: 'C7', numberFormat: '#,##0.00', content: 5660.03 },
    ]);
    const after = { ...state, value: 5660.03, text: '5,660.03', formula: 5660.03, numberFormat: '#,##0.00' };
    // The text format comes back after the formula, or the formula would be stored as text.
    expect(decideRevert(applied.revert, [after]).puts).toEqual([
      { sheet: '表2', address: 'C7', numberFormat: 'General', content: '=C8+C17+C22', finalFormat: '@' },
    ]);
  });

  it('gives a text cell the column’s format, so the figure written is a number, not text', () => {
    const state: CellState = {
      sheet: '表2',
      address: 'C7',
      value: '5,660.05',
      text: '5,660.05',
      formula: '5,660.05',
      numberFormat: '@',
    };
    const applied = decideApply(plan, [state]);
    expect(applied.puts).toEqual([
      { sheet: '表2', address: 'C7', numberFormat: '#,##0.00', content: 5660.03 },
    ]);
    expect(applied.revert.cells[0].before).toEqual({ content: '5,660.05', numberFormat: '@', kind: 'text' });
  });

  it('restores text as text: through the text format, then the cell’s own', () => {
    const state: CellState = {
      sheet: '表2',
      address: 'C7',
      value: '-5,660.05',
      text: '-5,660.05',
      formula: '-5,660.05',
      numberFormat: 'General',
    };
    const applied = decideApply({ ...plan, changes: [{ ...plan.changes[0], current: '-5,660.05' }] }, [
      state,
    ]);
    const after = { ...state, value: 5660.03, text: '5,660.03', formula: 5660.03, numberFormat: '#,##0.00' };
    expect(decideRevert(applied.revert, [after]).puts).toEqual([
      { sheet: '表2', address: 'C7', numberFormat: '@', content: '-5,660.05', finalFormat: 'General' },
    ]);
  });

  it('tells text from a formula or a figure in records saved before the kind was kept', () => {
    const record = (content: string | number) => ({
      mode: 'values' as const,
      cells: [{ sheet: '表2', address: 'C7', before: { content, numberFormat: 'General' }, after: 5660.03 }],
    });
    const now: CellState = {
      sheet: '表2',
      address: 'C7',
      value: 5660.03,
      text: '5660.03',
      formula: 5660.03,
      numberFormat: 'General',
    };
    expect(decideRevert(record('1,234.00'), [now]).puts[0]).toMatchObject({
      numberFormat: '@',
      content: '1,234.00',
    });
    expect(decideRevert(record('=C8'), [now]).puts[0]).toEqual({
      sheet: '表2',
      address: 'C7',
      numberFormat: 'General',
      content: '=C8',
    });
    expect(decideRevert(record(12), [now]).puts[0]).toEqual({
      sheet: '表2',
      address: 'C7',
      numberFormat: 'General',
      content: 12,
    });
  });

  it('gives a General cell the column’s number format', () => {
    const state: CellState = {
      sheet: '表2',
      address: 'C7',
      value: 5660.05,
      text: '5660.05',
      formula: 5660.05,
      numberFormat: 'General',
    };
    expect(decideApply(plan, [state]).puts[0].numberFormat).toBe('#,##0.00');
  });
});

describe('in Excel', () => {
  it('stops before writing anything when a target sheet is protected', async () => {
    const { plan } = await preview('values');
    const workbook = detailOnlyWorkbook();
    workbook.sheets.find((s) => s.name === '表4')!.protected = true;
    const context = new FakeContext(workbook);
    expect(await applyFill(context.asExcel, plan)).toEqual({ kind: 'protected', sheets: ['表4'] });
    expect(context.stats.writes).toEqual([]);
    expect(context.stats.syncs).toBe(1);
  });
});

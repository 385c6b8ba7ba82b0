/**
 * The test's own statement of what must agree in each family (docs/rules.md for the seed's 13 tables,
 * FAMILIES.md for Shanghai's 9), as instances over the department model's cells. Written independently of
 * the engine's catalog, it checks the generator (every instance holds), and it says when a changed cell
 * cannot be told from another (ambiguity, below).
 */
import Decimal from 'decimal.js';
import {
  cellKey,
  type CellId,
  type ColumnRole,
  type Department,
  type DeptRow,
  type DeptTable,
  type Side,
  type TableKey,
} from './model';
import { specOf } from './families';

export interface Instance {
  /** Unique within a department, e.g. `T2.rollup 201 total`. */
  readonly id: string;
  readonly kind: 'sum' | 'equal' | 'at-most';
  readonly soft: boolean;
  /** sum: total = Σ parts; equal: all of cells the same; at-most: Σ lesser ≤ Σ greater. */
  readonly total?: CellId;
  readonly parts?: readonly CellId[];
  readonly cells?: readonly CellId[];
  readonly lesser?: readonly CellId[];
  readonly greater?: readonly CellId[];
}

export function instanceCells(i: Instance): CellId[] {
  return [
    ...(i.total ? [i.total] : []),
    ...(i.parts ?? []),
    ...(i.cells ?? []),
    ...(i.lesser ?? []),
    ...(i.greater ?? []),
  ];
}

const ZERO = new Decimal(0);

class Builder {
  readonly instances: Instance[] = [];
  constructor(readonly dept: Department) {}

  table(key: TableKey): DeptTable | undefined {
    return this.dept.tables.find((t) => t.key === key);
  }

  rows(key: TableKey, side?: Side): DeptRow[] {
    return (this.table(key)?.rows ?? []).filter((r) => r.side === side);
  }

  /** The cell of a row by key, or undefined when the table has no such row. */
  cell(table: TableKey, row: string, col: ColumnRole, side?: Side): CellId | undefined {
    const hit = this.rows(table, side).find((r) => r.key === row);
    return hit ? { table, side, row, col } : undefined;
  }

  add(i: Instance): void {
    if (instanceCells(i).length > 0) this.instances.push(i);
  }

  /** Every row: total column = Σ part columns. */
  rowSum(table: TableKey, total: ColumnRole, parts: ColumnRole[], side?: Side): void {
    for (const r of this.rows(table, side)) {
      this.add({
        id: `${table}.row ${side ?? ''}${r.key}`,
        kind: 'sum',
        soft: false,
        total: { table, side, row: r.key, col: total },
        parts: parts.map((col) => ({ table, side, row: r.key, col })),
      });
    }
  }

  /** Every row with children: its figure = Σ its children's, in each column. */
  tree(table: TableKey, cols: ColumnRole[], side?: Side): void {
    const rows = this.rows(table, side);
    for (const parent of rows) {
      const children = rows.filter((r) => r.parent === parent.key);
      if (children.length === 0) continue;
      for (const col of cols) {
        this.add({
          id: `${table}.tree ${side ?? ''}${parent.key} ${col}`,
          kind: 'sum',
          soft: false,
          total: { table, side, row: parent.key, col },
          parts: children.map((c) => ({ table, side, row: c.key, col })),
        });
      }
    }
  }

  equal(id: string, cells: (CellId | undefined)[]): void {
    const present = cells.filter((c): c is CellId => !!c);
    if (present.length > 1) this.add({ id, kind: 'equal', soft: false, cells: present });
  }

  sum(id: string, total: CellId | undefined, parts: (CellId | undefined)[]): void {
    if (!total) return;
    this.add({ id, kind: 'sum', soft: false, total, parts: parts.filter((c): c is CellId => !!c) });
  }

  atMost(id: string, lesser: (CellId | undefined)[], greater: (CellId | undefined)[], soft: boolean): void {
    const l = lesser.filter((c): c is CellId => !!c);
    const g = greater.filter((c): c is CellId => !!c);
    if (l.length > 0 && g.length > 0) this.add({ id, kind: 'at-most', soft, lesser: l, greater: g });
  }

  /** The coded rows of a table: by code, or (T1/T4) by the 类 their name stands for. */
  codes(table: TableKey, level: 'class' | 'all', side?: Side): Map<string, string> {
    const out = new Map<string, string>();
    for (const r of this.rows(table, side)) {
      const code = r.code ?? r.classCode;
      if (!code) continue;
      if (level === 'class' && code.length !== 3) continue;
      out.set(code, r.key);
    }
    return out;
  }

  /** For every code in any of the tables: total column = Σ part columns of the rows with that code. */
  perCode(
    id: string,
    level: 'class' | 'all',
    total: { table: TableKey; col: ColumnRole; side?: Side },
    parts: { table: TableKey; col: ColumnRole; side?: Side }[],
  ): void {
    const maps = [total, ...parts].map((p) => this.codes(p.table, level, p.side));
    const all = new Set(maps.flatMap((m) => [...m.keys()]));
    for (const code of [...all].sort()) {
      const at = (
        p: { table: TableKey; col: ColumnRole; side?: Side },
        m: Map<string, string>,
      ): CellId | undefined => {
        const row = m.get(code);
        return row === undefined ? undefined : { table: p.table, side: p.side, row, col: p.col };
      };
      const t = at(total, maps[0]);
      const ps = parts.map((p, i) => at(p, maps[i + 1])).filter((c): c is CellId => !!c);
      if (!t && ps.length === 0) continue;
      this.add({
        id: `${id} ${code}`,
        kind: 'sum',
        soft: false,
        // A code the total's table lacks is a blank total there: Σ parts must be zero.
        total: t ?? { table: total.table, side: total.side, row: `(${code})`, col: total.col },
        parts: ps,
      });
    }
  }

  value(c: CellId): Decimal {
    const row = this.rows(c.table, c.side).find((r) => r.key === c.row);
    return row?.values[c.col] ?? ZERO;
  }
}

const FUNDS3: ColumnRole[] = ['generalBudget', 'governmentFund', 'stateCapital'];

function seedInstances(b: Builder): void {
  const c = b.cell.bind(b);
  b.rowSum('T1', 'total', ['current', 'carryOver'], 'expense');
  b.tree('T1', ['amount'], 'income');
  b.tree('T1', ['total', 'current', 'carryOver'], 'expense');
  b.equal('T1.balance', [
    c('T1', 'grandTotal', 'amount', 'income'),
    c('T1', 'grandTotal', 'total', 'expense'),
  ]);
  b.rowSum('T2', 'total', [...FUNDS3, 'specialAccount', 'unitFunds']);
  b.tree('T2', ['total', ...FUNDS3, 'specialAccount', 'unitFunds', 'carryOver']);
  for (const t of ['T3', 'T5', 'T8'] as const) {
    b.rowSum(t, 'total', ['basic', 'project']);
    b.tree(t, ['total', 'basic', 'project']);
  }
  b.rowSum('T4', 'subtotal', FUNDS3, 'expense');
  b.tree('T4', ['amount'], 'income');
  b.tree('T4', ['subtotal', ...FUNDS3], 'expense');
  b.equal('T4.balance', [
    c('T4', 'grandTotal', 'amount', 'income'),
    c('T4', 'grandTotal', 'subtotal', 'expense'),
  ]);
  b.rowSum('T6', 'total', ['personnel', 'operating']);
  b.tree('T6', ['total', 'personnel', 'operating']);
  b.tree('T7', ['total']);
  b.tree('T9', ['total'], 'income');
  b.rowSum('T9', 'total', ['basic', 'project'], 'expense');
  b.tree('T9', ['total', 'basic', 'project'], 'expense');
  for (const t of ['T10', 'T11'] as const) {
    b.rowSum(t, 'total', FUNDS3);
    b.tree(t, ['total', ...FUNDS3]);
  }
  b.rowSum('T12', 'total', [...FUNDS3, 'specialAccount', 'unitFunds']);
  b.tree('T12', ['total', ...FUNDS3, 'specialAccount', 'unitFunds']);
  b.rowSum('T13', 'total', FUNDS3);
  b.tree('T13', ['total', ...FUNDS3]);

  const income = (line: string) => [c('T1', line, 'amount', 'income'), c('T4', line, 'amount', 'income')];
  b.equal('X.general-budget', [
    c('T2', 'total', 'generalBudget'),
    ...income('generalBudget'),
    c('T5', 'total', 'total'),
  ]);
  b.equal('X.government-fund', [
    c('T2', 'total', 'governmentFund'),
    ...income('governmentFund'),
    c('T7', 'total', 'total'),
  ]);
  b.equal('X.state-capital', [
    c('T2', 'total', 'stateCapital'),
    ...income('stateCapital'),
    c('T9', 'total', 'total', 'income'),
  ]);
  b.equal('X.special-account', [
    c('T2', 'total', 'specialAccount'),
    c('T1', 'specialAccount', 'amount', 'income'),
  ]);
  b.equal('X.unit-funds', [c('T2', 'total', 'unitFunds'), c('T1', 'unitFunds', 'amount', 'income')]);
  b.equal('X.carry-over', [c('T2', 'total', 'carryOver'), c('T1', 'carryOver', 'amount', 'income')]);
  b.atMost(
    'X.fiscal-carry-over',
    [c('T4', 'carryOver', 'amount', 'income')],
    [c('T1', 'carryOver', 'amount', 'income')],
    false,
  );
  b.atMost(
    'X.project-carry-over',
    [c('T13', 'dept', 'total')],
    [c('T1', 'carryOver', 'amount', 'income')],
    false,
  );
  b.sum('X.government-fund-expense', c('T8', 'total', 'total'), [
    c('T7', 'total', 'total'),
    c('T4', 'carryOver.governmentFund', 'amount', 'income'),
  ]);
  b.perCode('X.class-total', 'class', { table: 'T1', side: 'expense', col: 'total' }, [
    { table: 'T3', col: 'total' },
  ]);
  b.perCode('X.class-current', 'class', { table: 'T1', side: 'expense', col: 'current' }, [
    { table: 'T2', col: 'total' },
  ]);
  b.perCode('X.class-carry-over', 'class', { table: 'T1', side: 'expense', col: 'carryOver' }, [
    { table: 'T2', col: 'carryOver' },
  ]);
  b.equal('X.expense-grand-total', [c('T3', 'total', 'total'), c('T1', 'grandTotal', 'total', 'expense')]);
  b.perCode('X.code-income-expense', 'all', { table: 'T3', col: 'total' }, [
    { table: 'T2', col: 'total' },
    { table: 'T2', col: 'carryOver' },
  ]);
  b.perCode('X.code-general-budget', 'all', { table: 'T5', col: 'total' }, [
    { table: 'T2', col: 'generalBudget' },
  ]);
  const t2carry = c('T2', 'total', 'carryOver');
  const t4carry = c('T4', 'carryOver', 'amount', 'income');
  if (t2carry && t4carry && b.value(t2carry).eq(b.value(t4carry))) {
    b.perCode('X.class-appropriation', 'class', { table: 'T4', side: 'expense', col: 'generalBudget' }, [
      { table: 'T5', col: 'total' },
      { table: 'T2', col: 'carryOver' },
    ]);
  }
  b.equal('X.basic-expense', [c('T6', 'total', 'total'), c('T5', 'total', 'basic')]);
  b.equal('X.project-expense-general', [c('T12', 'dept', 'generalBudget'), c('T5', 'total', 'project')]);
  b.sum('X.project-expense', c('T3', 'total', 'project'), [
    c('T12', 'dept', 'total'),
    c('T13', 'dept', 'total'),
  ]);

  const named = (label: string) =>
    b
      .rows('T6')
      .filter((r) => r.label === label)
      .map((r) => c('T6', r.key, 'total'));
  b.atMost('S.hospitality', named('公务接待费'), [c('T10', 'hospitality', 'total')], true);
  b.atMost('S.vehicle-operation', named('公务用车运行维护费'), [c('T10', 'vehicleOperation', 'total')], true);
  b.atMost('S.agency-operating', [c('T11', 'total', 'total')], [c('T6', 'total', 'operating')], true);
}

function shanghaiInstances(b: Builder): void {
  const c = b.cell.bind(b);
  b.tree('S1', ['amount'], 'income');
  b.tree('S1', ['total'], 'expense');
  b.equal('S1.balance', [
    c('S1', 'grandTotal', 'amount', 'income'),
    c('S1', 'grandTotal', 'total', 'expense'),
  ]);
  b.rowSum('S2', 'total', ['fiscal', 'business', 'businessOperation', 'other']);
  b.tree('S2', ['total', 'fiscal', 'business', 'businessOperation', 'other']);
  for (const t of ['S3', 'S5', 'S6', 'S7'] as const) {
    b.rowSum(t, 'total', ['basic', 'project']);
    b.tree(t, ['total', 'basic', 'project']);
  }
  b.tree('S4', ['amount'], 'income');
  b.rowSum('S4', 'total', FUNDS3, 'expense');
  b.tree('S4', ['total', ...FUNDS3], 'expense');
  b.equal('S4.balance', [
    c('S4', 'grandTotal', 'amount', 'income'),
    c('S4', 'grandTotal', 'total', 'expense'),
  ]);
  b.rowSum('S8', 'total', ['personnel', 'operating']);
  b.tree('S8', ['total', 'personnel', 'operating']);
  b.sum('S9.total', c('S9', 'row', 'total'), [
    c('S9', 'row', 'abroad'),
    c('S9', 'row', 'hospitality'),
    c('S9', 'row', 'vehicles'),
  ]);
  b.sum('S9.vehicles', c('S9', 'row', 'vehicles'), [
    c('S9', 'row', 'vehiclePurchase'),
    c('S9', 'row', 'vehicleOperation'),
  ]);

  b.equal('X.income-total', [c('S2', 'total', 'total'), c('S1', 'grandTotal', 'amount', 'income')]);
  for (const col of ['fiscal', 'business', 'businessOperation', 'other'] as const) {
    b.equal(`X.income-${col}`, [c('S2', 'total', col), c('S1', col, 'amount', 'income')]);
  }
  b.equal('X.expense-total', [c('S3', 'total', 'total'), c('S1', 'grandTotal', 'total', 'expense')]);
  b.perCode('X.class-total', 'class', { table: 'S1', side: 'expense', col: 'total' }, [
    { table: 'S3', col: 'total' },
  ]);
  b.perCode('X.code-income-expense', 'all', { table: 'S3', col: 'total' }, [{ table: 'S2', col: 'total' }]);
  b.equal('X.fiscal-total', [
    c('S4', 'grandTotal', 'amount', 'income'),
    c('S1', 'fiscal', 'amount', 'income'),
  ]);
  const funds = [
    ['generalBudget', 'S5'],
    ['governmentFund', 'S6'],
    ['stateCapital', 'S7'],
  ] as const;
  for (const [fund, table] of funds) {
    b.equal(`X.${fund}`, [
      c('S4', fund, 'amount', 'income'),
      c('S1', fund, 'amount', 'income'),
      c(table, 'total', 'total'),
    ]);
    b.perCode(`X.class-${fund}`, 'class', { table: 'S4', side: 'expense', col: fund }, [
      { table, col: 'total' },
    ]);
  }
  b.equal('X.basic-expense', [c('S5', 'total', 'basic'), c('S8', 'total', 'total')]);
  const coded = (code: string) =>
    b
      .rows('S8')
      .filter((r) => r.code === code)
      .map((r) => c('S8', r.key, 'total'));
  b.atMost('S.hospitality', coded('30217'), [c('S9', 'row', 'hospitality')], true);
  b.atMost('S.vehicle-operation', coded('30231'), [c('S9', 'row', 'vehicleOperation')], true);
  b.atMost('S.agency-operating', [c('S9', 'row', 'agencyOperating')], [c('S8', 'total', 'operating')], true);
}

export function instancesOf(dept: Department): Instance[] {
  const b = new Builder(dept);
  if (dept.family === 'seed13') seedInstances(b);
  else shanghaiInstances(b);
  // A placeholder cell (`(code)`) stands for a row a table lacks; it is no cell of the workbook.
  return b.instances;
}

/** Every cell of the model: each row of each table in each of its side's columns. */
export function modelCells(dept: Department): CellId[] {
  const out: CellId[] = [];
  for (const t of dept.tables) {
    const spec = specOf(t.key);
    for (const r of t.rows) {
      const side = spec.sides.find((s) => s.side === r.side);
      if (!side) throw new Error(`${t.key}: row ${r.key} on a side the table lacks`);
      for (const col of side.columns) out.push({ table: t.key, side: r.side, row: r.key, col: col.role });
    }
  }
  return out;
}

export interface Violation {
  readonly instance: Instance;
  readonly difference: Decimal;
  readonly tolerance: Decimal;
}

/**
 * The instances that do not hold, given each cell's shown value and the half-width of its rounding interval
 * (both in 元): a sum or equality may be off by the sum of its terms' half-widths, no more.
 */
export function violations(
  instances: readonly Instance[],
  shown: (c: CellId) => Decimal,
  half: (c: CellId) => Decimal,
): Violation[] {
  const out: Violation[] = [];
  const total = (cells: readonly CellId[]) => cells.reduce((s, c) => s.plus(shown(c)), ZERO);
  const slack = (cells: readonly CellId[]) => cells.reduce((s, c) => s.plus(half(c)), ZERO);
  for (const i of instances) {
    if (i.kind === 'sum') {
      const diff = shown(i.total!).minus(total(i.parts!));
      const tol = slack([i.total!, ...i.parts!]);
      if (diff.abs().gt(tol)) out.push({ instance: i, difference: diff, tolerance: tol });
    } else if (i.kind === 'equal') {
      const cells = i.cells!;
      for (const other of cells.slice(1)) {
        const diff = shown(other).minus(shown(cells[0]));
        const tol = half(other).plus(half(cells[0]));
        if (diff.abs().gt(tol)) out.push({ instance: i, difference: diff, tolerance: tol });
      }
    } else {
      const diff = total(i.lesser!).minus(total(i.greater!));
      const tol = slack([...i.lesser!, ...i.greater!]);
      if (diff.gt(tol)) out.push({ instance: i, difference: diff, tolerance: tol });
    }
  }
  return out;
}

/**
 * Ambiguity. A changed cell can be named for sure only if no other cell would break exactly the same
 * relations when changed: two cells that sit in exactly the same set of relation instances (the two parts of
 * a two-part row, a total and its only non-empty part's twin) cannot be told apart by any checker. Such a
 * cell is `ambiguous`: its change must still be an error naming it, but it need not rank first.
 */
export function signatures(instances: readonly Instance[]): Map<string, string> {
  const sig = new Map<string, string[]>();
  for (const i of instances) {
    for (const c of instanceCells(i)) {
      const key = cellKey(c);
      const list = sig.get(key) ?? [];
      if (!list.includes(i.id)) list.push(i.id);
      sig.set(key, list);
    }
  }
  return new Map([...sig].map(([k, ids]) => [k, ids.sort().join('\n')]));
}

export function ambiguousCells(instances: readonly Instance[]): Set<string> {
  const sig = signatures(instances);
  const count = new Map<string, number>();
  for (const s of sig.values()) count.set(s, (count.get(s) ?? 0) + 1);
  return new Set([...sig].filter(([, s]) => count.get(s)! > 1).map(([k]) => k));
}

/** Cells in at least one 强制性 instance: changing one of them must be an error. */
export function hardCells(instances: readonly Instance[]): Set<string> {
  return new Set(instances.filter((i) => !i.soft).flatMap((i) => instanceCells(i).map(cellKey)));
}

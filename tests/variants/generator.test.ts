/**
 * The generator and renderer judged on their own, without the engine: every relation of the family holds
 * (exactly on a generated department's own figures, within rounding on what each layout shows), every model
 * cell lands on its own workbook cell showing its figure, and the generated departments owe nothing to
 * the seed. If these fail, the variant tests below them prove nothing.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import type { CellSnapshot } from '../../src/engine';
import { propertyOptions } from '../properties/settings';
import { generateDepartment, withSectionSlip } from './generate';
import { cellKey, tableOf, type CellId, type Department } from './model';
import { instancesOf, modelCells, violations } from './relations';
import { displayOf, render, shownAt, shownYuan, type Rendered } from './render';
import { seedDepartment } from './seed-department';
import { NATIVE, describeVariation, singleVariations, variationArbitrary } from './variation';

const SEEDS = [20_260_101, 7, 42, 1_234_567];

/** What one of our own amount cells says: a number, or text with separators or full-width digits; dashes are zero. */
function figureIn(cell: CellSnapshot | undefined): Decimal {
  if (!cell || cell.value === null) return new Decimal(0);
  if (typeof cell.value === 'number') return new Decimal(cell.value);
  const text = String(cell.value)
    .replace(/[\uff10-\uff19\uff0e\uff0c\uff0d]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/,/g, '');
  return /^-?\d+(\.\d+)?$/.test(text) ? new Decimal(text) : new Decimal(0);
}

function valueOf(dept: Department, c: CellId): Decimal | undefined {
  return tableOf(dept, c.table).rows.find((r) => r.key === c.row && r.side === c.side)?.values[c.col];
}

/** Each department's instances and figures by cell, computed once. */
const cache = new Map<
  Department,
  { instances: ReturnType<typeof instancesOf>; values: Map<string, Decimal | undefined> }
>();
function indexed(dept: Department) {
  let hit = cache.get(dept);
  if (!hit) {
    const values = new Map<string, Decimal | undefined>();
    for (const t of dept.tables)
      for (const r of t.rows)
        for (const [col, v] of Object.entries(r.values))
          values.set(cellKey({ table: t.key, side: r.side, row: r.key, col: col as CellId['col'] }), v);
    hit = { instances: instancesOf(dept), values };
    cache.set(dept, hit);
  }
  return hit;
}

function shownViolations(r: Rendered): string[] {
  const { instances, values } = indexed(r.dept);
  const at = (c: CellId) => shownYuan(values.get(cellKey(c)), displayOf(r, c.table));
  return violations(
    instances,
    (c) => at(c).value,
    (c) => at(c).half,
  ).map((v) => `${v.instance.id}: off by ${v.difference.toString()} (allowed ${v.tolerance.toString()})`);
}

describe.each(SEEDS)('generated departments (seed %d)', (seed) => {
  it.each(['seed13', 'shanghai9'] as const)(
    '%s: every relation holds exactly on its own figures',
    (family) => {
      const dept = generateDepartment(family, seed);
      const exact = violations(
        instancesOf(dept),
        (c) => valueOf(dept, c) ?? new Decimal(0),
        () => new Decimal(0),
      );
      expect(exact.map((v) => `${v.instance.id} ${v.difference.toString()}`)).toEqual([]);
      expect(instancesOf(dept).length).toBeGreaterThan(100);
    },
  );
});

describe('what each layout shows', () => {
  const depts = [seedDepartment(), generateDepartment('seed13'), generateDepartment('shanghai9')];

  it.each(depts.map((d) => [d.source, d] as const))(
    '%s: every relation holds within rounding, whatever the layout',
    (_n, dept) => {
      const bad: string[] = [];
      // What a layout shows depends only on each table's unit (the money variations); the rest only moves cells.
      const plans = new Set<string>();
      for (const { name, variation } of singleVariations(dept.precision === 'exact')) {
        if (name !== 'native' && !name.startsWith('money')) continue;
        const r = render(dept, variation);
        plans.add(r.tables.map((t) => t.display).join());
        const problems = shownViolations(r);
        if (problems.length) bad.push(`${name}: ${problems.slice(0, 3).join('; ')}`);
      }
      expect(plans.size).toBeGreaterThan(2);
      expect(bad).toEqual([]);
    },
  );

  it.each(depts.map((d) => [d.source, d] as const))(
    '%s: every model cell has a cell of its own, showing its figure',
    (_n, dept) => {
      fc.assert(
        fc.property(variationArbitrary(dept.precision === 'exact'), (variation) => {
          const r = render(dept, variation);
          const seen = new Map<string, string>();
          for (const c of modelCells(dept)) {
            const at = r.cells.get(cellKey(c));
            if (!at) throw new Error(`${describeVariation(r.variation)}: ${cellKey(c)} not placed`);
            const where = `${at.sheet}!${at.address}`;
            if (seen.has(where)) throw new Error(`${where} holds both ${seen.get(where)} and ${cellKey(c)}`);
            seen.set(where, cellKey(c));
            const cell = r.workbook.sheets.find((s) => s.name === at.sheet)!.rows[at.row]?.[at.col];
            const shown = shownAt(r, c);
            const got = figureIn(cell);
            if (!got.eq(shown))
              throw new Error(
                `${describeVariation(r.variation)} ${where}: shows ${got.toString()}, expected ${shown.toString()}`,
              );
          }
        }),
        propertyOptions(15),
      );
    },
  );

  it('the native seed layout is the seed as published (same figures where samples/seed-2026.xlsx has them)', () => {
    const r = render(seedDepartment(), NATIVE);
    expect(r.workbook.sheets.map((s) => s.name)).toEqual(Array.from({ length: 13 }, (_, i) => `表${i + 1}`));
    const t1 = r.workbook.sheets[0];
    // 表1 B7 is 一、一般公共预算 4542.59, as in the sample (planted-errors.json names that cell).
    expect(t1.rows[6]?.[1]?.value).toBe(4542.59);
  });
});

describe('independence from the seed', () => {
  it.each(SEEDS)('seed %d: no generated name is one of the seed’s', (seed) => {
    const seedNames = new Set(seedDepartment().tables.flatMap((t) => t.rows.map((r) => r.label)));
    for (const family of ['seed13', 'shanghai9'] as const) {
      const dept = generateDepartment(family, seed);
      expect(seedNames.has(dept.name)).toBe(false);
      const names = dept.tables
        .filter((t) => ['T11', 'T12', 'T13'].includes(t.key))
        .flatMap((t) => t.rows.filter((r) => r.role !== 'total').map((r) => r.label));
      expect(names.filter((n) => seedNames.has(n))).toEqual([]);
    }
  });
});

describe('the 1 元 slip', () => {
  it('breaks exactly the relations of the slipped 款 and nothing is within tolerance', () => {
    const { dept, table, row } = withSectionSlip(generateDepartment('shanghai9'));
    const broken = violations(
      instancesOf(dept),
      (c) => valueOf(dept, c) ?? new Decimal(0),
      () => new Decimal(0),
    );
    expect(broken.length).toBeGreaterThan(0);
    expect(broken.every((v) => v.difference.abs().eq(1))).toBe(true);
    expect(
      broken.every((v) =>
        [v.instance.total, ...(v.instance.parts ?? [])].some((c) => c?.table === table && c.row === row),
      ),
    ).toBe(true);
  });
});

/**
 * The hard (强制性) relations judged on the figures a fill would leave, as evaluate.ts judges them on a
 * workbook: a sum holds when the residual is inside the rounding envelope, an equality chain when every
 * member agrees with the one that agrees with most, an at-most when even the least favourable rounding
 * keeps it. Lets the fill find, before writing anything, the relations its figures would break.
 */
import Decimal from 'decimal.js';
import type { Relation } from '../catalog/types';
import { tablesOf } from '../catalog/types';
import { expand, type Instance, type Tables, type Term } from '../instances';
import { splitCondition } from './condition';

/** A hard relation's instance, judged on the figures a fill would leave. */
export type Check = Instance;

export interface Figures {
  valueOf(term: Term): Decimal;
  halfOf(term: Term): Decimal;
}

/** The instances of the hard relations whose tables are all present. `onlyIf` is judged later, on `Figures`. */
export function hardChecks(
  relations: readonly Relation[],
  tables: Tables,
): { check: Check; onlyIf?: readonly [Term, Term] }[] {
  const out: { check: Check; onlyIf?: readonly [Term, Term] }[] = [];
  for (const relation of relations) {
    const shape = relation.shape;
    if (relation.severity !== 'error' || shape.kind === 'same-year' || shape.kind === 'same-names') continue;
    if (tablesOf(shape).some((id) => !tables.has(id))) continue;
    const split = splitCondition(relation, tables);
    if (!split) continue;
    const { unconditional, onlyIf } = split;
    for (const inst of expand(unconditional, tables).instances)
      out.push({ check: inst, ...(onlyIf ? { onlyIf } : {}) });
  }
  return out;
}

const sum = (terms: readonly Term[], of: (t: Term) => Decimal) =>
  terms.reduce((s, t) => s.plus(of(t)), new Decimal(0));

function consistent(a: Term, b: Term, f: Figures): boolean {
  return f
    .valueOf(a)
    .minus(f.valueOf(b))
    .abs()
    .lte(f.halfOf(a).plus(f.halfOf(b)));
}

export function applies(onlyIf: readonly [Term, Term] | undefined, f: Figures): boolean {
  return !onlyIf || consistent(onlyIf[0], onlyIf[1], f);
}

/**
 * How far the figures are from satisfying a check beyond what rounding explains, in 万元: zero or less when
 * it holds. An equality chain measures each member against the one most members agree with.
 */
export function excess(check: Check, f: Figures): Decimal {
  switch (check.kind) {
    case 'sum': {
      const residual = f.valueOf(check.target).minus(sum(check.parts, f.valueOf));
      return residual.abs().minus(f.halfOf(check.target).plus(sum(check.parts, f.halfOf)));
    }
    case 'equal': {
      const m = check.members;
      const agreeing = m.map((a) => m.filter((b) => consistent(a, b, f)).length);
      const ref = m[agreeing.indexOf(Math.max(...agreeing))];
      return m.reduce((worst, t) => {
        const over = f
          .valueOf(t)
          .minus(f.valueOf(ref))
          .abs()
          .minus(f.halfOf(t).plus(f.halfOf(ref)));
        return Decimal.max(worst, over);
      }, new Decimal(0));
    }
    case 'at-most': {
      const residual = sum(check.lesser, f.valueOf).minus(sum(check.greater, f.valueOf));
      return residual.minus(sum([...check.lesser, ...check.greater], f.halfOf));
    }
  }
}

export function holds(check: Check, f: Figures): boolean {
  return excess(check, f).lte(0);
}

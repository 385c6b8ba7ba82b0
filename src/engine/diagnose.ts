/**
 * Which cells are most likely wrong. For each cell of a broken relation, try the single correction that would
 * mend one of its broken relations, and measure how much that one change mends everything the cell takes part
 * in (and how much it would break). The cell whose one change explains the most ranks first: a cell in every
 * broken relation, or the odd one out of an equality chain.
 */
import Decimal from 'decimal.js';
import type { Outcome } from './evaluate';
import type { Figure } from './model';
import type { Suspect } from './report';
import { address } from './snapshot';
import { pushTo } from './group';

interface Linear {
  readonly terms: readonly { readonly key: string; readonly figure: Figure; readonly coef: number }[];
  readonly residual: Decimal;
  readonly tolerance: Decimal;
  readonly atMost: boolean;
  /** Made on first use and kept, as every candidate cell of the linear asks the same: see the functions below. */
  coefs?: Map<string, { first: number; sum: number }>;
  isBroken?: boolean;
  badness?: number;
  deltas?: Map<number, Decimal>;
  after?: Map<Decimal, Map<number, number>>;
}

/** Residuals that rounding explains still count a little, so a change that leaves one at zero wins ties. */
const ROUNDING_WEIGHT = 0.1;
const ZERO = new Decimal(0);

function keyOf(f: Figure): string {
  return `${f.cell.sheet}\u0000${f.cell.row}\u0000${f.cell.col}`;
}

function linear(terms: { figure?: Figure; coef: number }[], atMost: boolean): Linear {
  const present = terms.filter((t): t is { figure: Figure; coef: number } => !!t.figure);
  let residual = ZERO;
  let tolerance = ZERO;
  for (const t of present) {
    residual = t.coef > 0 ? residual.plus(t.figure.value) : residual.minus(t.figure.value);
    tolerance = tolerance.plus(t.figure.half);
  }
  return { terms: present.map((t) => ({ ...t, key: keyOf(t.figure) })), residual, tolerance, atMost };
}

/** Equality chains become pairwise equalities, so the odd member is the one in every broken pair. */
function linearsOf(o: Outcome): Linear[] {
  const inst = o.instance;
  switch (inst.kind) {
    case 'sum':
      return [
        linear(
          [
            { figure: inst.target.figure, coef: 1 },
            ...inst.parts.map((p) => ({ figure: p.figure, coef: -1 })),
          ],
          false,
        ),
      ];
    case 'at-most':
      return [
        linear(
          [
            ...inst.lesser.map((t) => ({ figure: t.figure, coef: 1 })),
            ...inst.greater.map((t) => ({ figure: t.figure, coef: -1 })),
          ],
          true,
        ),
      ];
    case 'equal': {
      const pairs: Linear[] = [];
      inst.members.forEach((a, i) =>
        inst.members.slice(i + 1).forEach((b) =>
          pairs.push(
            linear(
              [
                { figure: a.figure, coef: 1 },
                { figure: b.figure, coef: -1 },
              ],
              false,
            ),
          ),
        ),
      );
      return pairs;
    }
  }
}

function badness(l: Linear, residual: Decimal): number {
  const over = l.atMost ? residual : residual.abs();
  const excess = over.minus(l.tolerance);
  return (excess.gt(0) ? excess.toNumber() : 0) + ROUNDING_WEIGHT * Math.max(0, over.toNumber());
}

function broken(l: Linear): boolean {
  return l.atMost ? l.residual.gt(l.tolerance) : l.residual.abs().gt(l.tolerance);
}

function isBroken(l: Linear): boolean {
  return (l.isBroken ??= broken(l));
}

/** badness(l, l.residual): how bad the linear is as it stands. */
function badnessNow(l: Linear): number {
  return (l.badness ??= badness(l, l.residual));
}

/** The change to a term of coefficient `coef` that mends the linear. */
function deltaFor(l: Linear, coef: number): Decimal {
  l.deltas ??= new Map();
  let delta = l.deltas.get(coef);
  if (!delta) l.deltas.set(coef, (delta = l.residual.neg().div(coef)));
  return delta;
}

/**
 * badness(l, l.residual + delta × c): how bad the linear would be after a change of `delta` to a cell of
 * coefficient `c` in it. Every cell of a broken linear tries the same change (deltaFor keeps one per
 * coefficient), so the answer is kept per change.
 */
function badnessAfter(l: Linear, delta: Decimal, c: number): number {
  l.after ??= new Map();
  let byCoef = l.after.get(delta);
  if (!byCoef) l.after.set(delta, (byCoef = new Map()));
  let b = byCoef.get(c);
  if (b === undefined) byCoef.set(c, (b = badness(l, l.residual.plus(delta.times(c)))));
  return b;
}

/** Each cell's coefficient in its first term, and summed over its terms. */
function coefsOf(l: Linear): Map<string, { first: number; sum: number }> {
  if (l.coefs) return l.coefs;
  const coefs = new Map<string, { first: number; sum: number }>();
  for (const t of l.terms) {
    const c = coefs.get(t.key);
    if (c) c.sum += t.coef;
    else coefs.set(t.key, { first: t.coef, sum: t.coef });
  }
  return (l.coefs = coefs);
}

/**
 * An outcome that holds exactly has a zero residual in every linear of it (an exact equality chain has all
 * its members equal), so only the others can hold a broken one.
 */
function mayBreak(o: Outcome): boolean {
  return o.result.status !== 'exact';
}

/** A cheap number for a cell's place, sheet left out: cells at other places need no key made to be told apart. */
function spotOf(f: Figure): number {
  return f.cell.row * 65536 + f.cell.col;
}

/** Whether a cell of the outcome is among `cells`, whose places are `spots`. */
function touches(o: Outcome, cells: ReadonlyMap<string, Figure>, spots: ReadonlySet<number>): boolean {
  const has = (t: { readonly figure?: Figure }) =>
    !!t.figure && spots.has(spotOf(t.figure)) && cells.has(keyOf(t.figure));
  const inst = o.instance;
  switch (inst.kind) {
    case 'sum':
      return has(inst.target) || inst.parts.some(has);
    case 'at-most':
      return inst.lesser.some(has) || inst.greater.some(has);
    case 'equal':
      return inst.members.some(has);
  }
}

export function diagnose(outcomes: readonly Outcome[], limit = 10): Suspect[] {
  if (!outcomes.some((o) => o.result.status === 'broken')) return [];
  // Linears are made once per outcome, and only for outcomes that may break or share a cell with one that does.
  const linears = new Map<Outcome, Linear[]>();
  const linearsFor = (o: Outcome): Linear[] => {
    let ls = linears.get(o);
    if (!ls) linears.set(o, (ls = linearsOf(o)));
    return ls;
  };
  const brokenOnes: Linear[] = [];
  for (const o of outcomes)
    if (mayBreak(o)) for (const l of linearsFor(o)) if (isBroken(l)) brokenOnes.push(l);
  if (brokenOnes.length === 0) return [];
  const candidates = new Map<string, Figure>();
  for (const l of brokenOnes) for (const t of l.terms) candidates.set(t.key, t.figure);
  const spots = new Set<number>();
  for (const figure of candidates.values()) spots.add(spotOf(figure));
  // The linears each candidate takes part in, in outcome order, once per term of it (as the cell's terms).
  const byCell = new Map<string, Linear[]>();
  for (const o of outcomes) {
    if (!linears.has(o) && !touches(o, candidates, spots)) continue;
    for (const l of linearsFor(o)) {
      for (const t of l.terms) {
        if (!candidates.has(t.key)) continue;
        pushTo(byCell, t.key, l);
      }
    }
  }

  const scored: { figure: Figure; score: number; gain: number }[] = [];
  for (const [key, figure] of candidates) {
    const mine = byCell.get(key)!;
    const mineBroken = mine.filter(isBroken);
    let gain = -Infinity;
    for (const l of mineBroken) {
      const delta = deltaFor(l, coefsOf(l).get(key)!.first);
      let g = 0;
      for (const other of mine) {
        const c = coefsOf(other).get(key)!.sum;
        g += badnessNow(other) - badnessAfter(other, delta, c);
      }
      gain = Math.max(gain, g);
    }
    // The share of the trouble around this cell that one change to it would mend.
    const trouble = mineBroken.reduce((s, l) => s + badnessNow(l), 0);
    if (gain > 0) scored.push({ figure, score: Math.round(Math.min(1, gain / trouble) * 100) / 100, gain });
  }
  scored.sort((a, b) => b.score - a.score || b.gain - a.gain);
  return scored.slice(0, limit).map((s) => ({
    sheet: s.figure.cell.sheet,
    address: address(s.figure.cell.row, s.figure.cell.col),
    score: s.score,
  }));
}

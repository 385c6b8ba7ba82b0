/**
 * When the detail lines of two tables disagree by a few cents (the seed's T5 基本支出 items add up to
 * 2905.14, its T6 items to 2905.16), exact sums on both sides break the cross-table rule between them
 * although each table foots. Such a conflict is settled the way the published tables settle it: a derived
 * total moves by one unit of its last decimal (0.01), staying inside its own rounding envelope, so its own
 * rule shows a 尾差 (information) and no rule is broken. Moves are tried one at a time, each kept only if it
 * lowers the number of broken rules or, as many, brings them nearer to holding; where one move mends a
 * rule but breaks a neighbour, a second move there is tried with it. A move that in the end mended nothing
 * is taken back. Only open cells (those the
 * fill writes) move, never a detail cell or a figure the workbook shows, and at most three units. What
 * cannot be settled is returned as broken.
 *
 * A trial move recomputes only the cells downstream of the moved one and re-judges only the rules that
 * touch them, so a workbook with real (unsettleable) errors in its detail lines stays fast.
 */
import Decimal from 'decimal.js';
import type { TableId } from '../model';
import type { Candidate } from './candidates';
import { cellKey } from './choose';
import { compute, lastDigit, type Computation, type ComputeOptions } from './compute';
import { termsOf } from '../instances';
import { applies, excess, type Check } from './verify';

/**
 * Moves and trials grow with the rules broken at the start; each trial is cheap, but a workbook full of
 * errors should not try every cell of every broken rule without end.
 */
const BASE_MOVES = 20;
const MOVES_PER_BREAK = 4;
const MAX_MOVES = 2000;
const BASE_TRIALS = 400;
const TRIALS_PER_BREAK = 40;
const MAX_TRIALS = 20000;
/** A cell moves at most this many units of its last decimal off the sum of its parts. */
const MAX_STEPS = 3;
const ZERO = new Decimal(0);

export interface Reconciled {
  readonly computation: Computation;
  /** Moved cells by key, the move in 万元. */
  readonly offsets: ReadonlyMap<string, Decimal>;
  /** Hard rules the filled figures would still break (conflicting detail lines, not rounding). */
  readonly broken: readonly Check[];
}

type Guarded = { readonly check: Check; readonly onlyIf?: Candidate['onlyIf'] };

function keysOf(g: Guarded): string[] {
  const terms = [...termsOf(g.check), ...(g.onlyIf ?? [])];
  return terms.flatMap((t) => (t.figure ? [cellKey(t.figure.cell)] : []));
}

/** Each derived cell and every derived cell computed from it, directly or not. */
function downstreamOf(chosen: ReadonlyMap<string, Candidate>): (key: string) => Set<string> {
  const dependents = new Map<string, string[]>();
  for (const [key, c] of chosen) {
    for (const p of c.parts) {
      if (!p.figure) continue;
      const part = cellKey(p.figure.cell);
      if (!chosen.has(part)) continue;
      const list = dependents.get(part);
      if (list) list.push(key);
      else dependents.set(part, [key]);
    }
  }
  return (start) => {
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      for (const next of dependents.get(stack.pop()!) ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      }
    }
    return seen;
  };
}

/** `fixed` says which cells keep their figures and what open cells copy (see compute.ts); moves never touch a kept cell. */
export function reconcile(
  chosen: ReadonlyMap<string, Candidate>,
  showsFigures: (table: TableId) => boolean,
  checks: readonly Guarded[],
  fixed: Pick<ComputeOptions, 'kept' | 'anchors'> = {},
): Reconciled {
  const kept = fixed.kept ?? new Set<string>();
  const checksOf = new Map<string, Guarded[]>();
  for (const g of checks) {
    for (const k of keysOf(g)) {
      const list = checksOf.get(k);
      if (list) list.push(g);
      else checksOf.set(k, [g]);
    }
  }
  const downstream = downstreamOf(chosen);

  const run = (o: ReadonlyMap<string, Decimal>, reuse?: ComputeOptions['reuse']) =>
    compute(chosen, showsFigures, { ...fixed, offsets: o, ...(reuse ? { reuse } : {}) });
  const first = scored(run(new Map()), checks, new Map());
  const moves = Math.min(MAX_MOVES, BASE_MOVES + MOVES_PER_BREAK * first.broken.size);
  const trialsAllowed = Math.min(MAX_TRIALS, BASE_TRIALS + TRIALS_PER_BREAK * first.broken.size);
  let trials = 0;

  type State = Scored & { readonly offsets: ReadonlyMap<string, Decimal> };
  let state: State = { ...first, offsets: new Map() };
  const initial = state;

  /** `from` after moving `key` by `delta`: only what the move touches is recomputed and re-judged. */
  const tryMove = (from: State, key: string, delta: Decimal): State => {
    const moved = downstream(key);
    const reuse = new Map(from.computation.values);
    for (const k of moved) reuse.delete(k);
    const trial = new Map(from.offsets);
    const offset = (trial.get(key) ?? ZERO).plus(delta);
    if (offset.isZero()) trial.delete(key);
    else trial.set(key, offset);
    const touched = new Set([...moved].flatMap((k) => checksOf.get(k) ?? []));
    return { offsets: trial, ...scored(run(trial, reuse), touched, from.excess) };
  };
  // A cell whose parts hold no money at all (exact zeros) shows none: it never moves off zero.
  const noMoney = (k: string) => {
    const c = first.computation.values.get(k)!;
    return c.sum.isZero() && c.partsHalf.isZero();
  };
  const movable = (g: Guarded) =>
    new Set(keysOf(g).filter((k) => chosen.has(k) && !kept.has(k) && !noMoney(k)));
  /** The moves of one unit of `key` either way that stay within MAX_STEPS of the sum of its parts. */
  const stepsOf = (from: State, key: string) => {
    const step = lastDigit(from.computation.values.get(key)!);
    return [step, step.negated()].filter((d) =>
      (from.offsets.get(key) ?? ZERO).plus(d).abs().lte(step.times(MAX_STEPS)),
    );
  };

  for (let move = 0; move < moves && state.broken.size > 0 && trials < trialsAllowed; move++) {
    let best: State | undefined;
    for (const g of state.broken) {
      for (const key of movable(g)) {
        for (const delta of stepsOf(state, key)) {
          if (++trials > trialsAllowed) break;
          const next = tryMove(state, key, delta);
          if (better(next, best ?? state)) {
            best = next;
            continue;
          }
          // A move that mends this rule but breaks a neighbour may need a second move there (a class total
          // and the grand total above it move together).
          for (const g2 of [...next.broken].filter((b) => !state.broken.has(b))) {
            for (const key2 of movable(g2)) {
              if (key2 === key) continue;
              for (const delta2 of stepsOf(next, key2)) {
                if (++trials > trialsAllowed) break;
                const pair = tryMove(next, key2, delta2);
                if (better(pair, best ?? state)) best = pair;
              }
            }
          }
        }
      }
      if (best) break;
    }
    if (!best) break;
    state = best;
  }
  // A move that only narrowed a gap it could not close is taken back: a 尾差 adjustment has to mend a rule.
  for (const [key, offset] of [...state.offsets]) {
    const back = tryMove(state, key, offset.negated());
    if (back.broken.size <= state.broken.size) state = back;
  }
  const { computation, broken, offsets } = state;
  // A trial's computation lists only what it recomputed; the result needs every cell in dependency order.
  const final = state === initial ? computation : run(offsets);
  return { computation: final, offsets, broken: [...broken].map((g) => g.check) };
}

interface Scored {
  readonly computation: Computation;
  /** The positive excess of each broken check (see verify.ts). */
  readonly excess: ReadonlyMap<Guarded, Decimal>;
  readonly broken: ReadonlySet<Guarded>;
  readonly total: Decimal;
}

/** Re-judges `judged` on `computation`; the other checks keep their excess from `before`. */
function scored(
  computation: Computation,
  judged: Iterable<Guarded>,
  before: ReadonlyMap<Guarded, Decimal>,
): Scored {
  const map = new Map(before);
  for (const g of judged) {
    const over = applies(g.onlyIf, computation) ? excess(g.check, computation) : ZERO;
    if (over.gt(0)) map.set(g, over);
    else map.delete(g);
  }
  let total = ZERO;
  for (const v of map.values()) total = total.plus(v);
  return { computation, excess: map, broken: new Set(map.keys()), total };
}

/** Fewer broken rules first; as many, but nearer to holding, next. */
function better(a: Scored, b: Scored): boolean {
  return a.broken.size < b.broken.size || (a.broken.size === b.broken.size && a.total.lt(b.total));
}

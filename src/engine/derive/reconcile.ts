/**
 * When the detail lines of two tables disagree by a few cents (the seed's T5 基本支出 items add up to
 * 2905.14, its T6 items to 2905.16), exact sums on both sides break the cross-table rule between them
 * although each table foots. Such a conflict is settled the way the published tables settle it: a derived
 * total moves by one unit of its last decimal (0.01), staying inside its own rounding envelope, so its own
 * rule shows a 尾差 (information) and no rule is broken. Moves are tried one at a time, each kept only if it
 * lowers the number of broken rules; only open cells (those the fill writes) move, never a detail cell or a
 * figure the workbook shows. What cannot be settled is returned as broken.
 *
 * A trial move recomputes only the cells downstream of the moved one and re-judges only the rules that
 * touch them, so a workbook with real (unsettleable) errors in its detail lines stays fast.
 */
import type Decimal from 'decimal.js';
import type { TableId } from '../model';
import type { Candidate } from './candidates';
import { cellKey } from './choose';
import { compute, lastDigit, type Computation, type ComputeOptions } from './compute';
import { termsOf } from '../instances';
import { applies, holds, type Check } from './verify';

/** Enough for a handful of conflicts. */
const MAX_MOVES = 20;
/** Each trial is cheap, but a workbook full of errors should not try every cell of every broken rule. */
const MAX_TRIALS = 400;

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

/**
 * `fixed` says how cells keep their figures and what they copy (see compute.ts); moves never touch `kept`.
 * `initial` is the computation without moves, when the caller has it already.
 */
export function reconcile(
  chosen: ReadonlyMap<string, Candidate>,
  showsFigures: (table: TableId) => boolean,
  checks: readonly Guarded[],
  fixed: Pick<ComputeOptions, 'keep' | 'anchors'> = {},
  kept: ReadonlySet<string> = new Set(),
  initial?: Computation,
): Reconciled {
  const isBroken = (g: Guarded, c: Computation) => applies(g.onlyIf, c) && !holds(g.check, c);
  const checksOf = new Map<string, Guarded[]>();
  for (const g of checks) {
    for (const k of keysOf(g)) {
      const list = checksOf.get(k);
      if (list) list.push(g);
      else checksOf.set(k, [g]);
    }
  }
  const downstream = downstreamOf(chosen);

  let offsets = new Map<string, Decimal>();
  const run = (o: ReadonlyMap<string, Decimal>, reuse?: ComputeOptions['reuse']) =>
    compute(chosen, showsFigures, { ...fixed, offsets: o, ...(reuse ? { reuse } : {}) });
  let computation = initial ?? run(offsets);
  let broken = new Set(checks.filter((g) => isBroken(g, computation)));
  let trials = 0;

  for (let move = 0; move < MAX_MOVES && broken.size > 0 && trials < MAX_TRIALS; move++) {
    let best: { offsets: Map<string, Decimal>; computation: Computation; broken: Set<Guarded> } | undefined;
    for (const g of broken) {
      for (const key of new Set(keysOf(g).filter((k) => chosen.has(k) && !kept.has(k)))) {
        const moved = downstream(key);
        const reuse = new Map(computation.values);
        for (const k of moved) reuse.delete(k);
        const touched = new Set([...moved].flatMap((k) => checksOf.get(k) ?? []));
        const step = lastDigit(computation.values.get(key)!);
        for (const delta of [step, step.negated()]) {
          if (++trials > MAX_TRIALS) break;
          const trial = new Map(offsets);
          const offset = (trial.get(key) ?? step.minus(step)).plus(delta);
          if (offset.isZero()) trial.delete(key);
          else trial.set(key, offset);
          const c = run(trial, reuse);
          const next = new Set([...broken].filter((b) => !touched.has(b)));
          for (const t of touched) if (isBroken(t, c)) next.add(t);
          if (next.size < (best?.broken.size ?? broken.size))
            best = { offsets: trial, computation: c, broken: next };
        }
      }
      if (best) break;
    }
    if (!best) break;
    ({ offsets, computation, broken } = best);
  }
  // A trial's computation lists only what it recomputed; the result needs every cell in dependency order.
  const final = offsets.size > 0 ? run(offsets) : computation;
  return { computation: final, offsets, broken: [...broken].map((g) => g.check) };
}

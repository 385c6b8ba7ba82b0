/**
 * When the detail lines of two tables disagree by a few cents (the seed's T5 基本支出 items add up to
 * 2905.14, its T6 items to 2905.16), exact sums on both sides break the cross-table rule between them
 * although each table foots. Such a conflict is settled the way the published tables settle it: a derived
 * total moves by one unit of its last decimal (0.01), staying inside its own rounding envelope, so its own
 * rule shows a 尾差 (information) and no rule is broken. Moves are tried one at a time, each kept only if it
 * lowers the number of broken rules; detail cells never move. What cannot be settled is returned as broken.
 */
import type Decimal from 'decimal.js';
import type { TableId } from '../model';
import type { Candidate } from './candidates';
import { cellKey } from './choose';
import { compute, lastDigit, type Computation } from './compute';
import { applies, holds, termsOfCheck, type Check } from './verify';

/** Enough for a handful of conflicts; each move is a full recomputation. */
const MAX_MOVES = 20;

export interface Reconciled {
  readonly computation: Computation;
  /** Moved cells by key, the move in 万元. */
  readonly offsets: ReadonlyMap<string, Decimal>;
  /** Hard rules the filled figures would still break (conflicting detail lines, not rounding). */
  readonly broken: readonly Check[];
}

export function reconcile(
  chosen: ReadonlyMap<string, Candidate>,
  showsFigures: (table: TableId) => boolean,
  checks: readonly { readonly check: Check; readonly onlyIf?: Candidate['onlyIf'] }[],
): Reconciled {
  const brokenUnder = (c: Computation) =>
    checks.filter(({ check, onlyIf }) => applies(onlyIf, c) && !holds(check, c)).map(({ check }) => check);
  let offsets = new Map<string, Decimal>();
  let computation = compute(chosen, showsFigures, offsets);
  let broken = brokenUnder(computation);

  for (let move = 0; move < MAX_MOVES && broken.length > 0; move++) {
    let best: { offsets: Map<string, Decimal>; computation: Computation; broken: Check[] } | undefined;
    for (const check of broken) {
      const keys = new Set(
        termsOfCheck(check)
          .flatMap((t) => (t.figure ? [cellKey(t.figure.cell)] : []))
          .filter((k) => chosen.has(k)),
      );
      for (const key of keys) {
        const step = lastDigit(computation.values.get(key)!);
        for (const delta of [step, step.negated()]) {
          const trial = new Map(offsets);
          const moved = (trial.get(key) ?? step.times(0)).plus(delta);
          if (moved.isZero()) trial.delete(key);
          else trial.set(key, moved);
          const c = compute(chosen, showsFigures, trial);
          const b = brokenUnder(c);
          if (b.length < (best?.broken.length ?? broken.length))
            best = { offsets: trial, computation: c, broken: b };
        }
      }
      if (best) break;
    }
    if (!best) break;
    ({ offsets, computation, broken } = best);
  }
  return { computation, offsets, broken };
}

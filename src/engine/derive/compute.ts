/**
 * Figures of the derived cells, computed in dependency order so totals of totals work. A derived figure is
 * the half-up rounding, to the cell's shown decimals, of the exact (decimal) sum of the figures its parts
 * show, derived parts included: so every filled total equals the sum of its shown parts (up to the 尾差
 * reconcile.ts may add).
 */
import Decimal from 'decimal.js';
import type { Term } from '../instances';
import type { Figure, TableId } from '../model';
import { halfUnit } from '../rounding';
import type { Candidate } from './candidates';
import { cellKey } from './choose';

export interface Computed {
  /** In 万元, rounded as shown. */
  readonly value: Decimal;
  readonly decimals: number;
  readonly unit: Figure['unit'];
}

const ZERO = new Decimal(0);

function scale(unit: Figure['unit']): number {
  return unit === '元' ? 10000 : 1;
}

/** Decimals in `to`'s unit that show a figure shown with `decimals` in `from`'s unit as precisely. */
function convertDecimals(decimals: number, from: Figure['unit'], to: Figure['unit']): number {
  if (from === to) return decimals;
  return Math.max(0, from === '元' ? decimals + 4 : decimals - 4);
}

export interface Computation {
  readonly values: ReadonlyMap<string, Computed>;
  /** Keys of the cells computed (not reused), each after every derived cell it depends on. */
  readonly order: readonly string[];
  /** The figure a term stands for after filling (derived or as shown). */
  valueOf(term: Term): Decimal;
  /** Half the width of that figure's rounding interval, in 万元. */
  halfOf(term: Term): Decimal;
}

/** One unit of a cell's last shown decimal, in 万元. */
export function lastDigit(computed: Computed): Decimal {
  return new Decimal(10).pow(-computed.decimals).div(scale(computed.unit));
}

/**
 * `offsets` moves a derived figure off the rounded sum of its parts (see reconcile.ts), in 万元.
 * `showsFigures(table)` says whether a table shows any figure: a table left blank everywhere has no decimals
 * of its own, so its totals take the most precise of their parts'. `reuse` holds figures already computed
 * that still stand (all but those downstream of a moved cell), so a trial move recomputes only what it moves.
 */
export function compute(
  chosen: ReadonlyMap<string, Candidate>,
  showsFigures: (table: TableId) => boolean,
  offsets: ReadonlyMap<string, Decimal> = new Map(),
  reuse?: ReadonlyMap<string, Computed>,
): Computation {
  const values = new Map<string, Computed>(reuse);
  const order: string[] = [];

  const shownOf = (term: Term): { value: Decimal; decimals: number; unit: Figure['unit'] } | undefined => {
    if (!term.figure) return undefined;
    const key = cellKey(term.figure.cell);
    if (chosen.has(key)) return evaluate(key);
    return term.figure;
  };

  const evaluate = (key: string): Computed => {
    const done = values.get(key);
    if (done) return done;
    const c = chosen.get(key)!;
    const unit = c.target.figure.unit;
    let sum = ZERO;
    let partDecimals = -1;
    for (const part of c.parts) {
      const shown = shownOf(part);
      if (!shown) continue;
      sum = sum.plus(shown.value);
      partDecimals = Math.max(partDecimals, convertDecimals(shown.decimals, shown.unit, unit));
    }
    const decimals = showsFigures(c.target.table)
      ? c.target.figure.decimals
      : Math.max(0, partDecimals < 0 ? c.target.figure.decimals : partDecimals);
    const value = sum
      .times(scale(unit))
      .toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
      .div(scale(unit))
      .plus(offsets.get(key) ?? ZERO);
    const computed = { value, decimals, unit };
    values.set(key, computed);
    order.push(key);
    return computed;
  };

  for (const key of chosen.keys()) evaluate(key);
  return {
    values,
    order,
    valueOf: (term) => shownOf(term)?.value ?? ZERO,
    halfOf: (term) => {
      const shown = shownOf(term);
      if (!shown || shown.value.isZero()) return ZERO;
      return halfUnit(shown.decimals).div(scale(shown.unit));
    },
  };
}

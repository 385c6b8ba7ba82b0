/**
 * Figures of the derived cells, computed in dependency order so totals of totals work. An open cell (one the
 * fill writes) gets the half-up rounding, to the cell's shown decimals, of the exact (decimal) sum of the
 * figures its parts show, derived parts included; a kept cell keeps the figure it shows, and the cells
 * computed from it start from that figure. An open cell that an equality chain ties to a figure that stays
 * copies that figure when it keeps the cell's own relation within rounding: the approved figure, not a
 * re-rounding of its parts.
 */
import Decimal from 'decimal.js';
import type { Term } from '../instances';
import type { Figure, TableId } from '../model';
import { halfUnit } from '../rounding';
import type { Candidate } from './candidates';
import { cellKey } from './choose';

export interface Computed {
  /** In 万元, rounded as shown: the figure the cell holds after filling. */
  readonly value: Decimal;
  readonly decimals: number;
  readonly unit: Figure['unit'];
  /** The rounded sum of the figures its parts hold after filling: what its relation gives. */
  readonly sum: Decimal;
  /** Σ of its parts' half rounding intervals, in 万元: zero when every part is an exact figure. */
  readonly partsHalf: Decimal;
  /** The cell keeps the figure it shows. */
  readonly kept: boolean;
}

export interface ComputeOptions {
  /** Moves of open cells off the rounded sum of their parts (see reconcile.ts), in 万元. */
  readonly offsets?: ReadonlyMap<string, Decimal>;
  /** Figures already computed that still stand, so a trial move recomputes only what it moves. */
  readonly reuse?: ReadonlyMap<string, Computed>;
  /** The cells that keep the figure they show; none by default. */
  readonly kept?: ReadonlySet<string>;
  /** For an open cell, the shown figures an equality chain says it equals, in chain order. */
  readonly anchors?: ReadonlyMap<string, readonly Figure[]>;
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

function roundTo(value: Decimal, decimals: number, unit: Figure['unit']): Decimal {
  return value.times(scale(unit)).toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP).div(scale(unit));
}

function halfOfShown(shown: { value: Decimal; decimals: number; unit: Figure['unit'] }): Decimal {
  return shown.value.isZero() ? ZERO : halfUnit(shown.decimals).div(scale(shown.unit));
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
 * `showsFigures(table)` says whether a table shows any figure: a table left blank everywhere has no decimals
 * of its own, so its totals take the most precise of their parts'.
 */
export function compute(
  chosen: ReadonlyMap<string, Candidate>,
  showsFigures: (table: TableId) => boolean,
  options: ComputeOptions = {},
): Computation {
  const { offsets, kept, anchors } = options;
  const values = new Map<string, Computed>(options.reuse);
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
    const target = c.target.figure;
    const unit = target.unit;
    let exact = ZERO;
    let partsHalf = ZERO;
    let partDecimals = -1;
    for (const part of c.parts) {
      const shown = shownOf(part);
      if (!shown) continue;
      exact = exact.plus(shown.value);
      partsHalf = partsHalf.plus(halfOf(part));
      partDecimals = Math.max(partDecimals, convertDecimals(shown.decimals, shown.unit, unit));
    }
    const decimals = showsFigures(c.target.table)
      ? target.decimals
      : Math.max(0, partDecimals < 0 ? target.decimals : partDecimals);
    const sum = roundTo(exact, decimals, unit);
    let computed: Computed;
    if (kept?.has(key)) {
      computed = { value: target.value, decimals: target.decimals, unit, sum, partsHalf, kept: true };
    } else {
      // Within this envelope the cell's own relation holds whatever figure it takes.
      const envelope = halfUnit(decimals).div(scale(unit)).plus(partsHalf);
      // Only a figure that stays is one to copy: a detail, or a cell that keeps its own.
      const anchor = anchors
        ?.get(key)
        ?.filter((f) => !chosen.has(cellKey(f.cell)) || kept?.has(cellKey(f.cell)))
        .map((f) => roundTo(f.value, decimals, unit))
        .find((a) => a.minus(exact).abs().lte(envelope));
      const value = (anchor ?? sum).plus(offsets?.get(key) ?? ZERO);
      computed = { value, decimals, unit, sum, partsHalf, kept: false };
    }
    values.set(key, computed);
    order.push(key);
    return computed;
  };

  /** A figure the workbook shows keeps its interval (`0.00` for 0.003 is ±0.005); a computed zero is exact. */
  function halfOf(term: Term): Decimal {
    if (!term.figure) return ZERO;
    const key = cellKey(term.figure.cell);
    if (!chosen.has(key)) return term.figure.half;
    const computed = evaluate(key);
    return computed.kept ? term.figure.half : halfOfShown(computed);
  }

  for (const key of chosen.keys()) evaluate(key);
  return { values, order, valueOf: (term) => shownOf(term)?.value ?? ZERO, halfOf };
}

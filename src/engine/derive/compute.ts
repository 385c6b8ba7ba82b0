/**
 * Figures of the derived cells, computed in dependency order so totals of totals work. An open cell (one the
 * fill writes) gets the half-up rounding, to the cell's shown decimals, of the exact (decimal) sum of the
 * figures its parts show, derived parts included; a kept cell keeps the figure it shows, and the cells
 * computed from it start from that figure. An open cell that an equality chain ties to a shown figure copies
 * that figure when it keeps the cell's own relation within rounding: the approved figure, not a re-rounding.
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
  /** The cell keeps the figure it shows. */
  readonly kept: boolean;
}

/** What deciding whether a cell keeps its figure sees: its parts' exact sum and rounding envelope. */
export interface Step {
  readonly key: string;
  readonly candidate: Candidate;
  /** Σ of the parts' figures, in 万元. */
  readonly exact: Decimal;
  /** Σ of the parts' half rounding intervals, in 万元. */
  readonly partsHalf: Decimal;
}

export interface ComputeOptions {
  /** Moves of open cells off the rounded sum of their parts (see reconcile.ts), in 万元. */
  readonly offsets?: ReadonlyMap<string, Decimal>;
  /** Figures already computed that still stand, so a trial move recomputes only what it moves. */
  readonly reuse?: ReadonlyMap<string, Computed>;
  /** Whether a cell keeps the figure it shows; asked in dependency order. No cell is kept by default. */
  readonly keep?: (step: Step) => boolean;
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
  const { offsets, keep, anchors } = options;
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
      partsHalf = partsHalf.plus(halfOfShown(shown));
      partDecimals = Math.max(partDecimals, convertDecimals(shown.decimals, shown.unit, unit));
    }
    const decimals = showsFigures(c.target.table)
      ? target.decimals
      : Math.max(0, partDecimals < 0 ? target.decimals : partDecimals);
    const sum = roundTo(exact, decimals, unit);
    let computed: Computed;
    if (keep?.({ key, candidate: c, exact, partsHalf })) {
      computed = { value: target.value, decimals: target.decimals, unit, sum, kept: true };
    } else {
      // Within this envelope the cell's own relation holds whatever figure it takes.
      const envelope = halfUnit(decimals).div(scale(unit)).plus(partsHalf);
      const anchor = anchors
        ?.get(key)
        ?.map((f) => roundTo(f.value, decimals, unit))
        .find((a) => a.minus(exact).abs().lte(envelope));
      const value = (anchor ?? sum).plus(offsets?.get(key) ?? ZERO);
      computed = { value, decimals, unit, sum, kept: false };
    }
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
      return shown ? halfOfShown(shown) : ZERO;
    },
  };
}

/**
 * Rounding consistency as in XBRL Calculations 1.1 (round-to-nearest): a figure shown with d decimals stands
 * for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A linear relation Σ cᵢ·xᵢ = 0 is consistent when 0 lies in the interval of
 * Σ cᵢ·xᵢ, i.e. |Σ cᵢ·vᵢ| ≤ Σ |cᵢ|·hᵢ. Empty cells are exact zeros.
 */
import Decimal from 'decimal.js';

/** A shown figure as an interval. A Figure is one; so is an absent row (an exact zero). */
export interface Interval {
  readonly value: Decimal;
  /** Half the width of the figure's interval: ½·10⁻ᵈ, or 0 for an exact (empty) figure. */
  readonly half: Decimal;
  /** value and half × SCALE as integers, when exact (see Figure.scaled). */
  readonly scaled?: { readonly value: number; readonly half: number };
}

export interface IntervalTerm {
  readonly amount: Interval;
  readonly coef: number;
}

/** Figures are carried as integers of 1/SCALE 万元 where they can be; see Figure.scaled. */
export const SCALE = 2_000_000;
const SAFE = 2 ** 52;

export type Consistency = 'exact' | 'rounding' | 'broken';

export interface IntervalResult {
  /** Σ cᵢ·vᵢ: how far the shown figures are from satisfying the relation. */
  readonly residual: Decimal;
  /** Σ |cᵢ|·hᵢ: the largest residual rounding alone can explain. */
  readonly tolerance: Decimal;
  readonly status: Consistency;
}

const HALF_UNITS = new Map<number, Decimal>();

export function halfUnit(decimals: number): Decimal {
  let h = HALF_UNITS.get(decimals);
  if (!h) HALF_UNITS.set(decimals, (h = new Decimal(10).pow(-decimals).div(2)));
  return h;
}

/** A result found on integers; its decimals are made only if someone reads them (most never are). */
class ScaledResult implements IntervalResult {
  constructor(
    private readonly scaledResidual: number,
    private readonly scaledTolerance: number,
    readonly status: Consistency,
  ) {}
  get residual(): Decimal {
    return new Decimal(this.scaledResidual).div(SCALE);
  }
  get tolerance(): Decimal {
    return new Decimal(this.scaledTolerance).div(SCALE);
  }
}

/** The integer path: Σ cᵢ·vᵢ and Σ hᵢ × SCALE, exact while every term is scaled and the sums stay safe. */
function scaledSums(terms: readonly IntervalTerm[]): { residual: number; tolerance: number } | undefined {
  let residual = 0;
  let tolerance = 0;
  let magnitude = 0;
  for (const t of terms) {
    const scaled = t.amount.scaled;
    if (!scaled || (t.coef !== 1 && t.coef !== -1)) return undefined;
    residual += t.coef * scaled.value;
    tolerance += scaled.half;
    magnitude += Math.abs(scaled.value);
  }
  return magnitude > SAFE || tolerance > SAFE ? undefined : { residual, tolerance };
}

function decimalSums(terms: readonly IntervalTerm[]): { residual: Decimal; tolerance: Decimal } {
  let residual = new Decimal(0);
  let tolerance = new Decimal(0);
  for (const { amount, coef } of terms) {
    residual = residual.plus(coef === 1 ? amount.value : amount.value.times(coef));
    if (!amount.half.isZero()) tolerance = tolerance.plus(amount.half.times(Math.abs(coef)));
  }
  return { residual, tolerance };
}

type Judge<T> = (residual: T, tolerance: T) => Consistency;

function check(
  terms: readonly IntervalTerm[],
  onIntegers: Judge<number>,
  onDecimals: Judge<Decimal>,
): IntervalResult {
  const fast = scaledSums(terms);
  if (fast) return new ScaledResult(fast.residual, fast.tolerance, onIntegers(fast.residual, fast.tolerance));
  const { residual, tolerance } = decimalSums(terms);
  return { residual, tolerance, status: onDecimals(residual, tolerance) };
}

/** Σ cᵢ·xᵢ = 0 within rounding. */
export function checkEquals(terms: readonly IntervalTerm[]): IntervalResult {
  return check(
    terms,
    (r, t) => (r === 0 ? 'exact' : Math.abs(r) <= t ? 'rounding' : 'broken'),
    (r, t) => (r.isZero() ? 'exact' : r.abs().lte(t) ? 'rounding' : 'broken'),
  );
}

/** Σ cᵢ·xᵢ ≤ 0 within rounding: broken only when even the most favourable rounding cannot satisfy it. */
export function checkAtMost(terms: readonly IntervalTerm[]): IntervalResult {
  return check(
    terms,
    (r, t) => (r <= 0 ? 'exact' : r <= t ? 'rounding' : 'broken'),
    (r, t) => (r.lte(0) ? 'exact' : r.lte(t) ? 'rounding' : 'broken'),
  );
}

/**
 * Rounding consistency as in XBRL Calculations 1.1 (round-to-nearest): a figure shown with d decimals stands
 * for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. A linear relation Σ cᵢ·xᵢ = 0 is consistent when 0 lies in the interval of
 * Σ cᵢ·xᵢ, i.e. |Σ cᵢ·vᵢ| ≤ Σ |cᵢ|·hᵢ. Empty cells are exact zeros.
 */
import Decimal from 'decimal.js';

export interface IntervalTerm {
  readonly value: Decimal;
  /** Half the width of the figure's interval: ½·10⁻ᵈ, or 0 for an exact (empty) figure. */
  readonly half: Decimal;
  readonly coef: number;
  /** value and half × SCALE as integers, when exact (see Figure.scaled). */
  readonly scaled?: { readonly value: number; readonly half: number };
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

/** The integer path: exact while every term is scaled and the running sums stay safe. */
function scaledSums(terms: readonly IntervalTerm[]): { residual: Decimal; tolerance: Decimal } | undefined {
  let residual = 0;
  let tolerance = 0;
  let magnitude = 0;
  for (const t of terms) {
    if (!t.scaled || (t.coef !== 1 && t.coef !== -1)) return undefined;
    residual += t.coef * t.scaled.value;
    tolerance += t.scaled.half;
    magnitude += Math.abs(t.scaled.value);
  }
  if (magnitude > SAFE || tolerance > SAFE) return undefined;
  return { residual: new Decimal(residual).div(SCALE), tolerance: new Decimal(tolerance).div(SCALE) };
}

function sums(terms: readonly IntervalTerm[]): { residual: Decimal; tolerance: Decimal } {
  const fast = scaledSums(terms);
  if (fast) return fast;
  let residual = new Decimal(0);
  let tolerance = new Decimal(0);
  for (const t of terms) {
    // Coefficients are ±1 in every declaration; multiplying would only allocate.
    residual =
      t.coef === 1
        ? residual.plus(t.value)
        : t.coef === -1
          ? residual.minus(t.value)
          : residual.plus(t.value.times(t.coef));
    if (!t.half.isZero())
      tolerance = tolerance.plus(Math.abs(t.coef) === 1 ? t.half : t.half.times(Math.abs(t.coef)));
  }
  return { residual, tolerance };
}

/** Σ cᵢ·xᵢ = 0 within rounding. */
export function checkEquals(terms: readonly IntervalTerm[]): IntervalResult {
  const { residual, tolerance } = sums(terms);
  const status = residual.isZero() ? 'exact' : residual.abs().lte(tolerance) ? 'rounding' : 'broken';
  return { residual, tolerance, status };
}

/** Σ cᵢ·xᵢ ≤ 0 within rounding: broken only when even the most favourable rounding cannot satisfy it. */
export function checkAtMost(terms: readonly IntervalTerm[]): IntervalResult {
  const { residual, tolerance } = sums(terms);
  const status = residual.lte(0) ? 'exact' : residual.lte(tolerance) ? 'rounding' : 'broken';
  return { residual, tolerance, status };
}

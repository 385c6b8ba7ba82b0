/**
 * Percentages as the explanation quotes them: half-up to 0.01%. A set of shares rounded one by one need not
 * add up to 100.00% (the seed's three 类 shares add to 99.99%); `largestRemainder` apportions exactly
 * 100.00% among the parts in proportion to their amounts (Hamilton's method) instead.
 */
import Decimal from 'decimal.js';

/** 10000 hundredths of a percent make 100.00%. */
const WHOLE_UNITS = 10000;

/** `part / whole` in percent, half-up to 0.01; undefined when `whole` is zero. */
export function percentOf(part: Decimal, whole: Decimal): Decimal | undefined {
  if (whole.isZero()) return undefined;
  return part.div(whole).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Shares of `parts` that add up to exactly 100.00%: each part gets the whole hundredths of its exact share
 * of Σ parts, and the hundredths left over go one each to the largest remainders (the earlier part on a tie).
 */
export function largestRemainder(parts: readonly Decimal[]): Decimal[] {
  const total = parts.reduce((s, p) => s.plus(p), new Decimal(0));
  if (total.isZero()) return parts.map(() => new Decimal(0));
  const quotas = parts.map((p) => p.div(total).times(WHOLE_UNITS));
  const units = quotas.map((q) => q.floor());
  let left = WHOLE_UNITS - units.reduce((s, u) => s + u.toNumber(), 0);
  const byRemainder = quotas
    .map((q, i) => ({ i, remainder: q.minus(q.floor()) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left <= 0) break;
    units[i] = units[i].plus(1);
    left--;
  }
  return units.map((u) => u.div(100));
}

/** Change against last year's budget, as the explanation states it: 比上年减少167.79万元，下降2.87%. */
import Decimal from 'decimal.js';

export interface YearOnYear {
  readonly current: Decimal;
  readonly last: Decimal;
  /** current − last, in 万元. */
  readonly change: Decimal;
  /** |change| / last in percent, half-up to 0.01; undefined when last year's figure is zero. */
  readonly percent?: Decimal;
  readonly direction: 'up' | 'down' | 'same';
}

export function yearOnYear(current: Decimal, last: Decimal): YearOnYear {
  const change = current.minus(last);
  const direction = change.isZero() ? 'same' : change.isPositive() ? 'up' : 'down';
  const percent = last.isZero()
    ? undefined
    : change.abs().div(last.abs()).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  return { current, last, change, direction, ...(percent ? { percent } : {}) };
}

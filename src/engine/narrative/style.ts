/**
 * How the explanation writes figures. The seed writes amounts both as `5,670.31万元` and `4542.59万元`; the
 * draft always writes the first style (thousands separators, two decimals), and says an item with no money
 * is none rather than `0万元，占0%` (draft.ts); a zero here is `0万元` and `0%`, as the checker's expected
 * figures quote it. The checker reads either style.
 */
import Decimal from 'decimal.js';
import { powerOfTen } from '../amount';

function grouped(value: Decimal, decimals: number): string {
  const huge = powerOfTen(value);
  if (huge) return huge;
  const [int, frac] = value.abs().toFixed(decimals, Decimal.ROUND_HALF_UP).split('.');
  const sign = value.isNegative() ? '-' : '';
  return `${sign}${int.replace(/\B(?=(\d{3})+$)/g, ',')}${frac ? `.${frac}` : ''}`;
}

/** `5,670.31万元`; `0万元`. */
export function wan(value: Decimal): string {
  return value.isZero() ? '0万元' : `${grouped(value, 2)}万元`;
}

/** `80.11%`; `0%`. */
export function percent(value: Decimal): string {
  return value.isZero() ? '0%' : `${value.toFixed(2, Decimal.ROUND_HALF_UP)}%`;
}

export type TokenKind = 'amount' | 'percent' | 'count';

export interface Token {
  readonly kind: TokenKind;
  /** As written: `5,670.31万元`, `80.11%`, `11个`. */
  readonly text: string;
  readonly value: Decimal;
  /** Decimals written (`3480.3` has 1). */
  readonly decimals: number;
  /** Offsets in the text the token was found in. */
  readonly start: number;
  readonly end: number;
}

const TOKEN = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万元|%|％|个|家)/g;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const [whole, int, frac = '', unit] = m;
    // A digit run glued to a longer number (a date, a code) is not a figure.
    if (m.index > 0 && /[\d.]/.test(text[m.index - 1])) continue;
    const kind: TokenKind = unit === '万元' ? 'amount' : unit === '个' || unit === '家' ? 'count' : 'percent';
    out.push({
      kind,
      text: whole,
      value: new Decimal(`${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`),
      decimals: frac.length,
      start: m.index,
      end: m.index + whole.length,
    });
  }
  return out;
}

/**
 * Whether a figure written with `decimals` decimals states `value`: exactly (within `tolerance`, for figures
 * that are sums), or, written with fewer than two decimals, as `value` rounded to them (`3480.3` for 3480.30).
 */
export function states(
  written: Decimal,
  decimals: number,
  value: Decimal,
  tolerance = new Decimal(0),
): boolean {
  const shown = decimals < 2 ? value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP) : value;
  return shown.minus(written).abs().lte(tolerance);
}

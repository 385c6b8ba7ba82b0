/**
 * A figure read from a cell. Its decimal value and interval are built on first use: most figures of a large
 * workbook only ever take part in integer sums (see `scaled`), and never need a decimal object.
 */
import Decimal from 'decimal.js';
import type { Figure } from './model';
import { halfUnit } from './rounding';
import type { CellRef } from './snapshot';

const ZERO = new Decimal(0);
const TEN_THOUSAND = new Decimal(10000);
const EXACT_ZERO = { value: 0, half: 0 };

/** value × SCALE (2,000,000) from a plain decimal string, when it is an integer of a safe size (values under 10⁸ 万元). */
function scaledValue(digits: string, unit: '万元' | '元'): number | undefined {
  const [int, frac = ''] = digits.replace('-', '').split('.');
  const places = unit === '元' ? 2 : 6;
  if (frac.length > places || int.length > (unit === '元' ? 12 : 8)) return undefined;
  const n = Number(int + frac.padEnd(places, '0')) * 2;
  return digits.startsWith('-') ? -n : n;
}

export class CellFigure implements Figure {
  private decimal?: Decimal;
  readonly scaled?: { readonly value: number; readonly half: number };

  constructor(
    readonly cell: CellRef,
    /** The figure as a plain decimal string in the table's unit; undefined for an empty cell. */
    private readonly digits: string | undefined,
    readonly decimals: number,
    readonly unit: '万元' | '元',
  ) {
    if (digits === undefined) this.scaled = EXACT_ZERO;
    else {
      const value = scaledValue(digits, unit);
      const shift = 6 - decimals - (unit === '元' ? 4 : 0);
      if (value !== undefined && shift >= 0) this.scaled = { value, half: 10 ** shift };
    }
  }

  get empty(): boolean {
    return this.digits === undefined;
  }

  /** In 万元, whatever the table's unit. */
  get value(): Decimal {
    if (this.digits === undefined) return ZERO;
    this.decimal ??=
      this.unit === '元' ? new Decimal(this.digits).div(TEN_THOUSAND) : new Decimal(this.digits);
    return this.decimal;
  }

  get half(): Decimal {
    if (this.digits === undefined) return ZERO;
    return this.unit === '元' ? halfUnit(this.decimals).div(TEN_THOUSAND) : halfUnit(this.decimals);
  }
}

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
    /**
     * For a 元 figure: the power of ten it was rounded to (2 for figures converted from 万元, all multiples
     * of 100 元), or undefined for the budget system's own exact figure. 万元 figures are rounded to their
     * decimals.
     */
    private readonly yuanGrain?: number,
  ) {
    if (digits === undefined) this.scaled = EXACT_ZERO;
    else {
      const value = scaledValue(digits, unit);
      const shift = unit === '元' ? (yuanGrain === undefined ? undefined : yuanGrain + 2) : 6 - decimals;
      if (value !== undefined && shift === undefined) this.scaled = { value, half: 0 };
      else if (value !== undefined && shift !== undefined && shift >= 0)
        this.scaled = { value, half: 10 ** shift };
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
    if (this.unit === '万元') return halfUnit(this.decimals);
    return this.yuanGrain === undefined ? ZERO : halfUnit(-this.yuanGrain).div(TEN_THOUSAND);
  }
}

/**
 * Reading an amount the way a compiler typed it: `4,542.59`, `４５４２．５９`, `(12.00)`, `（12.00）`, `12.00-`,
 * `1.2E+3`, `¥1,682.87` (what Excel shows of a currency or accounting format), or a number cell with a
 * number format. Blank, `0`, `-`, `—`, `－` and `无` mean "no money".
 */
import Decimal from 'decimal.js';
import type { CellSnapshot } from './snapshot';

export type ParsedAmount =
  | { readonly kind: 'empty' }
  /** `decimals` is how many decimals the figure shows (may be negative for `1.2E+3`-style figures). */
  | { readonly kind: 'amount'; readonly value: Decimal; readonly decimals: number }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: string };

const EMPTY_MARKS = new Set(['', '-', '--', '—', '——', '－', '－－', '/', '／', '…', '无']);
/** A yuan sign before the figure (or its sign): `¥1,682.87`, `-¥12.00`, `(¥12.00)`, accounting's `¥-`. */
const YUAN_SIGN = /^([(+-]?)[¥￥](?=.)/;

/** Full-width digits and punctuation to ASCII, spaces (incl. NBSP and ideographic space) removed. */
export function normalizeNumericText(text: string): string {
  return text
    .replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[．。]/g, '.')
    .replace(/[，、]/g, ',')
    .replace(/[－−–]/g, '-')
    .replace(/＋/g, '+')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/[ＥｅE]/g, 'e')
    .replace(/[\s\u00a0\u3000]+/g, '');
}

const NUMBER = /^([+-]?)(\d+(?:,\d{3})*|\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/;

/**
 * An amount as a plain decimal string (`-4542.59`), so that recognising a 20,000-row sheet need not build a
 * decimal object per cell; `toDecimal` makes one when a figure is used.
 */
export type AmountReading =
  | { readonly kind: 'empty' }
  | { readonly kind: 'amount'; readonly digits: string; readonly decimals: number }
  | { readonly kind: 'invalid'; readonly text: string; readonly reason: string };

const ALL_ZERO = /^0*$/;

function readText(raw: string): AmountReading {
  let text = normalizeNumericText(raw).replace(YUAN_SIGN, '$1');
  if (EMPTY_MARKS.has(text)) return { kind: 'empty' };
  let negative = false;
  if (/^\(.*\)$/.test(text)) {
    negative = true;
    text = text.slice(1, -1);
  } else if (/^[^-].*-$/.test(text)) {
    negative = true;
    text = text.slice(0, -1);
  }
  const m = NUMBER.exec(text);
  if (!m || (m[2] === '' && (m[3] === undefined || m[3] === ''))) {
    return { kind: 'invalid', text: raw, reason: '不是数字' };
  }
  const [, sign, intPart, frac = '', exp] = m;
  const int = intPart.replace(/,/g, '').replace(/^0+(?=\d)/, '') || '0';
  if (ALL_ZERO.test(int) && ALL_ZERO.test(frac)) return { kind: 'empty' };
  const minus = (sign === '-') !== negative ? '-' : '';
  if (!exp)
    return { kind: 'amount', digits: `${minus}${int}${frac ? `.${frac}` : ''}`, decimals: frac.length };
  const value = new Decimal(`${minus}${int}.${frac || '0'}e${exp}`);
  return { kind: 'amount', digits: value.toFixed(), decimals: frac.length - Number(exp) };
}

function readNumber(value: number, format: string | undefined): AmountReading {
  if (value === 0) return { kind: 'empty' };
  // 15 significant digits is what Excel keeps; it strips binary noise such as 0.30000000000000004.
  // The shortest representation (`4542.59`) is already that for nearly every typed figure.
  let digits = String(value);
  // (A string of at most 15 characters cannot hold more than 15 digits.)
  if (
    /e/.test(digits) ||
    (digits.length > 15 && digits.replace(/[-.]/g, '').replace(/^0+/, '').length > 15)
  ) {
    digits = new Decimal(value.toPrecision(15)).toFixed();
  }
  const own = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const shown = formatDecimals(format);
  if (shown === undefined) return { kind: 'amount', digits, decimals: own };
  // A figure the format rounds to 0.00 is still a figure: its interval is what it shows, not an exact zero.
  if (own > shown) digits = new Decimal(digits).toFixed(shown, Decimal.ROUND_HALF_UP);
  return { kind: 'amount', digits, decimals: shown };
}

/** Reads an amount cell: shown text first (what the reader sees), else the raw value and its format. */
export function readAmountCell(cell: CellSnapshot | undefined): AmountReading {
  if (!cell) return { kind: 'empty' };
  if (cell.error) return { kind: 'invalid', text: cell.error, reason: '是错误值' };
  if (cell.formulaWithoutResult)
    return { kind: 'invalid', text: '', reason: '公式没有计算结果（请在 Excel 中重新计算并保存）' };
  // `###` means the column is too narrow to show the figure: fall back to the raw value.
  if (cell.text !== undefined && !/^#+$/.test(cell.text.trim())) {
    const shown = readText(cell.text);
    // `0.00` shown for a nonzero number is that number rounded, not a typed zero.
    if (
      shown.kind === 'empty' &&
      typeof cell.value === 'number' &&
      cell.value !== 0 &&
      /\d/.test(cell.text)
    ) {
      const dot = normalizeNumericText(cell.text).split('.')[1] ?? '';
      return { kind: 'amount', digits: '0', decimals: dot.replace(/\D/g, '').length };
    }
    if (typeof cell.value !== 'number' || cell.text.trim() !== '') return shown;
  }
  const { value } = cell;
  if (value === null || value === '') return { kind: 'empty' };
  if (typeof value === 'boolean') return { kind: 'invalid', text: String(value), reason: '不是数字' };
  if (typeof value === 'string') return readText(value);
  if (!Number.isFinite(value)) return { kind: 'invalid', text: String(value), reason: '不是数字' };
  return readNumber(value, cell.format);
}

function toParsed(r: AmountReading): ParsedAmount {
  return r.kind === 'amount' ? { kind: 'amount', value: new Decimal(r.digits), decimals: r.decimals } : r;
}

/** Parses the text of an amount cell. */
export function parseAmountText(raw: string): ParsedAmount {
  return toParsed(readText(raw));
}

/** Parses an amount cell: shown text first (what the reader sees), else the raw value and its format. */
export function parseAmountCell(cell: CellSnapshot | undefined): ParsedAmount {
  return toParsed(readAmountCell(cell));
}

const FORMAT_DECIMALS = new Map<string, number | undefined>();

/** Decimals a number format shows: `#,##0.00` → 2, `0` → 0; undefined for General or no format. */
export function formatDecimals(format: string | undefined): number | undefined {
  if (!format) return undefined;
  if (!FORMAT_DECIMALS.has(format)) FORMAT_DECIMALS.set(format, readFormatDecimals(format));
  return FORMAT_DECIMALS.get(format);
}

function readFormatDecimals(format: string): number | undefined {
  if (/^general$/i.test(format.trim())) return undefined;
  const section = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  if (!/[0#?]/.test(section)) return undefined;
  const dot = /\.([0#?]+)/.exec(section);
  return dot ? dot[1].length : 0;
}

/** Formats a figure with fixed decimals, half-up: `4542.59`, `-10.00`. The exact digits, for writing. */
export function formatAmount(value: Decimal, decimals = 2): string {
  return value.toFixed(Math.max(0, decimals), Decimal.ROUND_HALF_UP);
}

/** 16 whole digits: past the 15 that Excel keeps, a figure's digits are noise no one reads. */
const HUGE = new Decimal('1e15');
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A figure of 16 or more whole digits as a person reads it, `1.7×10³⁰⁸` (15 significant digits at most,
 * half-up); undefined for any other figure, which shows with its decimals.
 */
export function powerOfTen(value: Decimal): string | undefined {
  if (value.abs().lt(HUGE)) return undefined;
  const [mantissa, exponent] = value
    .toSignificantDigits(15, Decimal.ROUND_HALF_UP)
    .toExponential()
    .split('e');
  const power = String(Number(exponent)).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
  return `${mantissa}×10${power}`;
}

/** A figure for a message or a listing: `4542.59`, or `1.7×10³⁰⁸` past 15 whole digits. */
export function shownAmount(value: Decimal, decimals = 2): string {
  return powerOfTen(value) ?? formatAmount(value, decimals);
}

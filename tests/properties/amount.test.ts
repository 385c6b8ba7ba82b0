/**
 * Property: an amount written the ways compilers write it (formatAmount's fixed decimals, thousands
 * separators, full-width digits, parenthesised or trailing-minus negatives, stray spaces, a number cell with
 * a number format) reads back as the same decimal, with the decimals it shows.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { formatAmount, parseAmountCell, parseAmountText, type ParsedAmount } from '../../src/engine/amount';
import { propertyOptions } from './settings';

/** A decimal with 0–4 decimals, either sign, up to 10^15 in size (beyond what any budget holds). */
const amount = fc
  .record({
    negative: fc.boolean(),
    whole: fc.oneof(fc.bigInt(0n, 999n), fc.bigInt(0n, 99_999_999n), fc.bigInt(0n, 999_999_999_999_999n)),
    decimals: fc.integer({ min: 0, max: 4 }),
    fraction: fc.bigInt(0n, 9_999n),
  })
  .map(({ negative, whole, decimals, fraction }) => {
    const digits = String(fraction).padStart(4, '0').slice(0, decimals);
    return { value: new Decimal(`${negative ? '-' : ''}${whole}${decimals ? `.${digits}` : ''}`), decimals };
  });

/** `1234567.5` → `1,234,567.5`. */
function grouped(text: string): string {
  return text.replace(
    /^(-?)(\d+)/,
    (_, sign: string, int: string) => sign + int.replace(/\B(?=(\d{3})+$)/g, ','),
  );
}

function fullWidth(text: string): string {
  return text.replace(/[0-9.,\-()]/g, (ch) =>
    ch === '-' ? '－' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0),
  );
}

/** A negative written with its sign moved: `(12.00)`, `（12.00）` or `12.00-`. */
const NEGATIVE_STYLES: ReadonlyArray<(unsigned: string) => string> = [
  (t) => `(${t})`,
  (t) => `（${t}）`,
  (t) => `${t}-`,
];

const SPACES = ['', ' ', '  ', '\u00a0', '\u3000', '\t'];

/** What parsing must give: the value with the decimals shown, or empty for zero. */
function expected(value: Decimal, decimals: number): ParsedAmount {
  return value.isZero() ? { kind: 'empty' } : { kind: 'amount', value, decimals };
}

function expectSame(parsed: ParsedAmount, want: ParsedAmount): void {
  if (want.kind !== 'amount') return expect(parsed).toEqual(want);
  expect(parsed.kind).toBe('amount');
  if (parsed.kind !== 'amount') return;
  expect({ value: parsed.value.toString(), decimals: parsed.decimals }).toEqual({
    value: want.value.toString(),
    decimals: want.decimals,
  });
}

it('formatAmount then parseAmountText gives the same decimal', () => {
  fc.assert(
    fc.property(amount, ({ value, decimals }) => {
      expectSame(parseAmountText(formatAmount(value, decimals)), expected(value, decimals));
    }),
    propertyOptions(500),
  );
});

it('…also with separators, full-width digits, moved signs and stray spaces', () => {
  fc.assert(
    fc.property(
      amount,
      fc.boolean(),
      fc.boolean(),
      fc.nat(NEGATIVE_STYLES.length),
      fc.constantFrom(...SPACES),
      fc.constantFrom(...SPACES),
      ({ value, decimals }, group, wide, sign, before, after) => {
        const unsigned = formatAmount(value.abs(), decimals);
        let text = group ? grouped(unsigned) : unsigned;
        // Style NEGATIVE_STYLES.length keeps the leading minus.
        if (value.isNegative()) text = NEGATIVE_STYLES[sign]?.(text) ?? `-${text}`;
        if (wide) text = fullWidth(text);
        expectSame(parseAmountText(`${before}${text}${after}`), expected(value, decimals));
      },
    ),
    propertyOptions(500),
  );
});

it('scientific notation (`1.2E+3`) gives the same value', () => {
  fc.assert(
    fc.property(amount, fc.boolean(), ({ value }, upper) => {
      const text = value.toExponential();
      const parsed = parseAmountText(upper ? text.toUpperCase() : text);
      if (value.isZero()) return expect(parsed).toEqual({ kind: 'empty' });
      expect(parsed.kind === 'amount' && parsed.value.toString()).toBe(value.toString());
    }),
    propertyOptions(300),
  );
});

it('a number cell with a two-decimal format reads as the figure it shows (no binary noise)', () => {
  // Excel keeps 15 significant digits: figures up to 10^13 with two decimals fit.
  const shown = amount.filter(({ value }) => value.abs().lt(1e13));
  fc.assert(
    fc.property(shown, fc.constantFrom('0.00', '#,##0.00', '#,##0.00;(#,##0.00)'), ({ value }, format) => {
      const cell = { value: value.toNumber(), format };
      expectSame(parseAmountCell(cell), expected(value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP), 2));
    }),
    propertyOptions(500),
  );
});

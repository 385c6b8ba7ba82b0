import Decimal from 'decimal.js';
import { formatDecimals, parseAmountCell, parseAmountText, shownAmount } from '../../src/engine/amount';

describe('parseAmountText', () => {
  it.each([
    ['4542.59', '4542.59', 2],
    ['4,542.59', '4542.59', 2],
    ['４，５４２．５９', '4542.59', 2],
    [' 4 542.59 ', '4542.59', 2],
    ['(12.00)', '-12', 2],
    ['（12.00）', '-12', 2],
    ['12.00-', '-12', 2],
    ['-12.5', '-12.5', 1],
    ['1.2E+3', '1200', -2],
    ['500', '500', 0],
    ['.5', '0.5', 1],
    ['¥1,682.87', '1682.87', 2],
    ['￥1,682.87', '1682.87', 2],
    [' ¥ 1,682.87 ', '1682.87', 2],
    ['-¥12.00', '-12', 2],
    ['¥-12.00', '-12', 2],
    ['(¥12.00)', '-12', 2],
  ])('%s → %s (%d decimals)', (text, value, decimals) => {
    const p = parseAmountText(text);
    expect(p.kind).toBe('amount');
    if (p.kind === 'amount') {
      expect(p.value.toString()).toBe(value);
      expect(p.decimals).toBe(decimals);
    }
  });

  it.each(['', '-', '—', '－', '--', '0', '0.00', '（0.00）', '无', ' ¥ -   ', '¥0.00'])(
    '%j is empty',
    (text) => {
      expect(parseAmountText(text).kind).toBe('empty');
    },
  );

  it.each(['abc', '12.3.4', '1,23', '合计', '12%', '一百', '¥', '12¥', '$12.00'])(
    '%j is not an amount',
    (text) => {
      expect(parseAmountText(text).kind).toBe('invalid');
    },
  );
});

describe('parseAmountCell', () => {
  it('reads a number with its format’s decimals, half-up', () => {
    const p = parseAmountCell({ value: 4542.585, format: '#,##0.00' });
    expect(p).toMatchObject({ kind: 'amount', decimals: 2 });
    if (p.kind === 'amount') expect(p.value.toFixed(2)).toBe('4542.59');
  });
  it('strips binary noise from General numbers', () => {
    const p = parseAmountCell({ value: 0.1 + 0.2 });
    expect(p.kind === 'amount' && p.value.toString()).toBe('0.3');
  });
  it('prefers the shown text, but not ### of a narrow column', () => {
    expect(parseAmountCell({ value: 4542.594, text: '4,542.59' })).toMatchObject({ decimals: 2 });
    const narrow = parseAmountCell({ value: 12.5, text: '####', format: '0.00' });
    expect(narrow.kind === 'amount' && narrow.value.toString()).toBe('12.5');
  });
  it('reads what Excel shows of a currency format as the figure', () => {
    const p = parseAmountCell({ value: 1682.87, text: '¥1,682.87', format: '"¥"#,##0.00' });
    expect(p.kind === 'amount' && p.value.toString()).toBe('1682.87');
  });
  it('reports error values and formulas without results', () => {
    expect(parseAmountCell({ value: null, error: '#REF!' })).toMatchObject({ kind: 'invalid' });
    expect(parseAmountCell({ value: null, formulaWithoutResult: true })).toMatchObject({ kind: 'invalid' });
  });
});

describe('formatDecimals', () => {
  it.each([
    ['#,##0.00', 2],
    ['0.00_ ', 2],
    ['#,##0.00_);(#,##0.00)', 2],
    ['0', 0],
    ['"¥"#,##0.000', 3],
    ['General', undefined],
    [undefined, undefined],
  ])('%s → %s', (format, decimals) => {
    expect(formatDecimals(format)).toBe(decimals);
  });
});

describe('shownAmount', () => {
  it('writes a figure of 16 or more whole digits as a power of ten, 15 significant digits at most', () => {
    expect(shownAmount(new Decimal('1.7e308'))).toBe('1.7×10³⁰⁸');
    expect(shownAmount(new Decimal('-1.7e308'))).toBe('-1.7×10³⁰⁸');
    expect(shownAmount(new Decimal('1234567890123456.78'))).toBe('1.23456789012346×10¹⁵');
    expect(shownAmount(new Decimal('1e15'))).toBe('1×10¹⁵');
  });

  it('writes every other figure with its decimals, half-up', () => {
    expect(shownAmount(new Decimal('999999999999999.99'))).toBe('999999999999999.99');
    expect(shownAmount(new Decimal('4542.585'))).toBe('4542.59');
    expect(shownAmount(new Decimal('-10'), 2)).toBe('-10.00');
    expect(shownAmount(new Decimal('0.004'), 3)).toBe('0.004');
  });
});

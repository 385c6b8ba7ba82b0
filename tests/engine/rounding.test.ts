import Decimal from 'decimal.js';
import { checkAtMost, checkEquals, halfUnit } from '../../src/engine/rounding';

const fig = (v: string, coef = 1, decimals = 2) => ({
  amount: { value: new Decimal(v), half: halfUnit(decimals) },
  coef,
});
const empty = (coef = 1) => ({ amount: { value: new Decimal(0), half: new Decimal(0) }, coef });

describe('interval consistency (XBRL Calculations 1.1, round-to-nearest)', () => {
  it.each([
    ['本年收入合计 5660.05 = 4542.59 + 1117.45', ['5660.05', '4542.59', '1117.45'], 'rounding', '0.01'],
    ['an exact sum', ['10.27', '10.27'], 'exact', '0'],
    ['0.02 off over two parts', ['5660.06', '4542.59', '1117.45'], 'broken', '0.02'],
    ['0.015 is the edge of three half-units', ['1.015', '1.00', '0.00'], 'rounding', '0.015'],
  ])('%s', (_name, [total, ...parts], status, residual) => {
    const r = checkEquals([fig(total), ...parts.map((p) => fig(p, -1))]);
    expect(r.status).toBe(status);
    expect(r.residual.abs().toString()).toBe(residual);
  });

  it('counts empty cells as exact zeros', () => {
    expect(checkEquals([fig('0.01'), empty(-1)]).status).toBe('broken');
  });

  it('widens with fewer decimals shown', () => {
    expect(checkEquals([fig('5660', 1, 0), fig('4542.59', -1), fig('1117.45', -1)]).status).toBe('rounding');
  });

  it('checks at-most with the favourable rounding', () => {
    expect(checkAtMost([fig('414.79'), fig('473.19', -1)]).status).toBe('exact');
    expect(checkAtMost([fig('16.31'), fig('16.30', -1)]).status).toBe('rounding');
    expect(checkAtMost([fig('16.32'), fig('16.30', -1)]).status).toBe('broken');
  });
});

/**
 * Last year's figures taken from last year's disclosure workbook itself (issue 12, item 3): a 2025 workbook
 * generated from last-year.tsv gives the seed explanation's year-on-year figures, whatever its layout.
 */
import Decimal from 'decimal.js';
import { recognize } from '../../src/engine/recognize';
import { lastYearFromWorkbook, quotedChanges, type LastYearKey } from '../../src/engine/shares';
import { buildWorkbook } from '../fixtures/layouts';
import { lastYearFigures, lastYearWorkbook } from '../fixtures/last-year';

const { tables } = recognize(buildWorkbook());

function stated(lastYear: ReturnType<typeof lastYearFromWorkbook>) {
  const changes = new Map(quotedChanges(tables, lastYear).map((c) => [c.key, c]));
  return (key: LastYearKey) => {
    const c = changes.get(key)!;
    return `${c.direction} ${c.change.abs().toFixed(2)} ${c.percent?.toFixed(2)}`;
  };
}

describe('last year’s workbook', () => {
  it.each([
    ['the seed’s layout', {}],
    [
      'renamed, shuffled sheets with one-row headers',
      { sheetNames: 'renamed', order: 'shuffled', header: 'single' },
    ],
    ['text amounts on one sheet', { multiTablePerSheet: true, amounts: 'text-comma' }],
  ] as const)('gives last year’s figures and the quoted changes (%s)', (_name, options) => {
    const lastYear = lastYearFromWorkbook(lastYearWorkbook(options), tables)!;
    expect(lastYear.year).toBe(2025);
    const figures = lastYearFigures();
    expect(lastYear.figures.incomeTotal?.toFixed(2)).toBe(figures.get('收入总计'));
    expect(lastYear.figures.agencyOperating?.toFixed(2)).toBe(figures.get('机关运行经费'));
    expect(lastYear.figures.vehiclePurchase).toEqual(new Decimal(0));
    const change = stated(lastYear);
    expect(change('incomeTotal')).toBe('down 167.79 2.87');
    expect(change('generalBudgetExpense')).toBe('up 74.75 1.67');
    expect(change('agencyOperating')).toBe('down 16.48 3.82');
    expect(change('threePublic')).toBe('same 0.00 0.00');
  });

  it('is nothing for a workbook with neither tables nor a 上年预算数 sheet', () => {
    expect(
      lastYearFromWorkbook({ sheets: [{ name: 'Sheet1', rows: [[{ value: '说明' }]] }] }),
    ).toBeUndefined();
  });
});

/**
 * Issue 9, item 5: amounts in 元 printed as integers or with fen are the system's own figures, so relations
 * between them hold exactly: they leave no 尾差, and a difference of 1 元 is an error. Rounding intervals
 * belong to figures rounded for display (万元 with two decimals) and to 元 figures that are all whole
 * hundreds (converted from 万元).
 */
import type { CheckReport, Finding } from '../../src/engine';
import { generateDepartment, withSectionSlip } from './generate';
import { caseName, check, cleanProblems } from './harness';
import { cellKey } from './model';
import { render, type Rendered } from './render';
import { NATIVE } from './variation';

const isResidual = (f: Finding) => f.severity === 'info' && /尾差/.test(f.message);

/** Cells of tables shown in exact 元. */
function exactCells(r: Rendered): Set<string> {
  const exact = new Set(r.tables.filter((t) => t.display === 'yuan-exact').map((t) => t.key));
  return new Set(
    [...r.cells]
      .filter(([key]) => exact.has(key.split('|')[0] as never))
      .map(([, at]) => `${at.sheet}!${at.address}`),
  );
}

function residualsAmongExact(r: Rendered, report: CheckReport): Finding[] {
  const exact = exactCells(r);
  return report.findings.filter(
    (f) => isResidual(f) && f.cells.every((c) => exact.has(`${c.sheet}!${c.address}`)),
  );
}

describe('exact 元', () => {
  it.each([
    [
      'a 13-table department in exact 元',
      render(generateDepartment('seed13'), { ...NATIVE, money: 'yuan-exact' }),
    ],
    ['the Shanghai family as published (元; 表9 in 万元)', render(generateDepartment('shanghai9'), NATIVE)],
    [
      'the Shanghai family, every other table in 万元',
      render(generateDepartment('shanghai9'), { ...NATIVE, money: 'wan', moneyTables: 'alternate' }),
    ],
  ])('%s: clean, and no 尾差 between exact figures', (_name, r) => {
    const report = check(r);
    expect(cleanProblems(r, report)).toEqual([]);
    expect(residualsAmongExact(r, report).map((f) => f.message)).toEqual([]);
  });

  it.each([
    ['the Shanghai family as published', NATIVE],
    [
      'the Shanghai family in 万元 where a 元 table is compared',
      { ...NATIVE, money: 'wan' as const, moneyTables: 'alternate' as const },
    ],
  ])(
    'a 款 subtotal 1 元 above its 项 lines is an error on that cell, not a 尾差 (%s)',
    (_name, variation) => {
      const { dept, table, row } = withSectionSlip(generateDepartment('shanghai9'));
      const r = render(dept, variation);
      const at = r.cells.get(cellKey({ table, row, col: 'total' }))!;
      const report = check(r);
      const onCell = (f: Finding) => f.cells.some((c) => c.sheet === at.sheet && c.address === at.address);
      const why = `${caseName(r)}: ${report.findings
        .filter(onCell)
        .map((f) => `[${f.severity}] ${f.message}`)
        .join(' ‖ ')}`;
      expect([why, report.findings.some((f) => f.severity === 'error' && onCell(f))]).toEqual([why, true]);
      // Against a table rounded to 万元 the slip is honestly within that table's rounding; between exact
      // figures it never is.
      expect(residualsAmongExact(r, report).filter(onCell)).toEqual([]);
      expect(report.suspects[0]).toMatchObject({ sheet: at.sheet, address: at.address });
    },
  );

  it('the same slip in whole hundreds of 元 converted from 万元 is within rounding', () => {
    const { dept } = withSectionSlip(generateDepartment('shanghai9'));
    const r = render(dept, { ...NATIVE, money: 'yuan-converted' });
    // Converted figures are 万元 rounded to 0.01, so the 1 元 slip disappears in the rounding: clean.
    expect(cleanProblems(r, check(r))).toEqual([]);
  });
});

describe('万元 shown with more decimals than the figures carry', () => {
  it.each([
    ['a 13-table department', render(generateDepartment('seed13'), { ...NATIVE, amounts: 'padded' })],
    [
      'the Shanghai family in 万元',
      render(generateDepartment('shanghai9'), { ...NATIVE, money: 'wan', amounts: 'padded' }),
    ],
  ])('%s, `0.0000` over figures rounded to the fen: clean, its 尾差 still 尾差', (_name, r) => {
    const report = check(r);
    expect(cleanProblems(r, report)).toEqual([]);
    expect(report.findings.filter(isResidual).length).toBeGreaterThan(0);
  });
});

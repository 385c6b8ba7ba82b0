/**
 * A resubmission compared with the version before it, matched by table, line and column (figures) and by rule
 * and subject (findings), never by address: the planted-errors sample corrected, the same workbook with rows
 * inserted, and generated layouts that move every cell.
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { runCheck, type CheckResult } from '../../src/engine';
import { compareChecks } from '../../src/engine/compare';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { buildWorkbook, editAddress, type Edit } from '../fixtures/layouts';
import { PLANTED, PLANTED_ERRORS, SEED } from '../cli/helpers';

const at = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;

async function checked(bytes: Uint8Array): Promise<CheckResult> {
  return runCheck(await readWorkbook(bytes));
}

/** The planted sample with two blank rows inserted inside four of its tables, above the planted cells. */
async function withInsertedRows(): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(PLANTED) as unknown as ExcelJS.Buffer);
  for (const [sheet, row] of [
    ['表1', 8],
    ['表3', 7],
    ['表5', 9],
    ['表6', 30],
  ] as const) {
    book.getWorksheet(sheet)!.insertRow(row, []);
    book.getWorksheet(sheet)!.insertRow(row, []);
  }
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('the planted-errors sample and its corrected copy', () => {
  let planted: CheckResult;
  let corrected: CheckResult;
  beforeAll(async () => {
    planted = await checked(fs.readFileSync(PLANTED));
    // The seed sample is the planted one with its four figures put back.
    corrected = await checked(fs.readFileSync(SEED));
  });

  it('finds exactly the four corrected figures, with their old and new values', () => {
    const c = compareChecks(planted, corrected);
    expect(c.figures.map((f) => at(f.after!)).sort()).toEqual(PLANTED_ERRORS.map(at).sort());
    const b7 = c.figures.find((f) => at(f.after!) === '表1!B7')!;
    expect(b7).toMatchObject({
      label: '表1「一、一般公共预算」金额',
      before: { shown: '4642.59' },
      after: { shown: '4542.59' },
    });
  });

  it('four corrections fix all eight errors, each under the figure that mended it; nothing new, nothing open', () => {
    const c = compareChecks(planted, corrected);
    const errors = planted.report.findings.filter((f) => f.severity === 'error');
    expect(c.fixed.map((f) => f.finding)).toEqual(errors);
    expect(c.added).toEqual([]);
    expect(c.open).toEqual([]);
    const mendedBy = new Set(c.fixed.map((f) => at(f.changed![0].before!)));
    expect([...mendedBy].sort()).toEqual(PLANTED_ERRORS.map(at).sort());
  });

  it('the other way round the eight errors are new, and 尾差 are counted per cell', () => {
    const c = compareChecks(corrected, planted);
    expect(c.added).toHaveLength(8);
    expect(c.fixed).toEqual([]);
    expect(c.residuals).toEqual({ before: 24, after: 21 });
  });
});

describe('rows inserted and tables moved are not changes', () => {
  it('two blank rows inside four tables: no figure changed, the eight errors still open at their new cells', async () => {
    const before = await checked(fs.readFileSync(PLANTED));
    const after = await checked(await withInsertedRows());
    const c = compareChecks(before, after);
    expect(c.figures).toEqual([]);
    expect(c.fixed).toEqual([]);
    expect(c.added).toEqual([]);
    expect(c.open).toHaveLength(8);
    // The same findings, moved: 表1's income total is two rows lower.
    expect(c.open.map((f) => at(f.finding.cells[0]))).toContain('表1!B39');
  });

  it.each([
    ['spacer rows after each title', { spacerRows: true }],
    ['every table shifted down and right', { origin: { row: 3, col: 2 } }],
    ['sheets renamed and reordered', { sheetNames: 'renamed', order: 'shuffled' }],
    ['all tables on one sheet', { multiTablePerSheet: true }],
  ] as const)('%s: nothing changed', (_name, layout) => {
    const c = compareChecks(runCheck(buildWorkbook()), runCheck(buildWorkbook(layout)));
    expect(c.figures).toEqual([]);
    expect([c.fixed, c.added].map((l) => l.length)).toEqual([0, 0]);
  });

  it('a figure changed in a moved layout is found, and only it, with the finding it causes', () => {
    const edit: Edit = { table: 'T5', row: '2010301', col: '基本支出', value: '1628.87' };
    const layout = { spacerRows: true, origin: { row: 2, col: 1 } } as const;
    const c = compareChecks(runCheck(buildWorkbook()), runCheck(buildWorkbook({ ...layout, edit: [edit] })));
    const cell = editAddress(edit, layout);
    expect(c.figures).toEqual([
      expect.objectContaining({ after: { sheet: cell.sheet, address: cell.address, shown: '1628.87' } }),
    ]);
    expect(c.added.length).toBeGreaterThan(0);
    expect(c.added.every((f) => f.finding.cells.some((x) => x.address === cell.address))).toBe(true);
  });
});

/**
 * A handful of variants written to real .xlsx files (ExcelJS, with their merges and number formats) and read
 * back through src/hosts/xlsx/read.ts, so the file path is judged by the same standard as the snapshots.
 */
import ExcelJS from 'exceljs';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { parseRange, runCheck, type WorkbookSnapshot } from '../../src/engine';
import { generateDepartment } from './generate';
import { caseName, cleanProblems } from './harness';
import { render, type Rendered } from './render';
import { seedDepartment } from './seed-department';
import { NATIVE, type Variation } from './variation';

async function toXlsx(wb: WorkbookSnapshot): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const s of wb.sheets) {
    const ws = book.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || cell.value === null) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = cell.value;
        if (cell.format) target.numFmt = cell.format;
      }),
    );
    for (const m of s.merges ?? []) {
      const { top, left, bottom, right } = parseRange(m);
      ws.mergeCells(top + 1, left + 1, bottom + 1, right + 1);
    }
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const MIXED: Variation = {
  ...NATIVE,
  codes: 'split',
  stacking: 'two-per-sheet',
  amounts: 'text-comma',
  empty: 'dash',
  origin: { row: 2, col: 1 },
  headerBreaks: true,
};

const CASES: readonly (readonly [string, () => Rendered])[] = [
  ['the seed as published', () => render(seedDepartment(), NATIVE)],
  ['the seed, codes split, two tables a sheet, text amounts', () => render(seedDepartment(), MIXED)],
  [
    'a generated department, one header row, 元 beside 万元',
    () =>
      render(generateDepartment('seed13'), {
        ...NATIVE,
        headerDepth: 'one',
        nameWord: '收入项目/支出项目',
        money: 'yuan-exact',
        moneyTables: 'alternate',
      }),
  ],
  ['the Shanghai family as published', () => render(generateDepartment('shanghai9'), NATIVE)],
];

describe('variants as .xlsx files', () => {
  it.each(CASES)('%s checks clean through the file reader', async (_name, make) => {
    const r = make();
    const snapshot = await readWorkbook(await toXlsx(r.workbook), 'variant.xlsx');
    expect(snapshot.sheets.map((s) => s.name)).toEqual(r.workbook.sheets.map((s) => s.name));
    const fromFile = { ...r, workbook: snapshot };
    const report = runCheck(snapshot).report;
    // The file says what the snapshot says…
    expect(report.summary).toEqual(runCheck(r.workbook).report.summary);
    // …and that is a clean workbook.
    expect([caseName(r), cleanProblems(fromFile, report)]).toEqual([caseName(r), []]);
  });
});

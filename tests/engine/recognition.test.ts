/** Recognition on layouts built in the tests: the same seed, laid out the many ways real workbooks are. */
import { runCheck, type WorkbookSnapshot } from '../../src/engine';
import { buildSeedLayout, buildWorkbook, type BuildOptions } from '../fixtures/layouts';
import { withCell } from './grid';

const ALL = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13'];

const LAYOUTS: Record<string, BuildOptions> = {
  'renamed and reordered sheets': { sheetNames: 'renamed', order: 'shuffled' },
  'shifted start cell': { origin: { row: 3, col: 2 } },
  'spacer rows': { spacerRows: true },
  'amounts as text': { amounts: 'text' },
  'text with thousands separators, - for empty': { amounts: 'text-comma', empty: 'dash' },
  'full-width digits, — for empty': { amounts: 'fullwidth', empty: 'emdash' },
  '0 for empty': { empty: 'zero' },
  'one-row headers': { header: 'single' },
  'no label lines': { dropLabel: true },
  'all tables on one sheet': { multiTablePerSheet: true },
  'everything at once': {
    sheetNames: 'renamed',
    order: 'shuffled',
    origin: { row: 2, col: 1 },
    spacerRows: true,
    amounts: 'text-comma',
    empty: 'zero',
    header: 'single',
    dropLabel: true,
  },
  'stacked, shifted, full-width, one-row headers': {
    multiTablePerSheet: true,
    origin: { row: 1, col: 3 },
    spacerRows: true,
    amounts: 'fullwidth',
    empty: 'dash',
    header: 'single',
  },
};

describe.each(Object.entries(LAYOUTS))('%s', (_name, options) => {
  const { report } = runCheck(buildWorkbook(options));
  it('finds all 13 tables where they are', () => {
    const { placements } = buildSeedLayout(options);
    expect(report.tables.map((t) => t.id)).toEqual(ALL);
    for (const t of report.tables) expect(t.sheet).toBe(placements.find((p) => p.id === t.id)!.sheet);
  });
  it('reports zero errors and zero warnings, and the same 尾差 as the seed', () => {
    expect(report.summary).toEqual(runCheck(buildWorkbook()).report.summary);
    expect(report.summary.errors + report.summary.warnings).toBe(0);
  });
});

describe('a missing table', () => {
  const { report } = runCheck(buildWorkbook({ dropTables: ['T5'] }));
  it('is reported once, with the relations it leaves unchecked, and causes no other failure', () => {
    const missing = report.findings.filter((f) => f.tables.includes('T5') && f.severity !== 'info');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ rule: 'table-missing', severity: 'warning' });
    expect(missing[0].message).toMatch(/没有找到表5.*关系没有检查/);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 1 });
  });
  it('is a note, not a warning, for a province’s own table', () => {
    const r = runCheck(buildWorkbook({ dropTables: ['T11'] })).report;
    expect(r.findings.find((f) => f.rule === 'table-missing')).toMatchObject({ severity: 'info' });
    expect(r.summary.warnings).toBe(0);
  });
});

describe('odd cells', () => {
  const { workbook, placements } = buildSeedLayout();
  const t2 = placements.find((p) => p.id === 'T2')!;
  const cellOf = (wb: WorkbookSnapshot, row: number, col: number) =>
    wb.sheets.find((s) => s.name === t2.sheet)!.rows[row]![col];

  it('text where a number belongs is one clear error on that cell, and blocks nothing else', () => {
    const wb = withCell(workbook, t2.sheet, t2.dataRows[3], t2.left + 3, { value: '一千六百' });
    const { report } = runCheck(wb);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      rule: 'cell-unreadable',
      cells: [{ sheet: t2.sheet, address: `D${t2.dataRows[3] + 1}` }],
    });
    expect(errors[0].message).toContain('一千六百');
  });

  it('a very long text is quoted by its start and its length, not reprinted', () => {
    const long = `一千六百${'元'.repeat(32_000)}`;
    const wb = withCell(workbook, t2.sheet, t2.dataRows[3], t2.left + 3, { value: long });
    const [error] = runCheck(wb).report.findings.filter((f) => f.severity === 'error');
    expect(error.rule).toBe('cell-unreadable');
    expect(error.message).toContain(
      '的内容「一千六百元元元元元元元元元元元元元元元元元元元元元元元元元元…（共 32,004 个字符）」不是数字',
    );
    expect(error.message.length).toBeLessThan(200);
  });

  it('an error value (#REF!) is reported, not read as zero', () => {
    const wb = withCell(workbook, t2.sheet, t2.dataRows[3], t2.left + 2, { value: null, error: '#REF!' });
    const errors = runCheck(wb).report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => f.rule)).toEqual(['cell-unreadable']);
    expect(errors[0].message).toContain('#REF!');
  });

  it('a second sheet that looks like the same table is reported, the first one checked', () => {
    const copy = { ...workbook.sheets.find((s) => s.name === t2.sheet)!, name: '收入总表（旧）' };
    const { report } = runCheck({ ...workbook, sheets: [...workbook.sheets, copy] });
    expect(report.findings.filter((f) => f.rule === 'table-duplicate')).toHaveLength(1);
    expect(report.tables.find((t) => t.id === 'T2')!.sheet).toBe(t2.sheet);
    expect(cellOf(workbook, t2.dataRows[0], t2.left + 2)?.value).toBe(5660.05);
  });

  it('a table in 元 is compared with tables in 万元', () => {
    const t11 = placements.find((p) => p.id === 'T11')!;
    let wb = workbook;
    const sheet = wb.sheets.find((s) => s.name === t11.sheet)!;
    const unitRow = sheet.rows.findIndex((r) =>
      r?.some((c) => String(c?.value ?? '').includes('单位：万元')),
    );
    const unitCol = sheet.rows[unitRow]!.findIndex((c) => String(c?.value ?? '').includes('单位：万元'));
    wb = withCell(wb, t11.sheet, unitRow, unitCol, { value: '单位：元' });
    for (const row of t11.dataRows) {
      for (let col = t11.left + 1; col < t11.left + t11.width; col++) {
        const c = sheet.rows[row]?.[col];
        if (typeof c?.value === 'number')
          wb = withCell(wb, t11.sheet, row, col, { value: Math.round(c.value * 10000), format: '#,##0' });
      }
    }
    const { report } = runCheck(wb);
    expect(report.tables.find((t) => t.id === 'T11')!.unit).toBe('元');
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    // 4,800,000 元 = 480.00 万元 exceeds 表6 公用经费 473.19 万元: the units are compared, not the raw numbers.
    const over = withCell(wb, t11.sheet, t11.dataRows[0], t11.left + 1, { value: 4800000, format: '#,##0' });
    const r2 = runCheck(over).report;
    expect(r2.findings.some((f) => f.rule === 'S.agency-operating' && f.severity === 'warning')).toBe(true);
  });
});

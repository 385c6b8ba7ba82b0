/**
 * The 审核报告 a reviewer keeps: the report workbook from the command line (read back with ExcelJS: every
 * finding on its row, every link opening the checked workbook at a cell that holds the finding's figure), the
 * same sheet added to a copy of the workbook (links inside it, and the copy checks as before), the printable
 * page, a folder's summary, and the notes of the annotated copy signed 预算审核助手.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { checkWorkbook } from '../../src/engine';
import { REPORT_COLUMNS, REPORT_SHEET, type ReviewedReport } from '../../src/engine/review';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { workbookWithReport } from '../../src/hosts/xlsx/report';
import { cli, PLANTED, reports, SEED, tempDir } from '../cli/helpers';

const dir = tempDir();

/** The findings table of a 审核报告 sheet: its header row and the rows under it, by column name. */
function findingRows(sheet: ExcelJS.Worksheet): { rows: Record<string, ExcelJS.Cell>[]; header: number } {
  let header = 0;
  sheet.eachRow((row, n) => {
    if (!header && row.getCell(1).text === '序号') header = n;
  });
  expect(REPORT_COLUMNS.map((_, i) => sheet.getRow(header).getCell(i + 1).text)).toEqual([...REPORT_COLUMNS]);
  const rows: Record<string, ExcelJS.Cell>[] = [];
  for (let n = header + 1; n <= sheet.rowCount; n++) {
    const row = sheet.getRow(n);
    rows.push(Object.fromEntries(REPORT_COLUMNS.map((name, i) => [name, row.getCell(i + 1)])));
  }
  return { rows, header };
}

/** `HYPERLINK("[file]'sheet'!A1","text")` or `HYPERLINK("#'sheet'!A1",…)` → its parts. */
function link(cell: ExcelJS.Cell): { file?: string; sheet: string; address: string } {
  const formula = (cell.value as ExcelJS.CellFormulaValue).formula;
  const m = /^HYPERLINK\("(?:\[([^\]]+)\]|#)'((?:[^']|'')+)'!([A-Z]+\d+)",".*"\)$/.exec(formula);
  expect(m).not.toBeNull();
  return { ...(m![1] ? { file: m![1] } : {}), sheet: m![2].replace(/''/g, "'"), address: m![3] };
}

async function load(file: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  if (typeof file === 'string') await book.xlsx.readFile(file);
  else await book.xlsx.load(file as unknown as ExcelJS.Buffer);
  return book;
}

describe('--report 审核报告.xlsx', () => {
  const output = path.join(dir, '审核', '审核报告.xlsx');
  let report: ReviewedReport;
  let book: ExcelJS.Workbook;
  beforeAll(async () => {
    fs.mkdirSync(path.dirname(output));
    const { code, out } = await cli([PLANTED, '--report', output]);
    expect(code).toBe(1);
    expect(out).toContain(`已写出审核报告：${output}（31 条审核结果）`);
    report = reports((await cli([PLANTED, '--format', 'json'])).out)[0] as ReviewedReport;
    book = await load(output);
  });

  it('lists every finding once, with its cell, figures, category, status, and its key hidden', () => {
    const { rows } = findingRows(book.getWorksheet(REPORT_SHEET)!);
    expect(rows).toHaveLength(report.findings.length);
    const byKey = new Map(rows.map((r) => [r['编号'].text, r]));
    for (const f of report.findings) {
      const row = byKey.get(f.key)!;
      expect(row).toBeDefined();
      expect(row['结论'].text).toBe(f.message);
      expect(row['应为'].text).toBe(f.expected ?? '');
      expect(row['实际'].text).toBe(f.actual ?? '');
      expect(row['差额'].text).toBe(f.difference ?? '');
      expect(row['类别'].text).toBe({ error: '错误', warning: '提示', info: '尾差' }[f.severity]);
      expect(row['状态'].text).toBe(f.severity === 'error' ? '未处理' : '');
      expect(row['规则'].text).not.toContain(f.rule);
    }
    expect(rows.find((r) => r['类别'].text === '错误')!['规则'].text).toMatch(/[=＝]|不大于/);
    const hidden = REPORT_COLUMNS.indexOf('编号') + 1;
    expect(book.getWorksheet(REPORT_SHEET)!.getColumn(hidden).hidden).toBe(true);
  });

  it('links each row to its cell in the checked workbook, which shows the finding’s figure', async () => {
    const { rows } = findingRows(book.getWorksheet(REPORT_SHEET)!);
    const checked = await load(PLANTED);
    const byKey = new Map(report.findings.map((f) => [f.key, f]));
    let figures = 0;
    for (const row of rows) {
      const target = link(row['单元格']);
      expect(path.resolve(path.dirname(output), target.file!)).toBe(path.resolve(PLANTED));
      const finding = byKey.get(row['编号'].text)!;
      expect({ sheet: target.sheet, address: target.address }).toEqual(finding.cells[0]);
      const cell = checked.getWorksheet(target.sheet)!.getCell(target.address);
      // The checked cell holds the figure the finding calls actual (a 万元 table shows it as stored).
      if (finding.actual !== undefined && finding.tables.length === 1) {
        expect(Number(cell.value)).toBeCloseTo(Number(finding.actual), 2);
        figures++;
      }
      expect(row['单元格'].text).toBe(`${target.sheet}!${target.address}`);
    }
    expect(figures).toBeGreaterThan(20);
  });

  it('heads the sheet with the file, department, year and verdict', () => {
    const sheet = book.getWorksheet(REPORT_SHEET)!;
    const top = [1, 2, 3, 4, 5, 6, 7].map(
      (n) => sheet.getRow(n).getCell(1).text + sheet.getRow(n).getCell(2).text,
    );
    expect(top).toEqual(
      expect.arrayContaining([
        '预算公开表审核报告',
        '文件：seed-2026-planted-errors.xlsx',
        '部门：山西省人民政府外事办公室',
        '年度：2026 年',
        '结论：未通过：存在强制性错误（8 个错误、0 个提示、21 处尾差）',
      ]),
    );
  });
});

describe('the report added to a copy of the workbook', () => {
  let report: ReviewedReport;
  let copy: Uint8Array;
  beforeAll(async () => {
    const bytes = fs.readFileSync(PLANTED);
    report = checkWorkbook(await readWorkbook(bytes), { file: PLANTED });
    copy = await workbookWithReport(bytes, report, { date: new Date(2026, 11, 2, 9, 30) });
  });

  it('links inside the copy, to a cell of one of its own sheets', async () => {
    const book = await load(copy);
    const { rows } = findingRows(book.getWorksheet(REPORT_SHEET)!);
    expect(rows).toHaveLength(report.findings.length);
    for (const row of rows) {
      const target = link(row['单元格']);
      expect(target.file).toBeUndefined();
      expect(book.getWorksheet(target.sheet)).toBeDefined();
    }
  });

  it('checks exactly as the original: the report sheet is never taken for a table', async () => {
    const again = checkWorkbook(await readWorkbook(copy), { file: PLANTED });
    expect(again.tables).toEqual(report.tables);
    expect(again.findings).toEqual(report.findings);
  });

  it('replaces an earlier report rather than adding a second', async () => {
    const twice = await workbookWithReport(copy, report, { date: new Date() });
    const names = (await load(twice)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n === REPORT_SHEET)).toHaveLength(1);
  });
});

describe('the printable page', () => {
  it('--report 审核报告.html: every finding, the verdict, no rule id, text escaped', async () => {
    const output = path.join(dir, '审核报告.html');
    expect((await cli([PLANTED, '--report', output])).code).toBe(1);
    const html = fs.readFileSync(output, 'utf8');
    const report = reports((await cli([PLANTED, '--format', 'json'])).out)[0];
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('未通过：存在强制性错误');
    const escape = (t: string) => t.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
    for (const f of report.findings.filter((x) => x.severity !== 'info'))
      expect(html).toContain(escape(f.message));
    expect(html).toContain('尾差 21 处');
    for (const f of report.findings) expect(html).not.toContain(`>${f.rule}<`);
    expect(html).not.toMatch(/<script/i);
  });
});

describe('a folder’s summary', () => {
  const folder = path.join(dir, 'folder');
  beforeAll(() => {
    fs.mkdirSync(folder);
    fs.copyFileSync(SEED, path.join(folder, 'a.xlsx'));
    fs.copyFileSync(PLANTED, path.join(folder, 'b.xlsx'));
    fs.writeFileSync(path.join(folder, 'c.xlsx'), 'not a workbook');
  });

  it('one summary workbook: a row per file with department, year, tables, counts and verdict', async () => {
    const output = path.join(dir, '汇总.xlsx');
    const { code, out } = await cli([folder, '--report', output]);
    expect(code).toBe(2);
    expect(out).toContain(`已写出审核汇总：${output}（3 个文件）`);
    const sheet = (await load(output)).getWorksheet('审核汇总')!;
    const values = (n: number) => (sheet.getRow(n).values as ExcelJS.CellValue[]).slice(1);
    expect(values(4)).toEqual([
      '文件',
      '部门',
      '年度',
      '识别的表',
      '错误',
      '提示',
      '尾差',
      '已说明的提示',
      '结论',
    ]);
    const a = values(5);
    expect((a[0] as ExcelJS.CellFormulaValue).result).toBe('a.xlsx');
    expect(a.slice(1)).toEqual(['山西省人民政府外事办公室', 2026, 13, 0, 0, 24, 0, '通过']);
    expect(values(6).slice(4, 9)).toEqual([8, 0, 21, 0, '未通过：存在强制性错误']);
    expect(values(7)[8]).toMatch(/^无法读取：/);
    // The file's link opens it beside the summary.
    expect(path.resolve(dir, link2(a[0]))).toBe(path.join(folder, 'a.xlsx'));
  });

  it('or a CSV that Excel opens in Chinese', async () => {
    const output = path.join(dir, '汇总.csv');
    await cli([folder, '--report', output]);
    const text = fs.readFileSync(output, 'utf8');
    expect(text.startsWith('\ufeff文件,部门,年度')).toBe(true);
    expect(text).toContain('b.xlsx,山西省人民政府外事办公室,2026,13,8,0,21,0,未通过：存在强制性错误');
  });
});

function link2(value: ExcelJS.CellValue): string {
  return /^HYPERLINK\("([^"]+)"/.exec((value as ExcelJS.CellFormulaValue).formula)![1];
}

describe('the annotated copy', () => {
  it('signs its notes 预算审核助手, not Author', async () => {
    const output = path.join(dir, '标注.xlsx');
    await cli([PLANTED, '--annotate', output]);
    const zip = await JSZip.loadAsync(fs.readFileSync(output));
    const parts = zip.file(/^xl\/comments\d*\.xml$/);
    expect(parts.length).toBeGreaterThan(0);
    for (const part of parts) {
      const xml = await part.async('string');
      expect(xml).toContain('<author>预算审核助手</author>');
      expect(xml).not.toContain('<author>Author</author>');
    }
    // Still a workbook ExcelJS reads, notes and all.
    const book = await load(output);
    expect(JSON.stringify(book.getWorksheet('表1')!.getCell('B7').note)).toContain('错误');
  });
});

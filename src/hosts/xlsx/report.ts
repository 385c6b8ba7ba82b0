/**
 * The 审核报告 as an .xlsx, with ExcelJS: a workbook of its own (its links open the checked workbook at each
 * cell), the same sheet added to a copy of the workbook (its links jump inside it), and a folder's summary.
 * Bytes in, bytes out, no fs, like read.ts. Links are HYPERLINK formulas: Excel, WPS and LibreOffice all
 * follow them, where ExcelJS's own internal hyperlinks come out half external.
 */
import type { Comparison } from '../../engine/compare';
import {
  REPORT_COLUMNS,
  REPORT_SHEET,
  STATUS_WORDS,
  UNREVIEWED,
  type ReportColumn,
  type ReviewedReport,
} from '../../engine/review';
import type { FindingCell } from '../../engine/report';
import {
  comparisonSections,
  localDate,
  reportMeta,
  reportRows,
  type ReportRow,
} from '../../ui-shared/report-model';
import { SEVERITY_COLOURS } from '../../ui-shared/severity-colours';
import ExcelJS from './exceljs';
import { WorkbookReadError } from './read';

export const COMPARISON_SHEET = '与上一版比较';

/** Where the findings' cells are: in this workbook, or in the checked file at this path from the report. */
export type CellLinks = { readonly kind: 'internal' } | { readonly kind: 'file'; readonly path: string };

export interface ReportOptions {
  readonly date: Date;
  readonly links: CellLinks;
  readonly comparison?: Comparison;
}

const WIDTHS: Readonly<Record<ReportColumn, number>> = {
  序号: 6,
  类别: 7,
  表: 6,
  单元格: 11,
  对象: 30,
  规则: 36,
  应为: 12,
  实际: 12,
  差额: 10,
  结论: 60,
  状态: 9,
  理由: 30,
  编号: 12,
};

/** A text as an Excel string literal: quotes doubled. */
function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** `#'表1'!B7`, or `[seed.xlsx]'表1'!B7` in another workbook. */
export function linkTarget(cell: FindingCell, links: CellLinks): string {
  const at = `'${cell.sheet.replace(/'/g, "''")}'!${cell.address}`;
  return links.kind === 'internal' ? `#${at}` : `[${links.path}]${at}`;
}

/** A cell that shows `text` and opens `target` when clicked. */
export function hyperlink(target: string, text: string): ExcelJS.CellFormulaValue {
  return { formula: `HYPERLINK(${literal(target)},${literal(text)})`, result: text, date1904: false };
}

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

function rowValues(row: ReportRow, links: CellLinks): ExcelJS.CellValue[] {
  const values: Record<ReportColumn, ExcelJS.CellValue> = {
    序号: row.n,
    类别: row.kind,
    表: row.table,
    单元格: row.cell ? hyperlink(linkTarget(row.cell, links), row.cellText) : '',
    对象: row.subject,
    规则: row.rule,
    应为: row.expected,
    实际: row.actual,
    差额: row.difference,
    结论: row.message,
    状态: row.status,
    理由: row.reason,
    编号: row.key,
  };
  return REPORT_COLUMNS.map((c) => values[c]);
}

/** The 审核报告 sheet: who and what, the verdict, then one row per finding. */
export function addReportSheet(book: ExcelJS.Workbook, report: ReviewedReport, options: ReportOptions): void {
  const existing = book.getWorksheet(REPORT_SHEET);
  if (existing) book.removeWorksheet(existing.id);
  const sheet = book.addWorksheet(REPORT_SHEET, { properties: { tabColor: { argb: 'FF0F6CBD' } } });
  const meta = reportMeta(report, options.date);
  sheet.addRow([meta.title]).font = { bold: true, size: 14 };
  for (const [label, value] of meta.fields) sheet.addRow([`${label}：`, value]);
  sheet.addRow([]);
  const header = sheet.addRow([...REPORT_COLUMNS]);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEBE9' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  const statusColumn = REPORT_COLUMNS.indexOf('状态') + 1;
  for (const row of reportRows(report)) {
    const added = sheet.addRow(rowValues(row, options.links));
    added.alignment = { vertical: 'top', wrapText: true };
    const colour = SEVERITY_COLOURS[row.severity];
    added.getCell(2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(colour.fill) } };
    added.getCell(2).font = { color: { argb: argb(colour.text) } };
    added.getCell(4).font = { color: { argb: 'FF0F6CBD' }, underline: true };
    if (row.reviewable) {
      added.getCell(statusColumn).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [`"${[UNREVIEWED, ...Object.values(STATUS_WORDS)].join(',')}"`],
      };
    }
  }
  REPORT_COLUMNS.forEach((name, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = WIDTHS[name];
    if (name === '编号') column.hidden = true;
  });
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  sheet.pageSetup = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  if (options.comparison) addComparisonSheet(book, options.comparison, options.links);
}

function addComparisonSheet(book: ExcelJS.Workbook, comparison: Comparison, links: CellLinks): void {
  const existing = book.getWorksheet(COMPARISON_SHEET);
  if (existing) book.removeWorksheet(existing.id);
  const sheet = book.addWorksheet(COMPARISON_SHEET);
  const c = comparisonSections(comparison);
  sheet.addRow([`与上一版比较${comparison.previous ? `（上一版：${comparison.previous}）` : ''}`]).font = {
    bold: true,
    size: 14,
  };
  sheet.addRow([c.summary]);
  sheet.addRow([]);
  sheet.addRow([`改动的数字 ${c.figures.length} 个`]).font = { bold: true };
  sheet.addRow([...c.figureColumns]).font = { bold: true };
  comparison.figures.forEach((f, i) => {
    const values: ExcelJS.CellValue[] = [...c.figures[i]];
    // The new version's cell opens it (the old version's cell is only named).
    if (f.after) values[3] = hyperlink(linkTarget(f.after, links), c.figures[i][3]);
    sheet.addRow(values);
  });
  for (const section of c.findings) {
    sheet.addRow([]);
    sheet.addRow([section.heading]).font = { bold: true };
    if (section.rows.length > 0) sheet.addRow([...c.findingColumns]).font = { bold: true };
    for (const row of section.rows) sheet.addRow([...row]).alignment = { vertical: 'top', wrapText: true };
  }
  [40, 12, 12, 12, 60].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
}

async function bytesOf(book: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A workbook holding only the report, its links opening the checked workbook at `options.links.path`. */
export async function reportWorkbook(report: ReviewedReport, options: ReportOptions): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '预算审核助手';
  addReportSheet(book, report, options);
  return bytesOf(book);
}

/** A copy of the checked workbook with the report added (or replaced), its links inside the copy. */
export async function workbookWithReport(
  input: Uint8Array | ArrayBuffer,
  report: ReviewedReport,
  options: Omit<ReportOptions, 'links'>,
): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  try {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    // ExcelJS's typings say Buffer; it hands the bytes to JSZip, which takes any Uint8Array and only reads it.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookReadError('corrupt', undefined, { cause: error });
  }
  addReportSheet(book, report, { ...options, links: { kind: 'internal' } });
  return bytesOf(book);
}

/** One workbook's line in a folder's summary. */
export interface SummaryRow {
  readonly file: string;
  /** The file's path from the summary, for its link; none for a file that could not be read. */
  readonly link?: string;
  readonly department?: string;
  readonly year?: number;
  readonly tables?: number;
  readonly errors?: number;
  readonly warnings?: number;
  readonly residuals?: number;
  readonly explained?: number;
  /** The verdict, or why the file could not be checked. */
  readonly verdict: string;
}

export const SUMMARY_COLUMNS = [
  '文件',
  '部门',
  '年度',
  '识别的表',
  '错误',
  '提示',
  '尾差',
  '已说明的提示',
  '结论',
];

function summaryValues(row: SummaryRow): (string | number)[] {
  return [
    row.file,
    row.department ?? '',
    row.year ?? '',
    row.tables ?? '',
    row.errors ?? '',
    row.warnings ?? '',
    row.residuals ?? '',
    row.explained ?? '',
    row.verdict,
  ];
}

export async function summaryWorkbook(rows: readonly SummaryRow[], date: Date): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = '预算审核助手';
  const sheet = book.addWorksheet('审核汇总');
  sheet.addRow(['预算公开表审核汇总']).font = { bold: true, size: 14 };
  sheet.addRow(['审核时间：', localDate(date)]);
  sheet.addRow([]);
  const header = sheet.addRow(SUMMARY_COLUMNS);
  header.font = { bold: true };
  for (const row of rows) {
    const values: ExcelJS.CellValue[] = summaryValues(row);
    if (row.link) values[0] = hyperlink(row.link, row.file);
    const added = sheet.addRow(values);
    if ((row.errors ?? 0) > 0) added.getCell(5).font = { color: { argb: argb(SEVERITY_COLOURS.error.text) } };
  }
  [28, 30, 8, 10, 8, 8, 8, 12, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.views = [{ state: 'frozen', ySplit: header.number }];
  return bytesOf(book);
}

/** The same as CSV, UTF-8 with a byte-order mark so that Excel reads the Chinese right. */
export function summaryCsv(rows: readonly SummaryRow[]): string {
  const field = (v: string | number) => {
    const text = String(v);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [SUMMARY_COLUMNS, ...rows.map(summaryValues)].map((r) => r.map(field).join(','));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

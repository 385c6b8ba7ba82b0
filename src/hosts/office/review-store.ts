/**
 * Review marks and the 审核报告 inside Excel. Marks are kept in the workbook's settings (`workbook.settings`,
 * saved with the document and invisible to its reader); a workbook whose marks came from a file (a copy with
 * the 审核报告 sheet, made by the command line or the pane in a browser) has them in that sheet instead, and
 * they are read from there until the pane saves its own. The report sheet itself is written on request, its
 * cells linking to the findings' cells.
 */
import {
  parseReviewState,
  REPORT_COLUMNS,
  REPORT_SHEET,
  reviewFromRows,
  type ReviewedReport,
  type ReviewState,
} from '../../engine/review';
import { address, columnName } from '../../engine/snapshot';
import { reportMeta, reportRows } from '../../ui-shared/report-model';
import { SEVERITY_COLOURS } from '../../ui-shared/severity-colours';
import { runExcel } from './run';
import { loadSheets } from './sheets';

export const REVIEW_SETTING = 'budget-check.review';

/** The marks saved in the workbook: its settings, else its 审核报告 sheet. Two syncs, three with the sheet. */
export async function loadReview(context: Excel.RequestContext): Promise<ReviewState> {
  const saved = context.workbook.settings.getItemOrNullObject(REVIEW_SETTING).load('value');
  const sheets = await loadSheets(context);
  if (!saved.isNullObject) return parseReviewState(saved.value);
  const sheet = sheets.find((s) => s.name === REPORT_SHEET);
  if (!sheet) return {};
  const used = sheet.getUsedRangeOrNullObject(true).load('values');
  await context.sync();
  return used.isNullObject ? {} : reviewFromRows(used.values);
}

/** Saves the marks in the workbook's settings (kept when the workbook is saved). One sync. */
export async function saveReview(context: Excel.RequestContext, state: ReviewState): Promise<void> {
  context.workbook.settings.add(REVIEW_SETTING, JSON.stringify(state));
  await context.sync();
}

/** `=HYPERLINK("#'表1'!B7","表1!B7")`. */
function linkFormula(sheet: string, cell: string, text: string): string {
  const target = `#'${sheet.replace(/'/g, "''")}'!${cell}`;
  const literal = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${literal(target)},${literal(text)})`;
}

const WIDTHS: Readonly<Partial<Record<(typeof REPORT_COLUMNS)[number], number>>> = {
  对象: 180,
  规则: 200,
  结论: 320,
  理由: 160,
};

/**
 * Adds the 审核报告 sheet to the workbook (replacing an earlier one) and shows it: the same rows as the report
 * workbook, each 单元格 a link to the finding's cell. Three syncs. The marks go to the settings as well.
 */
export async function writeReportSheet(
  context: Excel.RequestContext,
  report: ReviewedReport,
  state: ReviewState,
  date: Date,
): Promise<void> {
  const old = context.workbook.worksheets.getItemOrNullObject(REPORT_SHEET);
  await context.sync();
  if (!old.isNullObject) old.delete();
  const sheet = context.workbook.worksheets.add(REPORT_SHEET);
  const meta = reportMeta(report, date);
  const rows = reportRows(report);
  const width = REPORT_COLUMNS.length;
  const pad = (cells: readonly (string | number)[]) => [...cells, ...Array(width - cells.length).fill('')];
  const top = [[meta.title], ...meta.fields.map(([k, v]) => [`${k}：`, v]), []].map(pad);
  const headerRow = top.length;
  const body = rows.map((r) =>
    pad([
      r.n,
      r.kind,
      r.table,
      r.cellText,
      r.subject,
      r.rule,
      r.expected,
      r.actual,
      r.difference,
      r.message,
      r.status,
      r.reason,
      r.key,
    ]),
  );
  const all = [...top, [...REPORT_COLUMNS], ...body];
  const range = sheet.getRange(`A1:${address(all.length - 1, width - 1)}`);
  range.numberFormat = all.map((row) => row.map(() => '@'));
  range.values = all;
  range.format.wrapText = false;
  sheet.getRange('A1').format.font.bold = true;
  const header = sheet.getRange(`A${headerRow + 1}:${address(headerRow, width - 1)}`);
  header.format.font.bold = true;
  header.format.fill.color = '#EDEBE9';
  const cellColumn = REPORT_COLUMNS.indexOf('单元格');
  rows.forEach((r, i) => {
    const at = headerRow + 1 + i;
    const kind = sheet.getRange(address(at, 1));
    kind.format.fill.color = SEVERITY_COLOURS[r.severity].fill;
    kind.format.font.color = SEVERITY_COLOURS[r.severity].text;
    if (r.cell) {
      const link = sheet.getRange(address(at, cellColumn));
      link.numberFormat = [['General']];
      link.formulas = [[linkFormula(r.cell.sheet, r.cell.address, r.cellText)]];
      link.format.font.color = '#0F6CBD';
      link.format.font.underline = 'Single';
    }
  });
  REPORT_COLUMNS.forEach((name, i) => {
    const column = sheet.getRange(`${columnName(i)}:${columnName(i)}`);
    const w = WIDTHS[name];
    if (w) column.format.columnWidth = w;
    if (name === '编号') column.columnHidden = true;
  });
  if (body.length > 0) {
    sheet.getRange(`${address(headerRow + 1, 9)}:${address(headerRow + body.length, 9)}`).format.wrapText =
      true;
  }
  context.workbook.settings.add(REVIEW_SETTING, JSON.stringify(state));
  sheet.activate();
  await context.sync();
}

export function loadReviewInExcel(): Promise<ReviewState> {
  return runExcel((context) => loadReview(context));
}

export function saveReviewInExcel(state: ReviewState): Promise<void> {
  return runExcel((context) => saveReview(context, state));
}

export function writeReportSheetInExcel(
  report: ReviewedReport,
  state: ReviewState,
  date: Date,
): Promise<void> {
  return runExcel((context) => writeReportSheet(context, report, state, date));
}

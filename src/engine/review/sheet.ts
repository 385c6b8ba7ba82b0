/**
 * The 审核报告 sheet, as far as review marks go: its columns, and reading the marks back from it. The sheet is
 * both the report a person files and the place marks travel in a workbook file: 状态 and 理由 can be edited in
 * Excel or WPS without the add-in, and the hidden 编号 column ties each row to its finding whatever the
 * sorting. The hosts write it (src/hosts/xlsx/report.ts, src/hosts/office/review-store.ts).
 */
import { cellText, type WorkbookSnapshot } from '../snapshot';
import { REVIEW_STATUSES, type ReviewMark, type ReviewState, type ReviewStatus } from './state';

export const REPORT_SHEET = '审核报告';

/** The columns of the findings table, in order; 编号 (the finding key) is hidden. */
export const REPORT_COLUMNS = [
  '序号',
  '类别',
  '表',
  '单元格',
  '对象',
  '规则',
  '应为',
  '实际',
  '差额',
  '结论',
  '状态',
  '理由',
  '编号',
] as const;

export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export const STATUS_WORDS: Readonly<Record<ReviewStatus, string>> = {
  fixed: '已改',
  explained: '已说明',
  rejected: '驳回',
};

/** The 状态 of a finding nobody has marked yet. */
export const UNREVIEWED = '未处理';

export function statusOfWord(word: string): ReviewStatus | undefined {
  return REVIEW_STATUSES.find((s) => STATUS_WORDS[s] === word.trim());
}

/**
 * The marks in a 审核报告 table given as rows of plain values (from any host): the header row is found by its
 * words, so rows above it (title, file, verdict) and columns moved by hand do not matter.
 */
export function reviewFromRows(rows: readonly (readonly unknown[] | undefined)[]): ReviewState {
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
  const headerAt = rows.findIndex(
    (r) => r?.some((v) => text(v) === '编号') && r.some((v) => text(v) === '状态'),
  );
  if (headerAt < 0) return {};
  const header = rows[headerAt]!.map(text);
  const col = (name: ReportColumn) => header.indexOf(name);
  const [key, status, reason, subject] = [col('编号'), col('状态'), col('理由'), col('对象')];
  const state: Record<string, ReviewMark> = {};
  for (const row of rows.slice(headerAt + 1)) {
    const k = text(row?.[key]);
    const s = statusOfWord(text(row?.[status]));
    if (!row || !k || !s) continue;
    const why = reason >= 0 ? text(row[reason]) : '';
    const about = subject >= 0 ? text(row[subject]) : '';
    state[k] = { status: s, ...(why ? { reason: why } : {}), ...(about ? { subject: about } : {}) };
  }
  return state;
}

/** The marks in a workbook's 审核报告 sheet, or none. */
export function reviewFromSnapshot(workbook: WorkbookSnapshot): ReviewState {
  const sheet = workbook.sheets.find((s) => s.name === REPORT_SHEET);
  if (!sheet) return {};
  return reviewFromRows(sheet.rows.map((row) => row && Array.from(row, (cell) => cellText(cell))));
}

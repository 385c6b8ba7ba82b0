/**
 * The 审核报告 as data, the same for every way it is kept: the report workbook and the sheet added to a
 * workbook (hosts), the printable page (report-page.ts) and the pane's print view. Chinese, like the tables it
 * reports on. Every finding is one row, errors first; each row says the rule in words, never its id (the id
 * stays in the JSON and in the hidden 编号 column, which ties a row to its finding for review marks).
 */
import { CATALOG } from '../engine/catalog';
import type { ComparedFinding, Comparison } from '../engine/compare';
import type { FindingCell, Severity } from '../engine/report';
import {
  countFindings,
  kindOf,
  STATUS_WORDS,
  UNREVIEWED,
  type Counts,
  type Kind,
  type ReviewedFinding,
  type ReviewedReport,
} from '../engine/review';
import { stringsFor } from './strings';
import { verdictOf } from './verdict';

const ZH = stringsFor('zh');

const RULE_WORDS: ReadonlyMap<string, string> = new Map([
  ...CATALOG.map((r) => [r.id, r.description] as const),
  ['table-missing', '部门预算公开的各张表都应公开'],
  ['table-duplicate', '每张表只出现一次'],
  ['cell-unreadable', '金额单元格应为数字或空白'],
  ['cell-text-cut', '单元格的文字不超过 Excel 的上限（32,767 个字符）'],
]);

/** The rule in words; a kind of finding the catalog does not declare gets none rather than its id. */
export function ruleWords(rule: string): string {
  return RULE_WORDS.get(rule) ?? '';
}

export const KIND_WORDS: Readonly<Record<Kind, string>> = {
  errors: ZH.severity.error,
  warnings: ZH.severity.warning,
  notes: '说明',
  residuals: ZH.severity.info,
};

const KIND_ORDER: readonly Kind[] = ['errors', 'warnings', 'notes', 'residuals'];

export interface ReportRow {
  readonly n: number;
  readonly severity: Severity;
  readonly kind: string;
  /** `表2`. */
  readonly table: string;
  /** The checked cell, for the hyperlink. */
  readonly cell?: FindingCell;
  /** `表2!D8`. */
  readonly cellText: string;
  readonly subject: string;
  readonly rule: string;
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly message: string;
  /** 未处理 / 已改 / 已说明 / 驳回 for errors and warnings; empty for 尾差 and notes, which need no action. */
  readonly status: string;
  readonly reason: string;
  readonly key: string;
  /** Errors and warnings take a review status. */
  readonly reviewable: boolean;
}

/** `表2!D8`, the sheet quoted as Excel writes it when its name needs quoting. */
export function cellReference(cell: FindingCell): string {
  return `${sheetReference(cell.sheet)}!${cell.address}`;
}

export function sheetReference(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function reportRows(report: ReviewedReport): ReportRow[] {
  const order = (f: ReviewedFinding) => KIND_ORDER.indexOf(kindOf(f));
  const sorted = [...report.findings].sort((a, b) => order(a) - order(b));
  return sorted.map((f, i) => {
    const kind = kindOf(f);
    const reviewable = kind === 'errors' || kind === 'warnings';
    const cell = f.cells[0];
    return {
      n: i + 1,
      severity: f.severity,
      kind: KIND_WORDS[kind],
      table: f.tables[0] ? `表${f.tables[0].slice(1)}` : '',
      ...(cell ? { cell } : {}),
      cellText: cell ? cellReference(cell) : '',
      subject: f.subject ?? '',
      rule: ruleWords(f.rule),
      expected: f.expected ?? '',
      actual: f.actual ?? '',
      difference: f.difference ?? '',
      message: f.message,
      status: reviewable ? (f.review ? STATUS_WORDS[f.review.status] : UNREVIEWED) : '',
      reason: f.review?.reason ?? '',
      key: f.key,
      reviewable,
    };
  });
}

/** `8 个错误、0 个提示、24 处尾差`, then notes and explained 提示 when there are any. */
export function countsText(c: Counts): string {
  const notes = c.notes > 0 ? `、${c.notes} 条说明` : '';
  const explained = c.explained > 0 ? `（另有 ${c.explained} 个提示已说明）` : '';
  return `${c.errors} 个错误、${c.warnings} 个提示${explained}、${c.residuals} 处尾差${notes}`;
}

/** The workbook's budget year and department: what most of its tables say. */
export function workbookIdentity(report: ReviewedReport): { year?: number; department?: string } {
  const most = <T>(values: readonly (T | undefined)[]): T | undefined => {
    const tally = new Map<T, number>();
    for (const v of values) if (v !== undefined) tally.set(v, (tally.get(v) ?? 0) + 1);
    return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0];
  };
  const year = most(report.tables.map((t) => t.year));
  const department = most(report.tables.map((t) => t.department));
  return { ...(year !== undefined ? { year } : {}), ...(department ? { department } : {}) };
}

export interface ReportMeta {
  readonly title: string;
  /** Label and value, in order: 文件, 部门, 年度, 审核时间, 结论. */
  readonly fields: readonly (readonly [string, string])[];
  readonly verdict: string;
  readonly counts: Counts;
}

export function reportMeta(report: ReviewedReport, date: Date): ReportMeta {
  const counts = countFindings(report.findings);
  const verdict = ZH.verdict[verdictOf(report.summary)];
  const { year, department } = workbookIdentity(report);
  const fields: [string, string][] = [];
  if (report.file) fields.push(['文件', baseName(report.file)]);
  if (department) fields.push(['部门', department]);
  if (year) fields.push(['年度', `${year} 年`]);
  fields.push(['识别的表', `${report.tables.length} 张`]);
  fields.push(['审核时间', localDate(date)]);
  fields.push(['结论', `${verdict}（${countsText(counts)}）`]);
  return { title: '预算公开表审核报告', fields, verdict, counts };
}

/** `2026-12-02 09:30`, in local time. */
export function localDate(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

export interface ComparisonSection {
  readonly heading: string;
  readonly rows: readonly (readonly string[])[];
}

/** The comparison as tables: figures changed, then findings fixed, new and still open. */
export function comparisonSections(c: Comparison): {
  readonly summary: string;
  readonly figureColumns: readonly string[];
  readonly figures: readonly (readonly string[])[];
  readonly findingColumns: readonly string[];
  readonly findings: readonly ComparisonSection[];
} {
  const where = (s?: { sheet: string; address: string }) => (s ? cellReference(s) : '');
  const finding = ({ finding: f }: ComparedFinding) => [
    KIND_WORDS[kindOf(f)],
    f.cells[0] ? cellReference(f.cells[0]) : '',
    f.subject ?? '',
    ruleWords(f.rule),
    f.message,
  ];
  return {
    summary: comparisonSummary(c),
    figureColumns: ['对象', '原单元格', '原数', '新单元格', '新数'],
    figures: c.figures.map((f) => [
      f.label,
      where(f.before),
      f.before?.shown ?? '（空）',
      where(f.after),
      f.after?.shown ?? '（空）',
    ]),
    findingColumns: ['类别', '单元格', '对象', '规则', '结论'],
    findings: [
      { heading: `已改正 ${c.fixed.length} 个`, rows: c.fixed.map(finding) },
      { heading: `新出现 ${c.added.length} 个`, rows: c.added.map(finding) },
      { heading: `仍未解决 ${c.open.length} 个`, rows: c.open.map(finding) },
    ],
  };
}

/** `改动了 4 个数字；已改正 8 个问题，新出现 0 个，仍有 0 个未解决；尾差 21 处 → 24 处`. */
export function comparisonSummary(c: Comparison): string {
  const residuals =
    c.residuals.before === c.residuals.after
      ? `尾差 ${c.residuals.after} 处`
      : `尾差 ${c.residuals.before} 处 → ${c.residuals.after} 处`;
  return `改动了 ${c.figures.length} 个数字；已改正 ${c.fixed.length} 个问题，新出现 ${c.added.length} 个，仍有 ${c.open.length} 个未解决；${residuals}`;
}

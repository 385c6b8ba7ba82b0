/**
 * The Chinese text report: errors, then warnings, explained 提示, notes and 尾差, each grouped by table; the
 * likely wrong cells by rank; a closing count line. Rules are named in words (their ids are in the JSON). A
 * 尾差 is one line per cell, naming every relation it is off by rounding in. Wrapped for an 80-column
 * terminal; colour only when the caller says so.
 */
import { CATALOG } from '../engine/catalog';
import { tableLabel } from '../engine/describe';
import type { TableId } from '../engine/model';
import type { Finding, FindingCell, RecognizedTableInfo, Severity } from '../engine/report';
import {
  countFindings,
  isCounted,
  kindOf,
  residualsByCell,
  STATUS_WORDS,
  type Counts,
  type ReviewedFinding,
  type ReviewedReport,
} from '../engine/review';
import { pushTo } from '../engine/group';
import { parseAddress, parseRange } from '../engine/snapshot';
import { cellReference as reference, countsText, ruleWords } from '../ui-shared/report-model';
import { stringsFor } from '../ui-shared/strings';
import { rankSuspects, rankWords } from '../ui-shared/suspects';
import { verdictOf } from '../ui-shared/verdict';
import { shownName } from './shown';
import { displayWidth, hang, pad, wrap } from './wrap';

export interface TextStyle {
  readonly color: boolean;
  /** Terminal columns. */
  readonly width: number;
}

export type { Counts };

const STRINGS = stringsFor('zh');

/** SGR codes: one colour per severity, plus emphasis. */
const ANSI = { error: '31', warning: '33', info: '36', bold: '1', dim: '2' } as const satisfies Record<
  Severity | 'bold' | 'dim',
  string
>;

type Paint = (code: keyof typeof ANSI, text: string) => string;

export function painter(style: TextStyle): Paint {
  return style.color ? (code, text) => `\u001b[${ANSI[code]}m${text}\u001b[0m` : (_code, text) => text;
}

const NAMES: ReadonlyMap<string, string> = new Map(CATALOG.map((r) => [r.id, r.name]));

/** `表3!D9`, a sheet name's tab or newline escaped so the line stays one line. */
function cellReference(cell: FindingCell): string {
  return shownName(reference(cell));
}

export function countsOf(report: ReviewedReport): Counts {
  return countFindings(report.findings);
}

export { countsText };

type Section = 'errors' | 'warnings' | 'explained' | 'notes' | 'residuals';

function sectionOf(f: ReviewedFinding): Section {
  return isCounted(f) ? kindOf(f) : 'explained';
}

/** The report's sections in reading order: what must be fixed first, 尾差 last. */
const SECTIONS: readonly { readonly section: Section; readonly colour: keyof typeof ANSI }[] = [
  { section: 'errors', colour: 'error' },
  { section: 'warnings', colour: 'warning' },
  { section: 'explained', colour: 'dim' },
  { section: 'notes', colour: 'bold' },
  { section: 'residuals', colour: 'info' },
];

function sectionTitle(section: Section, findings: readonly Finding[]): string {
  switch (section) {
    case 'errors':
      return `${STRINGS.severity.error} ${findings.length} 个`;
    case 'warnings':
      return `${STRINGS.severity.warning} ${findings.length} 个`;
    case 'explained':
      return `已说明的提示 ${findings.length} 个（说明已被接受，不再计入提示）`;
    case 'notes':
      return `说明 ${findings.length} 条`;
    case 'residuals': {
      const cells = residualsByCell(findings);
      const shared = cells.filter((c) => c.length > 1).length;
      const note = shared > 0 ? `；按单元格计，其中 ${shared} 处同时涉及几条关系` : '';
      return `${STRINGS.severity.info} ${cells.length} 处（四舍五入造成，不是错误${note}）`;
    }
  }
}

/** The full report of one workbook. */
export function formatReport(report: ReviewedReport, style: TextStyle): string {
  const paint = painter(style);
  const out: string[] = [paint('bold', shownName(report.file ?? '工作簿'))];
  out.push(
    hang(
      `${STRINGS.tablesFound(report.tables.length)}：`,
      report.tables.map((t) => label(t.id)).join(' '),
      style.width,
    ),
  );

  let n = 0;
  for (const { section, colour } of SECTIONS) {
    const findings = report.findings.filter((f) => sectionOf(f) === section);
    if (findings.length === 0) continue;
    out.push('', paint(colour, sectionTitle(section, findings)));
    for (const [heading, group] of byTable(report, findings)) {
      out.push(...wrap(heading, style.width).map((line) => paint('bold', line)));
      if (section === 'residuals') {
        for (const cell of residualsByCell(group)) out.push(residualLines(cell, style, paint));
      } else if (section === 'notes') {
        for (const f of group) out.push(hang('  ', shownName(f.message), style.width));
      } else {
        for (const f of group) out.push(findingBlock(f, ++n, style, paint));
      }
    }
  }

  const tiers = rankSuspects(report.suspects);
  if (tiers.length > 0) {
    out.push('', paint('bold', STRINGS.suspects));
    const words = tiers.map((t) => rankWords(t.rank, 'zh'));
    tiers.forEach((t, i) =>
      out.push(hang(`  ${words[i]}：`, t.suspects.map(cellReference).join('、'), style.width)),
    );
  }

  const verdict = verdictOf(report.summary);
  const verdictColour = verdict === 'fail' ? 'error' : verdict === 'passWithWarnings' ? 'warning' : 'bold';
  out.push('', `共 ${countsText(countsOf(report))}。${paint(verdictColour, STRINGS.verdict[verdict])}。`);
  return out.join('\n');
}

/** One line for a workbook in a folder. */
export function formatSummaryLine(report: ReviewedReport, style: TextStyle): string {
  const paint = painter(style);
  const counts = countsText(countsOf(report));
  return `${shownName(report.file ?? '工作簿')}：${STRINGS.tablesFound(report.tables.length)}，${
    report.summary.errors > 0 ? paint('error', counts) : counts
  }`;
}

export interface Totals extends Counts {
  /** Files checked, readable or not. */
  readonly files: number;
  readonly unreadable: number;
}

export function formatTotal(totals: Totals, style: TextStyle): string {
  const unreadable = totals.unreadable > 0 ? `，${totals.unreadable} 个文件无法读取` : '';
  return painter(style)('bold', `合计 ${totals.files} 个文件：${countsText(totals)}${unreadable}`);
}

function findingBlock(f: ReviewedFinding, n: number, style: TextStyle, paint: Paint): string {
  const lines = [hang(`  ${n}. `, shownName(f.message), style.width, (p) => paint(f.severity, p))];
  const indent = ' '.repeat(`  ${n}. `.length);
  if (f.cells.length > 0) {
    const [checked, ...related] = f.cells;
    const more = related.length > 0 ? `（相关：${cellList(related)}）` : '';
    lines.push(hang(`${indent}单元格：`, `${cellReference(checked)}${more}`, style.width));
  }
  const figures = figuresText(f);
  if (figures) lines.push(hang(indent, figures, style.width));
  const rule = ruleWords(f.rule);
  if (rule) lines.push(hang(`${indent}规则：`, rule, style.width));
  if (f.review) {
    const why = f.review.reason ? `，理由：${f.review.reason}` : '';
    lines.push(hang(`${indent}状态：`, `${STATUS_WORDS[f.review.status]}${why}`, style.width));
  }
  return lines.join('\n');
}

/**
 * One cell's 尾差: where, by how much, and the relations it is off in, by name. Relations that see the same
 * figures share the line; one that sees other figures gets a line of its own under the cell.
 */
function residualLines(findings: readonly Finding[], style: TextStyle, paint: Paint): string {
  const byFigures = new Map<string, string[]>();
  for (const f of findings) {
    const names = byFigures.get(figuresText(f)) ?? [];
    const name = NAMES.get(f.rule) ?? '';
    if (name && !names.includes(name)) names.push(name);
    byFigures.set(figuresText(f), names);
  }
  const cell = findings[0].cells[0];
  const where = pad(cell ? cellReference(cell) : '', 9);
  const lines: string[] = [];
  [...byFigures].forEach(([figures, names], i) => {
    const prefix = `  ${i === 0 ? where : pad('', 9)} `;
    const line = `${figures}  ${names.join('、')}`.trim();
    // The relations' names go under the figures rather than be cut in two.
    if (displayWidth(prefix + line) <= style.width) lines.push(prefix + line);
    else lines.push(prefix + figures, hang(' '.repeat(displayWidth(prefix)), names.join('、'), style.width));
  });
  return lines.map((text) => paint('dim', text)).join('\n');
}

/** `应为 5760.04  实际 5660.05  差额 -99.99`, or '' when the finding has no figures. */
function figuresText(f: Finding): string {
  const parts: string[] = [];
  if (f.expected !== undefined) parts.push(`${STRINGS.expected} ${f.expected}`);
  if (f.actual !== undefined) parts.push(`${STRINGS.actual} ${f.actual}`);
  if (f.difference !== undefined) parts.push(`${STRINGS.difference} ${f.difference}`);
  return parts.join('  ');
}

/**
 * Findings under a heading per table, in table order. A finding belongs to the table holding its checked
 * (first) cell: for a relation between tables that is the figure found wrong, not the first table named.
 */
function byTable<F extends Finding>(report: ReviewedReport, findings: readonly F[]): Map<string, F[]> {
  const keyed = findings.map((f) => {
    const holding = f.cells.length > 0 ? tableHolding(report.tables, f.cells[0]) : undefined;
    const id = holding?.id ?? f.tables[0];
    const table = holding ?? report.tables.find((t) => t.id === id);
    // Table order; findings about no table last.
    return { f, order: id ? Number(id.slice(1)) || 99 : 100, heading: heading(id, table) };
  });
  keyed.sort((a, b) => a.order - b.order);
  const groups = new Map<string, F[]>();
  for (const { f, heading: h } of keyed) pushTo(groups, h, f);
  return groups;
}

function tableHolding(
  tables: readonly RecognizedTableInfo[],
  cell: FindingCell,
): RecognizedTableInfo | undefined {
  const { row, col } = parseAddress(cell.address);
  return tables.find((t) => {
    if (t.sheet !== cell.sheet) return false;
    const r = parseRange(t.range);
    return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
  });
}

function heading(id: string | undefined, table: RecognizedTableInfo | undefined): string {
  if (!id) return '其他';
  if (!table) return `${label(id)}（未识别）`;
  // Cell references already name the sheet; say it here only when it is not simply 表N.
  const sheet = table.sheet === label(id) ? '' : `（工作表「${table.sheet}」）`;
  return shownName(`${label(id)} ${table.title}${sheet}`);
}

/** `T2` → `表2`. */
function label(id: string): string {
  return tableLabel(id as TableId);
}

/** Cells as a short list: runs of three or more adjacent cells become ranges (`表6!E30:E60`). */
function cellList(cells: readonly FindingCell[]): string {
  const runs: FindingCell[][] = [];
  for (const cell of cells) {
    const run = runs[runs.length - 1];
    if (run && continues(run, cell)) run.push(cell);
    else runs.push([cell]);
  }
  return runs
    .flatMap((run) =>
      run.length > 2 ? [`${cellReference(run[0])}:${run[run.length - 1].address}`] : run.map(cellReference),
    )
    .join('、');
}

/** Whether `cell` is the next one down the run's column, or along its row. */
function continues(run: readonly FindingCell[], cell: FindingCell): boolean {
  const last = run[run.length - 1];
  if (last.sheet !== cell.sheet) return false;
  const a = parseAddress(last.address);
  const b = parseAddress(cell.address);
  const down = b.col === a.col && b.row === a.row + 1;
  const across = b.row === a.row && b.col === a.col + 1;
  if (run.length === 1) return down || across;
  return parseAddress(run[0].address).col === a.col ? down : across;
}

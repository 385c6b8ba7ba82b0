/**
 * The Chinese text report: errors, then warnings, then 尾差, each grouped by table; the likely wrong cells;
 * a closing count line. Wrapped for an 80-column terminal; colour only when the caller says so.
 */
import { tableLabel } from '../engine/describe';
import type { TableId } from '../engine/model';
import type { CheckReport, Finding, FindingCell, RecognizedTableInfo, Severity } from '../engine/report';
import { parseAddress, parseRange } from '../engine/snapshot';
import { stringsFor } from '../ui-shared/strings';
import { verdictOf } from '../ui-shared/verdict';
import { hang, pad, wrap } from './wrap';

export interface TextStyle {
  readonly color: boolean;
  /** Terminal columns. */
  readonly width: number;
}

const STRINGS = stringsFor('zh');

/** SGR codes: one colour per severity, plus emphasis. */
const ANSI = { error: '31', warning: '33', info: '36', bold: '1', dim: '2' } as const satisfies Record<
  Severity | 'bold' | 'dim',
  string
>;

/** How many of the likely wrong cells to show. */
const MAX_SUSPECTS = 5;

type Paint = (code: keyof typeof ANSI, text: string) => string;

function painter(style: TextStyle): Paint {
  return style.color ? (code, text) => `\u001b[${ANSI[code]}m${text}\u001b[0m` : (_code, text) => text;
}

/**
 * What the text report counts. The engine's `info` covers both 尾差 (a total off by rounding, with figures)
 * and plain notes (a province's extra table not found); a reader should not see a note counted as 尾差.
 */
export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly residuals: number;
  readonly notes: number;
}

type Kind = keyof Counts;

function kindOf(f: Finding): Kind {
  if (f.severity === 'error') return 'errors';
  if (f.severity === 'warning') return 'warnings';
  return f.difference !== undefined ? 'residuals' : 'notes';
}

export function countsOf(report: CheckReport): Counts {
  const counts = { errors: 0, warnings: 0, residuals: 0, notes: 0 };
  for (const f of report.findings) counts[kindOf(f)]++;
  return counts;
}

/** `8 个错误、0 个提示、23 处尾差`, plus `、2 条说明` when there are notes. */
export function countsText(c: Counts): string {
  const notes = c.notes > 0 ? `、${c.notes} 条说明` : '';
  return `${c.errors} 个错误、${c.warnings} 个提示、${c.residuals} 处尾差${notes}`;
}

/** The report's sections in reading order: what must be fixed first, 尾差 last. */
const SECTIONS: readonly {
  readonly kind: Kind;
  readonly colour: keyof typeof ANSI;
  readonly title: (count: number) => string;
}[] = [
  { kind: 'errors', colour: 'error', title: (n) => `${STRINGS.severity.error} ${n} 个` },
  { kind: 'warnings', colour: 'warning', title: (n) => `${STRINGS.severity.warning} ${n} 个` },
  { kind: 'notes', colour: 'bold', title: (n) => `说明 ${n} 条` },
  {
    kind: 'residuals',
    colour: 'info',
    title: (n) => `${STRINGS.severity.info} ${n} 处（四舍五入造成，不是错误）`,
  },
];

/** The full report of one workbook. */
export function formatReport(report: CheckReport, style: TextStyle): string {
  const paint = painter(style);
  const out: string[] = [paint('bold', report.file ?? '工作簿')];
  out.push(
    hang(
      `${STRINGS.tablesFound(report.tables.length)}：`,
      report.tables.map((t) => label(t.id)).join(' '),
      style.width,
    ),
  );

  let n = 0;
  for (const section of SECTIONS) {
    const findings = report.findings.filter((f) => kindOf(f) === section.kind);
    if (findings.length === 0) continue;
    out.push('', paint(section.colour, section.title(findings.length)));
    for (const [heading, group] of byTable(report, findings)) {
      out.push(...wrap(heading, style.width).map((line) => paint('bold', line)));
      for (const f of group) {
        if (section.kind === 'residuals') out.push(residualLine(f, style, paint));
        else if (section.kind === 'notes') out.push(hang('  ', f.message, style.width));
        else out.push(findingBlock(f, ++n, style, paint));
      }
    }
  }

  const suspects = report.suspects.filter((s) => s.score > 0).slice(0, MAX_SUSPECTS);
  if (suspects.length > 0) {
    out.push('', paint('bold', STRINGS.suspects));
    suspects.forEach((s, i) =>
      out.push(`  ${i + 1}. ${cellRef(s)}  ${STRINGS.suspectScore(Math.round(s.score * 100))}`),
    );
  }

  const verdict = verdictOf(report.summary);
  const verdictColour = verdict === 'fail' ? 'error' : verdict === 'passWithWarnings' ? 'warning' : 'bold';
  out.push('', `共 ${countsText(countsOf(report))}  ${paint(verdictColour, STRINGS.verdict[verdict])}`);
  return out.join('\n');
}

/** One line for a workbook in a folder. */
export function formatSummaryLine(report: CheckReport, style: TextStyle): string {
  const paint = painter(style);
  const counts = countsText(countsOf(report));
  return `${report.file ?? '工作簿'}：${STRINGS.tablesFound(report.tables.length)}，${
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

function findingBlock(f: Finding, n: number, style: TextStyle, paint: Paint): string {
  const lines = [hang(`  ${n}. `, f.message, style.width, (p) => paint(f.severity, p))];
  const indent = ' '.repeat(`  ${n}. `.length);
  if (f.cells.length > 0) {
    const [checked, ...related] = f.cells;
    const more = related.length > 0 ? `（相关 ${cellList(related)}）` : '';
    lines.push(hang(`${indent}单元格 `, `${cellRef(checked)}${more}`, style.width));
  }
  const figures = figuresText(f);
  lines.push(hang(indent, figures ? `${figures}  规则 ${f.rule}` : `规则 ${f.rule}`, style.width));
  return lines.join('\n');
}

/** A 尾差 on one line: where, by how much, and which relation (one cell can be the total of two). */
function residualLine(f: Finding, style: TextStyle, paint: Paint): string {
  const where = f.cells.length > 0 ? pad(cellRef(f.cells[0]), 9) : '';
  return wrap(`${where} ${figuresText(f)}  ${f.rule}`, style.width - 2)
    .map((line) => paint('dim', `  ${line}`))
    .join('\n');
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
function byTable(report: CheckReport, findings: readonly Finding[]): Map<string, Finding[]> {
  const keyed = findings.map((f) => {
    const holding = f.cells.length > 0 ? tableHolding(report.tables, f.cells[0]) : undefined;
    const id = holding?.id ?? f.tables[0];
    const table = holding ?? report.tables.find((t) => t.id === id);
    // Table order; findings about no table last.
    return { f, order: id ? Number(id.slice(1)) || 99 : 100, heading: heading(id, table) };
  });
  keyed.sort((a, b) => a.order - b.order);
  const groups = new Map<string, Finding[]>();
  for (const { f, heading: h } of keyed) groups.set(h, [...(groups.get(h) ?? []), f]);
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
  return `${label(id)} ${table.title}${sheet}`;
}

/** `T2` → `表2`. */
function label(id: string): string {
  return tableLabel(id as TableId);
}

/** `表2!D8`, with the sheet quoted as Excel would when its name has spaces or punctuation. */
function cellRef(cell: FindingCell): string {
  return `${sheetRef(cell.sheet)}!${cell.address}`;
}

function sheetRef(sheet: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
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
      run.length > 2 ? [`${cellRef(run[0])}:${run[run.length - 1].address}`] : run.map(cellRef),
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

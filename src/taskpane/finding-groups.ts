/**
 * How the pane lists a report: findings grouped by table, the groups with errors first, errors first within,
 * explained 提示 after the others. A cell off by rounding in several relations is one item (one 尾差), as
 * the counts say.
 */
import type { FindingCell, Severity } from '../engine/report';
import { checkedCell, isCounted, kindOf, type ReviewedFinding, type ReviewedReport } from '../engine/review';
import { SEVERITY_ORDER } from '../ui-shared/severity-colours';
import { pushTo } from '../engine/group';

export type SeverityFilter = Severity | 'all';

/** One entry of the list: a finding, or the 尾差 of one cell in every relation it is off in. */
export interface FindingItem {
  readonly key: string;
  readonly severity: Severity;
  readonly findings: readonly ReviewedFinding[];
}

export interface FindingGroup {
  /** The table id (`T2`), or '' for findings about no recognised table. */
  readonly table: string;
  /** The table's title and sheet as recognised, e.g. `2026年预算收入总表（表2）`. */
  readonly heading?: string;
  readonly items: readonly FindingItem[];
}

function items(findings: readonly ReviewedFinding[]): FindingItem[] {
  const list: FindingItem[] = [];
  const residuals = new Map<string, ReviewedFinding[]>();
  for (const f of findings) {
    const cell = kindOf(f) === 'residuals' ? checkedCell(f) : undefined;
    const same = cell && residuals.get(cell);
    if (same) {
      same.push(f);
      continue;
    }
    const group = [f];
    if (cell) residuals.set(cell, group);
    list.push({ key: f.key, severity: f.severity, findings: group });
  }
  return list;
}

export function groupFindings(report: ReviewedReport, filter: SeverityFilter): FindingGroup[] {
  const order = new Map(report.tables.map((t, i) => [t.id, i]));
  const groups = new Map<string, ReviewedFinding[]>();
  for (const finding of report.findings) {
    if (filter !== 'all' && finding.severity !== filter) continue;
    const table = finding.tables[0] ?? '';
    pushTo(groups, table, finding);
  }
  const rank = (f: ReviewedFinding) => SEVERITY_ORDER.indexOf(f.severity) * 2 + (isCounted(f) ? 0 : 1);
  const worst = (findings: readonly ReviewedFinding[]) =>
    findings.reduce((w, f) => Math.min(w, rank(f)), Infinity);
  const position = (table: string) => order.get(table) ?? Number.MAX_SAFE_INTEGER;
  return [...groups]
    .map(([table, findings]) => {
      const info = report.tables.find((t) => t.id === table);
      const group: FindingGroup = {
        table,
        heading: info ? `${info.title}（${info.sheet}）` : undefined,
        items: items([...findings].sort((a, b) => rank(a) - rank(b))),
      };
      return { group, worst: worst(findings) };
    })
    .sort((a, b) => a.worst - b.worst || position(a.group.table) - position(b.group.table))
    .map(({ group }) => group);
}

/** `表2 C5、D5；表1 B7`: a finding's cells, sheet by sheet. */
export function describeCells(cells: readonly FindingCell[]): string {
  const bySheet = new Map<string, string[]>();
  for (const cell of cells) pushTo(bySheet, cell.sheet, cell.address);
  return [...bySheet].map(([sheet, addresses]) => `${sheet} ${addresses.join('、')}`).join('；');
}

/** How the pane lists a report: findings grouped by table, the groups with errors first, errors first within. */
import type { CheckReport, Finding, FindingCell, Severity } from '../engine/report';
import { SEVERITY_ORDER } from '../ui-shared/severity-colours';

export type SeverityFilter = Severity | 'all';

export interface FindingGroup {
  /** The table id (`T2`), or '' for findings about no recognised table. */
  readonly table: string;
  /** The table's title and sheet as recognised, e.g. `2026年预算收入总表（表2）`. */
  readonly heading?: string;
  readonly findings: readonly Finding[];
}

export function groupFindings(report: CheckReport, filter: SeverityFilter): FindingGroup[] {
  const order = new Map(report.tables.map((t, i) => [t.id, i]));
  const groups = new Map<string, Finding[]>();
  for (const finding of report.findings) {
    if (filter !== 'all' && finding.severity !== filter) continue;
    const table = finding.tables[0] ?? '';
    groups.set(table, [...(groups.get(table) ?? []), finding]);
  }
  const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity);
  const worst = (findings: readonly Finding[]) => Math.min(...findings.map(rank));
  const position = (table: string) => order.get(table) ?? Number.MAX_SAFE_INTEGER;
  return [...groups]
    .map(([table, findings]) => {
      const info = report.tables.find((t) => t.id === table);
      return {
        table,
        heading: info ? `${info.title}（${info.sheet}）` : undefined,
        findings: [...findings].sort((a, b) => rank(a) - rank(b)),
      };
    })
    .sort((a, b) => worst(a.findings) - worst(b.findings) || position(a.table) - position(b.table));
}

/** `表2 C5、D5；表1 B7`: a finding's cells, sheet by sheet. */
export function describeCells(cells: readonly FindingCell[]): string {
  const bySheet = new Map<string, string[]>();
  for (const cell of cells) bySheet.set(cell.sheet, [...(bySheet.get(cell.sheet) ?? []), cell.address]);
  return [...bySheet].map(([sheet, addresses]) => `${sheet} ${addresses.join('、')}`).join('；');
}

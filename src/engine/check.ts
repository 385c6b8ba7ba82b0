/** The whole check: recognise the tables, evaluate the catalog, report what is missing, rank suspects. */
import { CATALOG } from './catalog';
import type { Relation } from './catalog/types';
import { checkSameYear, checkUnitNames } from './consistency';
import { cutCellFindings } from './cut-cells';
import { tableLabel } from './describe';
import { SHORT_NAMES } from './explain/names';
import { diagnose } from './diagnose';
import { evaluateRelation, type Outcome } from './evaluate';
import type { Table, TableId } from './model';
import { recognize } from './recognize';
import { familyOf } from './templates/families';
import { TABLE_IDS, TABLE_NAMES } from './recognize/titles';
import type { NeededGap } from './instances';
import { structureFindings, tableInfo } from './recognition-report';
import type { CheckReport, Finding, NotChecked, RecognizedTableInfo } from './report';
import { address, type WorkbookSnapshot } from './snapshot';
import { excerpt } from './text';

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

export interface CheckOptions {
  /** Shown in the report's `file` field. */
  readonly file?: string;
  /** The relationships to check; the whole catalog by default. */
  readonly relations?: readonly Relation[];
}

export interface CheckResult {
  readonly report: CheckReport;
  readonly tables: ReadonlyMap<TableId, Table>;
  readonly outcomes: readonly Outcome[];
}

function tableNumber(id: string): number {
  return Number(id.slice(1)) || 99;
}

/** `T1|income` for each side of a table with a missing line that a relation needed or the template requires. */
function gappedSides(tables: ReadonlyMap<TableId, Table>, needed: readonly NeededGap[]): string[] {
  const sideOf = (key: string) => (key.includes('.') ? key.split('.')[0] : 'main');
  const keys = needed.filter((n) => n.gap.kind === 'line').map((n) => `${n.table}|${sideOf(n.gap.key)}`);
  for (const t of tables.values())
    for (const g of t.gaps) if (g.kind === 'line' && !g.optional) keys.push(`${t.id}|${sideOf(g.key)}`);
  return keys;
}

export function runCheck(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const { tables, duplicates } = recognize(workbook);
  const findings: Finding[] = [];
  const outcomes: Outcome[] = [];
  const skipped = new Map<TableId, number>();
  const list = [...tables.values()];
  const needed: (NeededGap & { relation: Relation })[] = [];
  const notChecked: NotChecked[] = [];
  const notApplicable: string[] = [];

  // Rollups last: a line found missing elsewhere explains the total above it (see ExpandOptions.gapped).
  const relations = options.relations ?? CATALOG;
  const ordered = [
    ...relations.filter((r) => r.shape.kind !== 'rollup'),
    ...relations.filter((r) => r.shape.kind === 'rollup'),
  ];
  let gapped: ReadonlySet<string> | undefined;
  for (const relation of ordered) {
    const shape = relation.shape;
    if (shape.kind === 'same-year') {
      for (const f of checkSameYear(relation, list)) findings.push(f);
      continue;
    }
    if (shape.kind === 'same-names') {
      for (const f of checkUnitNames(relation, list, shape.tables)) findings.push(f);
      continue;
    }
    if (shape.kind === 'rollup') gapped ??= new Set(gappedSides(tables, needed));
    const r = evaluateRelation(relation, tables, { gapped });
    for (const id of r.missingTables) skipped.set(id, (skipped.get(id) ?? 0) + 1);
    for (const f of r.findings) findings.push(f);
    for (const o of r.outcomes) outcomes.push(o);
    if (r.notApplicable && r.outcomes.length === 0) notApplicable.push(relation.id);
    if (r.gaps.length > 0) {
      for (const g of r.gaps) needed.push({ ...g, relation });
      const because = [...new Set(r.gaps.map((g) => `${tableLabel(g.table)} ${g.gap.zh}`))];
      notChecked.push({ rule: relation.id, name: relation.name, because });
    }
  }
  for (const f of structureFindings(tables, needed)) findings.push(f);

  const family = familyOf(list);
  for (const id of TABLE_IDS) {
    if (tables.has(id) || !family.tables.has(id)) continue;
    const n = skipped.get(id) ?? 0;
    findings.push({
      rule: 'table-missing',
      severity: family.core.has(id) ? 'warning' : 'info',
      message: `没有找到${tableLabel(id)}（${TABLE_NAMES[id]}）${n ? `，与它有关的 ${n} 条关系没有检查` : ''}。`,
      messageEn: `Table ${id.slice(1)} (${SHORT_NAMES[id].en}) was not found${n ? `; ${n} relationships that involve it were not checked` : ''}.`,
      cells: [],
      tables: [id],
    });
  }
  for (const d of duplicates) {
    findings.push({
      rule: 'table-duplicate',
      severity: 'warning',
      message: `工作表「${d.kept.sheet}」和「${d.ignored.sheet}」都像是${tableLabel(d.id)}（${TABLE_NAMES[d.id]}），只审核了「${d.kept.sheet}」。`,
      messageEn: `Sheets “${d.kept.sheet}” and “${d.ignored.sheet}” both look like Table ${d.id.slice(1)} (${SHORT_NAMES[d.id].en}); only “${d.kept.sheet}” was checked.`,
      cells: [d.kept, d.ignored].map((t) => ({
        sheet: t.sheet,
        address: address(t.range.top, t.range.left),
      })),
      tables: [d.id],
    });
  }
  for (const t of list) {
    for (const u of t.unreadable) {
      const quoted = excerpt(u.text);
      findings.push({
        rule: 'cell-unreadable',
        severity: 'error',
        message: `${tableLabel(t.id)} 工作表「${u.cell.sheet}」${address(u.cell.row, u.cell.col)} ${quoted ? `的内容「${quoted}」` : ''}${u.reason}，无法参与审核，请改为数字或清空。`,
        messageEn: `Table ${t.id.slice(1)}, sheet “${u.cell.sheet}” ${address(u.cell.row, u.cell.col)}: ${quoted ? `“${quoted}”` : 'the cell'} cannot be read as an amount, so it was left out of the check. Enter a number or clear the cell.`,
        cells: [{ sheet: u.cell.sheet, address: address(u.cell.row, u.cell.col) }],
        tables: [t.id],
      });
    }
  }

  for (const f of cutCellFindings(workbook, list)) findings.push(f);

  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      tableNumber(a.tables[0] ?? '') - tableNumber(b.tables[0] ?? ''),
  );
  const infos: RecognizedTableInfo[] = TABLE_IDS.filter((id) => tables.has(id)).map((id) =>
    tableInfo(tables.get(id)!),
  );
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const report: CheckReport = {
    ...(options.file !== undefined ? { file: options.file } : {}),
    tables: infos,
    findings,
    suspects: diagnose(outcomes),
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    family: family.id,
    notChecked,
    notApplicable: [...new Set(notApplicable)],
  };
  return { report, tables, outcomes };
}

/** The whole check: recognise the tables, evaluate the catalog, report what is missing, rank suspects. */
import { CATALOG } from './catalog';
import type { Relation } from './catalog/types';
import { tablesOf } from './catalog/types';
import { checkSameYear, checkUnitNames } from './consistency';
import { tableLabel } from './describe';
import { SHORT_NAMES } from './explain/names';
import { diagnose } from './diagnose';
import { evaluateRelation, type Outcome } from './evaluate';
import type { Table, TableId } from './model';
import { recognize } from './recognize';
import { TABLE_IDS, TABLE_NAMES } from './recognize/titles';
import type { CheckReport, Finding, RecognizedTableInfo } from './report';
import { address, type WorkbookSnapshot } from './snapshot';

/** The Ministry of Finance's core set: its absence is a warning; a province's extra table, a note. */
const CORE: ReadonlySet<TableId> = new Set(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T8', 'T9', 'T10']);

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

function rangeOf(t: Table): string {
  return `${address(t.range.top, t.range.left)}:${address(t.range.bottom, t.range.right)}`;
}

function tableNumber(id: string): number {
  return Number(id.slice(1)) || 99;
}

export function runCheck(workbook: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const { tables, duplicates } = recognize(workbook);
  const findings: Finding[] = [];
  const outcomes: Outcome[] = [];
  const skipped = new Map<TableId, number>();
  const list = [...tables.values()];

  for (const relation of options.relations ?? CATALOG) {
    const shape = relation.shape;
    if (shape.kind === 'same-year') {
      findings.push(...checkSameYear(relation, list));
      continue;
    }
    if (shape.kind === 'same-names') {
      findings.push(...checkUnitNames(relation, list, shape.tables));
      continue;
    }
    const missing = tablesOf(shape).filter((id) => !tables.has(id));
    if (missing.length > 0) {
      for (const id of missing) skipped.set(id, (skipped.get(id) ?? 0) + 1);
      continue;
    }
    const r = evaluateRelation(relation, tables);
    findings.push(...r.findings);
    outcomes.push(...r.outcomes);
  }

  for (const id of TABLE_IDS) {
    if (tables.has(id)) continue;
    const n = skipped.get(id) ?? 0;
    findings.push({
      rule: 'table-missing',
      severity: CORE.has(id) ? 'warning' : 'info',
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
      findings.push({
        rule: 'cell-unreadable',
        severity: 'error',
        message: `${tableLabel(t.id)} 工作表「${u.cell.sheet}」${address(u.cell.row, u.cell.col)} ${u.text ? `的内容「${u.text}」` : ''}${u.reason}，无法参与审核，请改为数字或清空。`,
        messageEn: `Table ${t.id.slice(1)}, sheet “${u.cell.sheet}” ${address(u.cell.row, u.cell.col)}: ${u.text ? `“${u.text}”` : 'the cell'} cannot be read as an amount, so it was left out of the check. Enter a number or clear the cell.`,
        cells: [{ sheet: u.cell.sheet, address: address(u.cell.row, u.cell.col) }],
        tables: [t.id],
      });
    }
  }

  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      tableNumber(a.tables[0] ?? '') - tableNumber(b.tables[0] ?? ''),
  );
  const infos: RecognizedTableInfo[] = TABLE_IDS.filter((id) => tables.has(id)).map((id) => {
    const t = tables.get(id)!;
    const known = {
      ...(t.year ? { year: t.year } : {}),
      ...(t.department ? { department: t.department } : {}),
    };
    return { id, title: t.title, sheet: t.sheet, range: rangeOf(t), unit: t.unit, ...known };
  });
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const report: CheckReport = {
    ...(options.file !== undefined ? { file: options.file } : {}),
    tables: infos,
    findings,
    suspects: diagnose(outcomes),
    summary: { errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
  return { report, tables, outcomes };
}

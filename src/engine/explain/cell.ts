/**
 * "这个单元格从哪里来？": every checked relationship instance a cell takes part in, with the cell's role in it
 * and the cells on the other side.
 */
import type { CheckResult } from '../check';
import { cellLabel, cellLabelEn } from '../describe';
import type { Outcome } from '../evaluate';
import type { Term } from '../instances';
import type { ColumnKey } from '../model';
import { cellView, instanceView, type CellView, type InstanceView } from './instance-view';
import { summarize, type RelationSummary } from './summary';

/**
 * computed-from: the cell is a total and `others` are its parts. feeds: the cell is a part and `others` is
 * the total it feeds. equals: it is in an equality chain with `others`. at-most: it may not exceed `others`;
 * at-least: it is the limit `others` may not exceed.
 */
export type CellRole = 'computed-from' | 'feeds' | 'equals' | 'at-most' | 'at-least';

export const ROLE_LABELS: Readonly<Record<CellRole, string>> = {
  'computed-from': '由以下单元格相加得出',
  feeds: '计入以下合计',
  equals: '应与以下单元格相等',
  'at-most': '不应大于',
  'at-least': '是以下单元格的上限',
};

export const ROLE_LABELS_EN: Readonly<Record<CellRole, string>> = {
  'computed-from': 'The sum of these cells',
  feeds: 'Counts towards this total',
  equals: 'Must equal these cells',
  'at-most': 'Must not exceed',
  'at-least': 'Is the limit of these cells',
};

export interface Involvement {
  readonly relation: RelationSummary;
  readonly role: CellRole;
  readonly roleLabel: string;
  readonly roleLabelEn: string;
  /** The cells on the other side of the role, with links to them. */
  readonly others: readonly CellView[];
  /** Whether the relationship ties this cell to another table. */
  readonly crossTable: boolean;
  /** The whole instance: both sides, figures, and whether it holds now. */
  readonly instance: InstanceView;
}

export interface CellExplanation {
  /** The cell as the engine reads it; absent when it is not an amount cell of a recognised table. */
  readonly cell?: CellView;
  /** In the order the check ran them, the catalog's: footing inside tables, then across tables, then soft. */
  readonly involvements: readonly Involvement[];
}

type Place = { readonly sheet: string; readonly row: number; readonly col: number };

function isAt(t: Term, p: Place): boolean {
  const c = t.figure?.cell;
  return !!c && c.sheet === p.sheet && c.row === p.row && c.col === p.col;
}

function roleIn(o: Outcome, p: Place): { role: CellRole; others: Term[] } | undefined {
  const inst = o.instance;
  switch (inst.kind) {
    case 'sum':
      if (isAt(inst.target, p)) return { role: 'computed-from', others: [...inst.parts] };
      return inst.parts.some((t) => isAt(t, p)) ? { role: 'feeds', others: [inst.target] } : undefined;
    case 'equal':
      return inst.members.some((t) => isAt(t, p))
        ? { role: 'equals', others: inst.members.filter((t) => !isAt(t, p)) }
        : undefined;
    case 'at-most':
      if (inst.lesser.some((t) => isAt(t, p))) return { role: 'at-most', others: [...inst.greater] };
      return inst.greater.some((t) => isAt(t, p))
        ? { role: 'at-least', others: [...inst.lesser] }
        : undefined;
  }
}

/** The recognised figure at a place, as a view. */
function findCell(result: Pick<CheckResult, 'tables'>, p: Place): CellView | undefined {
  for (const table of result.tables.values()) {
    if (table.sheet !== p.sheet) continue;
    for (const row of table.rows) {
      for (const [col, figure] of Object.entries(row.figures)) {
        if (figure && figure.cell.row === p.row && figure.cell.col === p.col) {
          return cellView({
            table: table.id,
            figure,
            label: cellLabel(table.id, row, col as ColumnKey),
            labelEn: cellLabelEn(table.id, row, col as ColumnKey),
          });
        }
      }
    }
  }
  return undefined;
}

/** Explains the cell at a zero-based row and column of a sheet (as in the snapshot). */
export function explainCell(
  result: Pick<CheckResult, 'tables' | 'outcomes'>,
  sheet: string,
  row: number,
  col: number,
): CellExplanation {
  const place = { sheet, row, col };
  const involvements: Involvement[] = [];
  const summaries = new Map<string, RelationSummary>();
  for (const o of result.outcomes) {
    const found = roleIn(o, place);
    if (!found) continue;
    const relation = o.instance.relation;
    const summary = summaries.get(relation.id) ?? summarize(relation);
    summaries.set(relation.id, summary);
    involvements.push({
      relation: summary,
      role: found.role,
      roleLabel: ROLE_LABELS[found.role],
      roleLabelEn: ROLE_LABELS_EN[found.role],
      others: found.others.map(cellView),
      crossTable: summary.tables.length > 1,
      instance: instanceView(o),
    });
  }
  const cell = findCell(result, place);
  return { ...(cell ? { cell } : {}), involvements };
}

/**
 * The figures that changed between two versions of a workbook, matched by table, line (code and name) and
 * column rather than by address: rows inserted or deleted elsewhere move cells without changing any figure,
 * and a figure is found again wherever its line went.
 */
import { cellLabel, shownFigure } from '../describe';
import type { ColumnKey, Figure, Row, Table, TableId } from '../model';
import { TABLE_IDS } from '../recognize/titles';
import { address } from '../snapshot';
import { squash } from '../text';

export interface FigureSide {
  readonly sheet: string;
  readonly address: string;
  /** As the table shows it (`4542.59`). */
  readonly shown: string;
}

export interface FigureChange {
  readonly table: TableId;
  /** `表1「一、一般公共预算」金额`. */
  readonly label: string;
  /** Absent when the line or figure is new (or was blank). */
  readonly before?: FigureSide;
  /** Absent when the line was removed (or is now blank). */
  readonly after?: FigureSide;
}

type Tables = ReadonlyMap<TableId, Table>;

/** Each row under a key made of its side, code and name; a name that repeats (T6 items) by occurrence. */
function rowsByKey(table: Table | undefined): Map<string, Row> {
  const rows = new Map<string, Row>();
  const seen = new Map<string, number>();
  for (const row of table?.rows ?? []) {
    const base = `${row.side ?? ''}|${row.code ?? ''}|${squash(row.label)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    rows.set(`${base}#${n}`, row);
  }
  return rows;
}

function side(f: Figure | undefined): FigureSide | undefined {
  if (!f || f.empty) return undefined;
  return { sheet: f.cell.sheet, address: address(f.cell.row, f.cell.col), shown: shownFigure(f) };
}

function same(a: Figure | undefined, b: Figure | undefined): boolean {
  const blankA = !a || a.empty;
  const blankB = !b || b.empty;
  if (blankA || blankB) return blankA && blankB;
  return a.value.eq(b.value);
}

/** Every figure whose value differs, in table order and then in the new version's row order. */
export function figureChanges(before: Tables, after: Tables): FigureChange[] {
  const changes: FigureChange[] = [];
  for (const id of TABLE_IDS) {
    const oldRows = rowsByKey(before.get(id));
    const newRows = rowsByKey(after.get(id));
    // The new version's rows first, in its order; then the rows that are gone.
    const keys = [...newRows.keys(), ...[...oldRows.keys()].filter((k) => !newRows.has(k))];
    for (const key of keys) {
      const was = oldRows.get(key);
      const now = newRows.get(key);
      const columns = new Set([...Object.keys(now?.figures ?? {}), ...Object.keys(was?.figures ?? {})]);
      for (const col of columns as Set<ColumnKey>) {
        const a = was?.figures[col];
        const b = now?.figures[col];
        if (same(a, b)) continue;
        const s = [side(a), side(b)] as const;
        changes.push({
          table: id,
          label: cellLabel(id, now ?? was, col),
          ...(s[0] ? { before: s[0] } : {}),
          ...(s[1] ? { after: s[1] } : {}),
        });
      }
    }
  }
  return changes;
}

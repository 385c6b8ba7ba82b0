/** How the preview lists a fill plan: the changes by table in table order, each table's cells in reading order. */
import type { FillChange } from '../../engine/derive';
import type { TableId } from '../../engine/model';

export interface ChangeGroup {
  readonly table: TableId;
  readonly sheet: string;
  readonly changes: readonly FillChange[];
}

const tableNumber = (table: TableId) => Number(table.slice(1));

export function groupChanges(changes: readonly FillChange[]): ChangeGroup[] {
  const groups = new Map<string, FillChange[]>();
  for (const change of changes) {
    const key = `${change.table}\u0000${change.sheet}`;
    const group = groups.get(key);
    if (group) group.push(change);
    else groups.set(key, [change]);
  }
  return [...groups.values()]
    .map((group) => ({
      table: group[0].table,
      sheet: group[0].sheet,
      changes: [...group].sort((a, b) => a.row - b.row || a.col - b.col),
    }))
    .sort((a, b) => tableNumber(a.table) - tableNumber(b.table) || a.sheet.localeCompare(b.sheet));
}

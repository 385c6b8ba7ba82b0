/** Finds the disclosure tables in a workbook by their titles and headers, whatever the sheets are called. */
import type { Table, TableId } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { Grid, squash } from './grid';
import { readLayout } from './layout';
import { buildTable } from './structure';
import { classifyTitle } from './titles';

export interface Duplicate {
  readonly id: TableId;
  readonly kept: Table;
  readonly ignored: Table;
}

export interface Recognition {
  readonly tables: ReadonlyMap<TableId, Table>;
  readonly duplicates: readonly Duplicate[];
}

const LABEL_LINE = /公开表\d|^表[一二三四五六七八九十\d]+$|^附表/;

/** Title cells of a sheet, top to bottom: only rows with at most three filled cells can hold a title. */
function titlesOf(grid: Grid): { row: number; col: number; id: TableId }[] {
  const found: { row: number; col: number; id: TableId }[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    const cols = grid.filledColumns(row);
    if (cols.length === 0 || cols.length > 3) continue;
    for (const col of cols) {
      const text = grid.text(row, col);
      if (!text.includes('表')) continue;
      const id = classifyTitle(text);
      if (id) {
        found.push({ row, col, id });
        break;
      }
    }
  }
  return found;
}

/** The last row that still belongs to a table ending before `next`: label lines and blanks go to the next one. */
function limitBefore(grid: Grid, next: number): number {
  let limit = next;
  while (limit > 0) {
    const cols = grid.filledColumns(limit - 1);
    if (cols.length > 0 && !(cols.length === 1 && LABEL_LINE.test(squash(grid.text(limit - 1, cols[0])))))
      break;
    limit--;
  }
  return limit;
}

export function recognize(workbook: WorkbookSnapshot): Recognition {
  const tables = new Map<TableId, Table>();
  const duplicates: Duplicate[] = [];
  // Visible sheets first: a hidden sheet holding an old copy of a table must not displace the real one.
  const sheets = [...workbook.sheets.filter((s) => !s.hidden), ...workbook.sheets.filter((s) => s.hidden)];
  for (const sheet of sheets) {
    const grid = new Grid(sheet);
    const titles = titlesOf(grid);
    titles.forEach((t, i) => {
      const limit = i + 1 < titles.length ? limitBefore(grid, titles[i + 1].row) : grid.rowCount;
      const layout = readLayout(grid, t.id, t.row, t.col, limit);
      if (layout.columns.size === 0) return; // a sentence that names a table, not a table
      const table = buildTable(layout);
      const kept = tables.get(t.id);
      if (kept) duplicates.push({ id: t.id, kept, ignored: table });
      else tables.set(t.id, table);
    });
  }
  return { tables, duplicates };
}

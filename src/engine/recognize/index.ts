/** Finds the disclosure tables in a workbook by their titles and headers, whatever the sheets are called. */
import type { Row, Table, TableId } from '../model';
import type { WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';
import { Grid } from './grid';
import { continueLayout, readLayout, type Layout } from './layout';
import { lineLabel } from './labels';
import { buildTable } from './structure';
import { classifyTitle, isContinuation } from './titles';

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

type Mark = { row: number; col: number } & ({ kind: 'title'; id: TableId } | { kind: 'continued' });

/** Title cells of a sheet, top to bottom: only rows with at most three filled cells can hold a title. */
function marksOf(grid: Grid): Mark[] {
  const found: Mark[] = [];
  for (let row = 0; row < grid.rowCount; row++) {
    const cols = grid.filledColumns(row);
    if (cols.length === 0 || cols.length > 3) continue;
    for (const col of cols) {
      const text = grid.text(row, col);
      if (!text.includes('表')) continue;
      if (isContinuation(text)) {
        found.push({ row, col, kind: 'continued' });
        break;
      }
      const id = classifyTitle(text);
      if (id) {
        found.push({ row, col, kind: 'title', id });
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

/** Codes for rows printed without them, by their names from the 类 down, from tables that print codes. */
function codesByPath(tables: readonly Table[]): void {
  const codes = new Map<string, string>();
  const pathOf = (row: Row): string => {
    const names: string[] = [];
    for (let r: Row | undefined = row; r && r.level > 0; r = r.parent) names.push(lineLabel(r.label));
    return names.reverse().join('/');
  };
  for (const t of tables)
    for (const row of t.rows) if (row.code && !row.path && row.level > 0) codes.set(pathOf(row), row.code);
  for (const t of tables) {
    for (const row of t.rows) {
      const code = row.path && !row.code ? codes.get(row.path) : undefined;
      if (code) (row as { code?: string }).code = code;
    }
  }
}

/**
 * A "三公"经费 table that also carries 机关运行经费 (one row of figures in a district's set) stands for
 * 机关运行经费表 too: that figure becomes its own table's total.
 */
function splitAgency(tables: Map<TableId, Table>): void {
  const t10 = tables.get('T10');
  const agency = t10?.lines.get('agency');
  if (!t10 || !agency || tables.has('T11')) return;
  const total = { ...agency, line: 'total', level: 0, children: [] };
  tables.set('T10', {
    ...t10,
    rows: t10.rows.filter((r) => r !== agency),
    lines: new Map([...t10.lines].filter(([key]) => key !== 'agency')),
  });
  tables.set('T11', {
    ...t10,
    id: 'T11',
    rows: [total],
    lines: new Map([['total', total]]),
    gaps: [],
    unreadable: [],
  });
}

export function recognize(workbook: WorkbookSnapshot): Recognition {
  const layouts: Layout[] = [];
  // Visible sheets first: a hidden sheet holding an old copy of a table must not displace the real one.
  const sheets = [...workbook.sheets.filter((s) => !s.hidden), ...workbook.sheets.filter((s) => s.hidden)];
  for (const sheet of sheets) {
    const grid = new Grid(sheet);
    const marks = marksOf(grid);
    marks.forEach((m, i) => {
      const limit = i + 1 < marks.length ? limitBefore(grid, marks[i + 1].row) : grid.rowCount;
      if (m.kind === 'continued') {
        const last = layouts[layouts.length - 1];
        if (last) continueLayout(grid, last, m.row, limit);
        return;
      }
      const layout = readLayout(grid, m.id, m.row, m.col, limit);
      if (layout.columns.size > 0) layouts.push(layout); // else a sentence that names a table, not a table
    });
  }
  const tables = new Map<TableId, Table>();
  const duplicates: Duplicate[] = [];
  for (const layout of layouts) {
    const table = buildTable(layout);
    const kept = tables.get(table.id);
    if (kept) duplicates.push({ id: table.id, kept, ignored: table });
    else tables.set(table.id, table);
  }
  splitAgency(tables);
  codesByPath([...tables.values()]);
  return { tables, duplicates };
}

/**
 * Last year's figures from last year's disclosure workbook itself (`--last-year 2025.xlsx`, or the file
 * picked in the pane): its tables are recognised like this year's, blank totals filled as the default fill
 * fills them, and each figure the explanation compares is read from the same line of the same table. A line
 * is found by its role (收入总计, 公务接待费…); failing that, by the code or the name of this year's line, so
 * a table laid out a little differently last year still matches. A workbook with no disclosure tables but a
 * 上年预算数 sheet is read as that sheet.
 */
import { filledWorkbook } from '../derive';
import type { Tables } from '../instances';
import type { Row, Table } from '../model';
import { recognize } from '../recognize';
import type { WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';
import { readLastYear, type LastYear, type LastYearKey } from './last-year';
import { LAST_YEAR_SOURCES } from './quoted';

/** A row's name without its numbering (`一、`, `①`, `其中：`), for matching across years. */
function bareName(label: string): string {
  return squash(label).replace(
    /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|[①-⑳]|其中[:：])/,
    '',
  );
}

/** Last year's row for this year's `row`: the same code, else the same name. */
function matching(table: Table, row: Row | undefined): Row | undefined {
  if (!row) return undefined;
  if (row.code) {
    const byCode = table.rows.find((r) => r.code === row.code && r.side === row.side);
    if (byCode) return byCode;
  }
  const name = bareName(row.label);
  return name === '' ? undefined : table.rows.find((r) => r.side === row.side && bareName(r.label) === name);
}

/** The year most of the tables' titles give. */
function yearOf(tables: Tables): number | undefined {
  const counts = new Map<number, number>();
  for (const t of tables.values()) if (t.year) counts.set(t.year, (counts.get(t.year) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/**
 * Undefined when the workbook has neither disclosure tables nor a 上年预算数 sheet. `thisYear` (this year's
 * tables) lets a line be matched by code or name when last year's table does not name its role.
 */
export function lastYearFromWorkbook(workbook: WorkbookSnapshot, thisYear?: Tables): LastYear | undefined {
  const { tables } = recognize(filledWorkbook(workbook));
  if (tables.size === 0) return readLastYear(workbook);
  const figures: Partial<Record<LastYearKey, LastYear['figures'][LastYearKey]>> = {};
  for (const [key, id, line, col] of LAST_YEAR_SOURCES) {
    const table = tables.get(id);
    if (!table) continue;
    const row = table.lines.get(line) ?? matching(table, thisYear?.get(id)?.lines.get(line));
    const figure = row?.figures[col];
    if (figure) figures[key] = figure.value;
  }
  const year = yearOf(tables);
  return { sheet: workbook.name ?? '', figures, ...(year !== undefined ? { year } : {}) };
}

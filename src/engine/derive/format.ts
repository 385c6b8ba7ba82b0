/**
 * How a filled cell shows its figure. A cell keeps its own number format; one without takes its column's
 * (a figure of the same decimals in the same column of its table), else its table's; a table whose amounts
 * carry no number format is read for how they are written: with thousands separators (`4,542.59`) or
 * plain (`4542.59`, General). The preview, the command line and the workbook all show the figure through
 * that one format, so `3,800.95` is never listed next to `3800.94`.
 */
import Decimal from 'decimal.js';
import { formatDecimals, parseAmountText, powerOfTen } from '../amount';
import type { Table } from '../model';
import { cellAt, type CellRef, type CellSnapshot, type SheetSnapshot } from '../snapshot';

function usable(format: string | undefined): string | undefined {
  return format !== undefined && formatDecimals(format) !== undefined ? format : undefined;
}

/** `#,##0.00` for 2 decimals, `#,##0` for none; plain `0.00` / `0`. */
function standard(decimals: number, grouped: boolean): string {
  const int = grouped ? '#,##0' : '0';
  return decimals > 0 ? `${int}.${'0'.repeat(decimals)}` : int;
}

/** Whether a number format groups thousands: a comma between digit placeholders of its first section. */
function groups(format: string): boolean {
  const section = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[#0?],[#0?]/.test(section);
}

/**
 * A figure in its cell's unit shown through a number format: `4,542.59`, `4542.590`, `-12.00`; past 15
 * whole digits as a power of ten, `1.7×10³⁰⁸`, as Excel too gives up the digits.
 */
export function formatShown(value: Decimal, decimals: number, numberFormat: string): string {
  const huge = powerOfTen(value);
  if (huge) return huge;
  const places = formatDecimals(numberFormat) ?? decimals;
  const fixed = value.abs().toFixed(Math.max(0, places), Decimal.ROUND_HALF_UP);
  const [int, frac] = fixed.split('.');
  const whole = groups(numberFormat) ? int.replace(/\B(?=(\d{3})+$)/g, ',') : int;
  const sign = value.isNegative() && !/^0(\.0+)?$/.test(fixed) ? '-' : '';
  return `${sign}${whole}${frac === undefined ? '' : `.${frac}`}`;
}

/** A cell's content as a reader sees it: its shown text, else a number through its own format. */
export function shownContent(cell: CellSnapshot | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text.trim();
  if (typeof cell.value === 'number' && usable(cell.format))
    return formatShown(new Decimal(cell.value), 0, cell.format!);
  if (cell.error) return cell.error;
  return cell.value === null ? '' : String(cell.value).trim();
}

type Evidence = { readonly format?: string; readonly grouped?: boolean };

/** What a run of cells says about how amounts are shown there. */
function evidenceIn(cells: Iterable<CellSnapshot | undefined>, decimals: number): Evidence {
  let grouped: boolean | undefined;
  for (const c of cells) {
    if (!c) continue;
    if (typeof c.value === 'number' && c.value !== 0) {
      const format = usable(c.format);
      if (format && formatDecimals(format) === decimals) return { format };
      if (format) grouped ??= groups(format);
      else grouped ??= c.text !== undefined ? /\d,\d{3}/.test(c.text) : false;
    } else if (typeof c.value === 'string' && parseAmountText(c.value).kind === 'amount') {
      if (/\d,\d{3}/.test(c.value)) grouped = true;
      else grouped ??= false;
    }
  }
  return grouped === undefined ? {} : { grouped };
}

/**
 * The format a filled cell is written with, by cell: its own, its column's, its table's, else the standard
 * `#,##0.00` of the disclosure tables. Each column and table is read once.
 */
export function numberFormats(
  sheets: ReadonlyMap<string, SheetSnapshot>,
): (table: Table, cell: CellRef, decimals: number) => string {
  const memo = new Map<string, Evidence>();
  const columnCells = function* (sheet: SheetSnapshot, table: Table, col: number) {
    for (const row of table.rows) yield cellAt(sheet, row.sheetRow, col);
  };
  const tableCells = function* (sheet: SheetSnapshot, table: Table) {
    for (const col of table.columns.values()) yield* columnCells(sheet, table, col);
  };
  const read = (key: string, cells: () => Iterable<CellSnapshot | undefined>, decimals: number) => {
    let found = memo.get(key);
    if (!found) memo.set(key, (found = evidenceIn(cells(), decimals)));
    return found;
  };
  return (table, cell, decimals) => {
    const sheet = sheets.get(cell.sheet);
    if (!sheet) return standard(decimals, true);
    const own = usable(cellAt(sheet, cell.row, cell.col)?.format);
    if (own) return own;
    const base = `${sheet.name}!${table.id}!${decimals}`;
    const column = read(`${base}!${cell.col}`, () => columnCells(sheet, table, cell.col), decimals);
    if (column.format) return column.format;
    const whole = read(base, () => tableCells(sheet, table), decimals);
    if (whole.format) return whole.format;
    return standard(decimals, column.grouped ?? whole.grouped ?? true);
  };
}

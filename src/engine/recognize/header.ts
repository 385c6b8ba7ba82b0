/**
 * The block between a table's title and its first data row: lines that say who and in what unit (部门名称,
 * 编制单位, 单位：万元, a date, or any one-cell line), then the header rows that name the columns. The unit and
 * the department may sit anywhere in that block, also beside the headings (right-aligned in the last column).
 */
import { normalizeNumericText, parseAmountCell, parseAmountText } from '../amount';
import { codeOf } from './codes';
import { squash, type Grid } from './grid';

export type Unit = '万元' | '元';

export interface HeaderBlock {
  readonly department?: string;
  readonly unit: Unit;
  /** Rows naming the columns, top to bottom (a `1 2 3 …` column-number row is not among them). */
  readonly headerRows: readonly number[];
  /** The first row below the header. */
  readonly dataTop: number;
  /** Cells in header rows that state the unit or the department rather than name a column (`row,col`). */
  readonly metaCells: ReadonlySet<string>;
}

/** `单位：万元`, `金额单位：元`, `单位:人民币万元`. */
const UNIT = /单位\s*[:：]\s*(?:人民币)?\s*(万元|元)/;
/** A unit in a heading: `金额（万元）`. */
const UNIT_IN_WORD = /[（(]\s*(万元|元)\s*[)）]/;
const DEPARTMENT = /(?:部门名称|单位名称|编制单位|填报单位|预算单位|编制部门|主管部门|部门)\s*[:：]\s*(.*)$/;
/** `key：value` text, the way header lines state facts; 其中： opens a heading, not a fact. */
const FACT = /^[^:：]{1,8}[:：]/;
const LABEL_LINE = /公开表\s*\d|^表[一二三四五六七八九十\d]+(-\d+)?$|^附表|^续表/;
const DATE = /^\d{4}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?$|^(19|20)\d{2}年度?$/;

const DATA_LABEL = /^(合计|总计|部门合计|本年收入合计|收入总计)$|^[一二三四五六七八九十]+、|因公出国/;

export function isFactCell(text: string): boolean {
  const t = squash(text);
  if (t === '') return false;
  if (UNIT.test(t) || LABEL_LINE.test(t) || DATE.test(t)) return true;
  return FACT.test(t) && !/^其中/.test(t);
}

/** A line of facts above the header: one cell of anything, or cells that all state facts. */
function isFactLine(grid: Grid, row: number): boolean {
  const cols = grid.filledColumns(row);
  if (cols.length <= 1) return true;
  return cols.every((c) => isFactCell(grid.text(row, c)));
}

/** `1 2 3 … n` under the header, as some tables number their columns. */
export function isColumnNumberRow(grid: Grid, row: number): boolean {
  const cols = grid.filledColumns(row);
  if (cols.length < 3) return false;
  return cols.every((c, i) => grid.text(row, c) === String(i + 1));
}

/** A number that is not a column number or a year heading (`2026`), or text that reads as an amount. */
export function isFigure(grid: Grid, row: number, col: number): boolean {
  const v = grid.cell(row, col)?.value;
  if (typeof v === 'number' && !(Number.isInteger(v) && (v < 10 || (v >= 1900 && v <= 2100)))) return true;
  const t = normalizeNumericText(grid.text(row, col));
  // Text with decimals or separators, or a whole number too long for a heading (a year, a column number).
  return (/[.,]\d/.test(t) || /^-?\d{5,}$/.test(t)) && parseAmountText(t).kind === 'amount';
}

function looksLikeData(grid: Grid, row: number, left: number): boolean {
  if (isColumnNumberRow(grid, row)) return false;
  const cols = grid.filledColumns(row).filter((c) => !isFactCell(grid.text(row, c)));
  if (cols.some((c) => isFigure(grid, row, c))) return true;
  // A row label such as 合计 or a code sits in the table's first columns; further right, 合计 is a heading.
  const first = cols.length > 0 ? squash(grid.text(row, cols[0])) : '';
  if (cols.length > 0 && cols[0] <= left + 1 && (DATA_LABEL.test(first) || codeOf(first))) {
    // …unless the cells to its right are headings too (`合计 | 一般公共预算 | 政府性基金预算` under a group):
    // words standing over the figures below them, or words across the row.
    const words = cols.slice(1).filter((c) => parseAmountCell(grid.cell(row, c)).kind === 'invalid');
    if (words.length >= 2) return false;
    return !(DATA_LABEL.test(first) && words.length > 0 && words.every((c) => figuresBelow(grid, row, c)));
  }
  return false;
}

/** The next filled cell under (row, col), within a few rows, is a figure: (row, col) heads a column of them. */
function figuresBelow(grid: Grid, row: number, col: number): boolean {
  for (let r = row + 1; r <= row + 3 && r < grid.rowCount; r++) {
    if (grid.text(r, col) === '') continue;
    return isFigure(grid, r, col);
  }
  return false;
}

/**
 * Below the first header row, a row with only a name in the table's first column, not merged over others,
 * is a data row left blank (a heading over several columns sits further right, or spans them).
 */
function isBlankDataRow(grid: Grid, row: number, left: number): boolean {
  const cols = grid.filledColumns(row);
  return (
    cols.length === 1 &&
    cols[0] <= left &&
    !grid.isMergedAway(row, cols[0]) &&
    !grid.isMergedAway(row, cols[0] + 1) &&
    !isFactCell(grid.text(row, cols[0]))
  );
}

function departmentOf(text: string): string | undefined {
  const m = DEPARTMENT.exec(squash(text));
  if (!m) return undefined;
  const name = m[1].replace(/(金额)?单位[:：].*$/, '').trim();
  return name || undefined;
}

/** `山西省外事办公室2026年部门预算收支总表` → `山西省外事办公室`. */
export function departmentInTitle(title: string): string | undefined {
  const m = /^(.{2,40}?)(?:19|20)\d{2}\s*年/.exec(squash(title));
  if (!m || /^(表|附表|预算公开表|部门公开表)/.test(m[1])) return undefined;
  return m[1];
}

/** Reads the block under the title at `titleRow`, down to (not including) `limit`. */
export function readHeader(grid: Grid, titleRow: number, limit: number): HeaderBlock {
  let unit: Unit | undefined;
  let department: string | undefined;
  const metaCells = new Set<string>();
  const note = (row: number, col: number): boolean => {
    const text = grid.text(row, col);
    const u = UNIT.exec(squash(text));
    const d = departmentOf(text);
    if (u) unit ??= u[1] as Unit;
    if (d) department ??= d;
    return !!(u || d);
  };
  for (const c of grid.filledColumns(titleRow)) note(titleRow, c);

  let row = titleRow + 1;
  for (; row < limit; row++) {
    const cols = grid.filledColumns(row);
    if (cols.length === 0) continue;
    if (!isFactLine(grid, row)) break;
    for (const c of cols) note(row, c);
  }
  const headerTop = row;
  const left = grid.filledColumns(headerTop)[0] ?? 0;
  while (row < limit && row - headerTop < 5 && !looksLikeData(grid, row, left)) {
    if (row > headerTop && isBlankDataRow(grid, row, left)) break;
    // A `1 2 3 … n` row numbers the columns under the header: data follows it, even blank data.
    if (isColumnNumberRow(grid, row++)) break;
  }
  const dataTop = row;
  const headerRows: number[] = [];
  for (let r = headerTop; r < dataTop; r++) {
    const cols = grid.filledColumns(r);
    if (cols.length === 0 || isColumnNumberRow(grid, r)) continue;
    headerRows.push(r);
    for (const c of cols) {
      if (isFactCell(grid.text(r, c)) && note(r, c)) metaCells.add(`${r},${c}`);
      const u = UNIT_IN_WORD.exec(grid.text(r, c));
      if (u) unit ??= u[1] as Unit;
    }
  }
  return { department, unit: unit ?? '万元', headerRows, dataTop, metaCells };
}

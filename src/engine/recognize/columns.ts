/**
 * What each column of a table holds, read from its content first and its heading second: a column of text
 * labels is a name column whatever its heading says (`项目`, `收入项目`, `单位名称`); a column of 3/5/7-digit
 * codes is a code column, three columns of 类/款/项 parts are one split code; the rest that hold figures, or
 * are headed like amounts, are amount columns. Tables with two sides (收支总表) are split where a label column
 * follows amounts, and each part is told to be income or expenditure by its lines.
 */
import { readAmountCell } from '../amount';
import { classCode } from '../classification';
import { codeOf } from './codes';
import { squash, type Grid } from './grid';
import type { SideKey } from '../templates/types';

export interface AmountColumn {
  readonly col: number;
  /** Its heading, top header row first, as words with spaces, numbering and units removed. */
  readonly words: readonly string[];
}

export interface SideColumns {
  readonly side: SideKey;
  /** Where the side's columns start and end. */
  readonly left: number;
  readonly right: number;
  /** The code column (`2010301`), or the columns of a split code (`201 | 03 | 01`), left to right. */
  readonly code: readonly number[];
  readonly name?: number;
  /** A second name column (表6 pairs 部门 and 政府 economic names). */
  readonly name2?: number;
  readonly amounts: readonly AmountColumn[];
}

type Role = 'code' | 'name' | 'amount';

const PART = /^\d{1,3}$/;
const CODE_AND_NAME = /^\d{3}(?:\d{2}){0,3}\s*[^\d\s.,]/;
const CODE_WORD = /编码|代码/;
/** The headings of a split code's parts. */
const PART_WORD = /^(类|款|项)$/;
const NAME_WORD = /名称|项目$|科目$|^单位$|^摘要$|^内容$|^部门$/;

/** A heading as matching sees it: no spaces or line breaks, no `1.`/`一、` numbering, no `（万元）`. */
export function headingWord(text: string): string {
  return squash(text)
    .replace(/[（(](万元|元|千元)[)）]/g, '')
    .replace(/^(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）.、．]|第[一二三四五六七八九十\d]+[栏列])/, '')
    .replace(/^其中[:：]/, '');
}

interface Profile {
  filled: number;
  /** The rows with something in this column. */
  rows: Set<number>;
  /** Cells holding a classification code: 3, 5 or 7 digits, each longer one extending a shorter one above. */
  codes: number;
  /** One- to three-digit parts of a split code (`03`). */
  parts: number;
  texts: number;
  figures: number;
}

function profile(grid: Grid, col: number, rows: readonly number[]): Profile {
  const p: Profile = { filled: 0, rows: new Set(), codes: 0, parts: 0, texts: 0, figures: 0 };
  const seen = new Set<string>();
  let numeric = 0;
  let chained = 0;
  for (const row of rows) {
    const cell = grid.cell(row, col);
    if (!cell || grid.isMergedAway(row, col)) continue;
    const text = squash(grid.text(row, col)).normalize('NFKC');
    // A number is a code only as a whole number (2010301); `201.03` in a number cell is an amount.
    const code =
      typeof cell.value === 'number'
        ? Number.isInteger(cell.value)
          ? codeOf(String(cell.value))
          : undefined
        : codeOf(grid.text(row, col));
    const reading = readAmountCell(cell);
    if (text === '' && reading.kind === 'empty') continue;
    p.filled++;
    p.rows.add(row);
    const typedAsText = typeof cell.value === 'string' || cell.format === '@';
    // A code extends a code above it (or is a 类); amounts typed as digits do not chain like that.
    if (code && (code.length === 3 || seen.has(code.slice(0, -2)))) {
      if (code.length > 3) chained++;
      seen.add(code);
      if (typedAsText) p.codes++;
      else numeric++;
    } else if (PART.test(text) && typedAsText) p.parts++;
    else if (CODE_AND_NAME.test(text) || reading.kind === 'invalid') p.texts++;
    else if (reading.kind === 'amount') p.figures++;
  }
  // Codes Excel turned into numbers count as codes only where they chain (201, 20103, 2010301).
  if (chained > 0) p.codes += numeric;
  else p.figures += numeric;
  return p;
}

function roleOf(words: readonly string[], p: Profile): Role | undefined {
  const lowest = words[words.length - 1] ?? '';
  if (PART_WORD.test(lowest) && p.texts === 0) return 'code';
  if (words.some((w) => CODE_WORD.test(w)) && p.texts <= p.codes + p.parts && p.figures === 0) return 'code';
  const content = p.filled - p.parts;
  if (p.texts > 0 && p.texts * 2 >= content) return 'name';
  if (p.codes > 0 && p.codes * 2 >= p.filled && p.figures <= p.codes) return 'code';
  if (p.figures > 0) return 'amount';
  if (words.length === 0) return undefined;
  if (NAME_WORD.test(lowest) || words.every((w) => NAME_WORD.test(w))) return 'name';
  return 'amount';
}

/** Headings of a column, top to bottom, each word once (a merged group heading repeats down its span). */
function headingsOf(
  grid: Grid,
  col: number,
  headerRows: readonly number[],
  meta: ReadonlySet<string>,
): string[] {
  const words: string[] = [];
  for (const r of headerRows) {
    if (meta.has(`${r},${col}`)) continue;
    const w = headingWord(grid.mergedText(r, col));
    if (w && words[words.length - 1] !== w) words.push(w);
  }
  return words;
}

interface Group {
  labels: { col: number; role: Role; rows: ReadonlySet<number> }[];
  amounts: AmountColumn[];
  left: number;
  right: number;
}

/** How strongly a group's lines read as income (positive) or expenditure (negative). */
function incomeLean(grid: Grid, group: Group, rows: readonly number[]): number {
  let lean = 0;
  for (const { col } of group.labels) {
    for (const row of rows) {
      const label = squash(grid.text(row, col)).replace(/^[一二三四五六七八九十]+、|^\d+[.、]/, '');
      if (label === '') continue;
      if (classCode(label) || /支出(合计|总计)?$|年终结转|年末结转/.test(label)) lean--;
      else if (/收入|预算$|资金$|拨款|结转/.test(label)) lean++;
    }
  }
  return lean;
}

export function readColumns(
  grid: Grid,
  headerRows: readonly number[],
  meta: ReadonlySet<string>,
  dataRows: readonly number[],
  span: { readonly left: number; readonly right: number },
  twoSided: boolean,
): SideColumns[] {
  const groups: Group[] = [];
  let current: Group | undefined;
  const headings = new Map<number, string[]>();
  for (let col = span.left; col <= span.right; col++) {
    const words = headingsOf(grid, col, headerRows, meta);
    headings.set(col, words);
    const p = profile(grid, col, dataRows);
    const role = roleOf(words, p);
    if (!role) continue;
    if (role === 'amount') {
      current ??= { labels: [], amounts: [], left: col, right: col };
      current.amounts.push({ col, words });
      current.right = col;
      continue;
    }
    if (!current || current.amounts.length > 0) {
      current = { labels: [], amounts: [], left: col, right: col };
      groups.push(current);
    }
    current.labels.push({ col, role, rows: p.rows });
    current.right = col;
  }
  if (current && !groups.includes(current)) groups.push(current);
  const usable = groups.filter((g) => g.amounts.length > 0 || g.labels.length > 0);
  const kept = twoSided ? usable.slice(0, 2) : usable.slice(0, 1);
  const sides = sidesOf(grid, kept, dataRows, headerRows, twoSided);
  return kept.map((g, i) => toSide(g, sides[i]));
}

function sidesOf(
  grid: Grid,
  groups: readonly Group[],
  rows: readonly number[],
  headerRows: readonly number[],
  twoSided: boolean,
): SideKey[] {
  if (!twoSided) return groups.map(() => 'main');
  // Headings over a group (收入 / 支出, 收入项目 / 支出项目) say it outright; else its lines; else its place.
  const leans = groups.map((g) => {
    const heads = headerRows.map((r) => squash(grid.mergedText(r, g.left))).join('');
    const said =
      /支出/.test(heads) && !/收入/.test(heads) ? -100 : /收入/.test(heads) && !/支出/.test(heads) ? 100 : 0;
    return said + incomeLean(grid, g, rows);
  });
  if (groups.length === 1) return [leans[0] < 0 ? 'expense' : 'income'];
  return leans[1] > leans[0] ? ['expense', 'income'] : ['income', 'expense'];
}

/**
 * A name column that only fills in where a fuller name column is blank — a 科目编码 column whose codes were
 * never typed, holding just the 合计 row's label — changes no roles: it is not a second name column (表6's
 * two name columns are filled on the same rows). Left of the names it is read like a code column (its few
 * labels still name their rows); right of them it is left out.
 */
function withoutSparse(labels: Group['labels']): Group['labels'] {
  const names = labels.filter((l) => l.role === 'name');
  if (names.length < 2) return labels;
  const fullest = names.reduce((a, b) => (b.rows.size > a.rows.size ? b : a));
  const sparse = (l: Group['labels'][number]) =>
    l !== fullest &&
    l.role === 'name' &&
    l.rows.size < fullest.rows.size &&
    ![...l.rows].some((r) => fullest.rows.has(r));
  if (!names.some(sparse)) return labels;
  const coded = labels.some((l) => l.role === 'code');
  return labels.flatMap((l) =>
    !sparse(l) ? [l] : l.col < fullest.col && !coded ? [{ ...l, role: 'code' as const }] : [],
  );
}

function toSide(g: Group, side: SideKey): SideColumns {
  const labels = withoutSparse(g.labels);
  const names = labels.filter((l) => l.role === 'name').map((l) => l.col);
  return {
    side,
    left: g.left,
    right: g.right,
    code: labels
      .filter((l) => l.role === 'code')
      .map((l) => l.col)
      .slice(0, 3),
    ...(names[0] !== undefined ? { name: names[0] } : {}),
    ...(names[1] !== undefined ? { name2: names[1] } : {}),
    amounts: g.amounts,
  };
}

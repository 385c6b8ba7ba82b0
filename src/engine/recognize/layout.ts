/**
 * The physical layout of one table: where its header ends, what each column holds, and its data rows with
 * their figures. Knows nothing of how rows add up; structure.ts does that.
 */
import { normalizeNumericText, parseAmountCell, parseAmountText, readAmountCell } from '../amount';
import { CellFigure } from '../figure';
import type { ColumnKey, Figure, Side, TableId } from '../model';
import { squash, type Grid } from './grid';
import { titleYear } from './titles';

export type SideKey = Side | 'main';

export interface RawRow {
  readonly sheetRow: number;
  readonly side: SideKey;
  readonly code?: string;
  readonly label: string;
  /** T6's second name column (政府预算支出经济科目). */
  readonly label2?: string;
  readonly figures: Partial<Record<ColumnKey, Figure>>;
}

export interface Layout {
  readonly id: TableId;
  readonly title: string;
  readonly sheet: string;
  readonly year?: number;
  readonly unit: '万元' | '元';
  readonly department?: string;
  readonly range: { top: number; left: number; bottom: number; right: number };
  /** `side.key` → column, e.g. `main.total`, `income.amount`. */
  readonly columns: Map<string, number>;
  readonly rows: RawRow[];
  readonly unreadable: { cell: { sheet: string; row: number; col: number }; text: string; reason: string }[];
}

type ColumnRole = { kind: 'code' } | { kind: 'name' } | { kind: 'amount'; key: ColumnKey };

const AMOUNT_WORDS: ReadonlyArray<readonly [RegExp, ColumnKey]> = [
  [/当年预算安排|本年预算安排|当年安排/, 'current'],
  [/上年结转/, 'carryOver'],
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/单位资金|其他资金|单位自筹/, 'unitFunds'],
  [/基本支出/, 'basic'],
  [/项目支出/, 'project'],
  [/人员经费|人员支出/, 'personnel'],
  [/公用经费|公用支出/, 'operating'],
  [/小计/, 'subtotal'],
  [/合计|总计/, 'total'],
  [/金额|预算数|^\d{4}年?$|^本年$/, 'amount'],
];

function roleOfWord(word: string): ColumnRole | undefined {
  if (/编码|代码/.test(word)) return { kind: 'code' };
  for (const [re, key] of AMOUNT_WORDS) if (re.test(word)) return { kind: 'amount', key };
  if (/名称|^项目$|^科目$|^单位$/.test(word)) return { kind: 'name' };
  return undefined;
}

/** The role of a column from its header words, read bottom-up: the lowest header row is the most specific. */
function columnRole(words: string[]): ColumnRole | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const role = roleOfWord(words[i]);
    if (role) return role;
  }
  return undefined;
}

const META = /部门名称|单位[:：]|编制单位|公开表\d|^表[一二三四五六七八九十\d]+$|^附表/;
const DATA_LABEL = /^(合计|总计|部门合计|本年收入合计)$|^[一二三四五六七八九十]+、|因公出国/;
const CODE = /^\d{3}(\d{2}){0,3}$/;
const NOTE = /^(注|说明|备注|填报说明)[:：]/;

/** `1 2 3 … n` under the header, as some tables number their columns. */
function isColumnNumberRow(grid: Grid, row: number): boolean {
  const cols = grid.filledColumns(row);
  if (cols.length < 3) return false;
  return cols.every((c, i) => grid.text(row, c) === String(i + 1));
}

function looksLikeData(grid: Grid, row: number, left: number): boolean {
  if (isColumnNumberRow(grid, row)) return false;
  const cols = grid.filledColumns(row);
  // A row label such as 合计 or a code sits in the table's first columns; further right, 合计 is a column heading.
  const first = cols.length > 0 ? squash(grid.text(row, cols[0])) : '';
  if (cols.length > 0 && cols[0] <= left + 1 && (DATA_LABEL.test(first) || CODE.test(first))) {
    // …unless the cells to its right are headings too (`合计 | 一般公共预算 | 政府性基金预算` under a group heading).
    const words = cols.slice(2).filter((c) => parseAmountCell(grid.cell(row, c)).kind === 'invalid');
    if (words.length < 2 || cols.some((c) => isFigure(grid, row, c))) return true;
  }
  return cols.some((c) => isFigure(grid, row, c));
}

/** A number that is not a column number or a year heading (`2026`), or text that reads as an amount. */
function isFigure(grid: Grid, row: number, col: number): boolean {
  const v = grid.cell(row, col)?.value;
  if (typeof v === 'number' && !(Number.isInteger(v) && (v < 10 || (v >= 1900 && v <= 2100)))) return true;
  const t = normalizeNumericText(grid.text(row, col));
  return /[.,]\d/.test(t) && parseAmountText(t).kind === 'amount';
}

/** Below the first header row, a row with only a name that is no column heading is a data row left blank. */
function isBlankDataRow(grid: Grid, row: number): boolean {
  const cols = grid.filledColumns(row);
  return (
    cols.length === 1 && !roleOfWord(squash(grid.text(row, cols[0]))) && !grid.isMergedAway(row, cols[0])
  );
}

function isNoteRow(grid: Grid, row: number): boolean {
  const cols = grid.filledColumns(row);
  return cols.length > 0 && NOTE.test(squash(grid.text(row, cols[0])));
}

/** Reads the table whose title is at (titleRow, titleCol), down to (not including) `limit`. */
export function readLayout(
  grid: Grid,
  id: TableId,
  titleRow: number,
  titleCol: number,
  limit: number,
): Layout {
  const title = grid.text(titleRow, titleCol);
  let unit: '万元' | '元' = '万元';
  let department: string | undefined;
  let row = titleRow + 1;
  // Department and unit lines, blank spacer rows.
  for (; row < limit; row++) {
    const cols = grid.filledColumns(row);
    if (cols.length === 0) continue;
    const line = cols.map((c) => squash(grid.text(row, c))).join(' ');
    if (!META.test(line)) break;
    const u = /单位[:：](万元|元)/.exec(line);
    if (u) unit = u[1] as '万元' | '元';
    const d = /部门名称[:：]([^ ]+?)(?:(?:金额)?单位[:：]|$| )/.exec(line);
    if (d) department = d[1];
  }
  const headerTop = row;
  const headerLeft = grid.filledColumns(headerTop)[0] ?? titleCol;
  while (row < limit && row - headerTop < 5 && !looksLikeData(grid, row, headerLeft)) {
    if (row > headerTop && isBlankDataRow(grid, row)) break;
    // A `1 2 3 … n` row numbers the columns under the header: data follows it, even a row whose figures
    // are still blank.
    if (isColumnNumberRow(grid, row++)) break;
  }
  const dataTop = row;
  const headerRows: number[] = [];
  for (let r = headerTop; r < dataTop; r++) {
    if (grid.filledColumns(r).length > 0 && !isColumnNumberRow(grid, r)) headerRows.push(r);
  }

  // Columns: roles from header words; sides split where a label column follows an amount column.
  let right = 0;
  for (let r = headerTop; r < limit; r++) right = Math.max(right, grid.rowLength(r) - 1);
  const columns = new Map<string, number>();
  const labels = new Map<string, number>();
  let side: SideKey = id === 'T1' || id === 'T4' || id === 'T9' ? 'income' : 'main';
  let seenAmount = false;
  let left = Number.MAX_SAFE_INTEGER;
  for (let col = 0; col <= right; col++) {
    const words: string[] = [];
    for (const r of headerRows) {
      const w = squash(grid.mergedText(r, col));
      if (w && words[words.length - 1] !== w) words.push(w);
    }
    const role = columnRole(words);
    if (!role) continue;
    left = Math.min(left, col);
    if (role.kind === 'amount') {
      seenAmount = true;
      if (!columns.has(`${side}.${role.key}`)) columns.set(`${side}.${role.key}`, col);
      continue;
    }
    if (seenAmount && side === 'income') {
      side = 'expense';
      seenAmount = false;
    }
    const key =
      role.kind === 'code' ? `${side}.code` : labels.has(`${side}.name`) ? `${side}.name2` : `${side}.name`;
    if (!labels.has(key)) labels.set(key, col);
  }
  normaliseSingleAmount(id, columns);
  if (left === Number.MAX_SAFE_INTEGER) left = titleCol;

  const unreadable: Layout['unreadable'] = [];
  const parsed: RawRowDraft[] = [];
  let bottom = dataTop;
  let maxDecimals = 0;
  const bySide = new Map<SideKey, { key: ColumnKey; col: number }[]>();
  for (const [name, col] of columns) {
    const [side, key] = name.split('.') as [SideKey, ColumnKey];
    bySide.set(side, [...(bySide.get(side) ?? []), { key, col }]);
  }
  for (let r = dataTop; r < limit; r++) {
    const filled = grid.filledColumns(r);
    if (filled.length === 0) continue;
    if (isNoteRow(grid, r)) {
      bottom = r;
      break;
    }
    bottom = r;
    for (const [s, amountColumns] of bySide) {
      const codeCol = labels.get(`${s}.code`);
      const nameCol = labels.get(`${s}.name`);
      const name2Col = labels.get(`${s}.name2`);
      let label = nameCol !== undefined ? grid.text(r, nameCol) : '';
      let code = codeCol !== undefined ? squash(grid.text(r, codeCol)) : '';
      if (!CODE.test(code)) {
        // Codes written into the name column: `2010301 行政运行`.
        const m = /^(\d{3}(?:\d{2}){0,3})\s+(.+)$/.exec(label);
        if (m) [, code, label] = m;
        else if (CODE.test(squash(label)) && codeCol === undefined) code = squash(label);
        else code = CODE.test(code) ? code : '';
      }
      if (codeCol !== undefined && label === '' && code === '') label = grid.text(r, codeCol);
      const draft: RawRowDraft = {
        sheetRow: r,
        side: s,
        code: code || undefined,
        label: label.trim(),
        label2: name2Col !== undefined ? grid.text(r, name2Col) || undefined : undefined,
        amounts: [],
      };
      let shownAny = false;
      for (const { key: kk, col } of amountColumns) {
        const p = readAmountCell(grid.cell(r, col));
        if (p.kind === 'invalid') {
          unreadable.push({ cell: { sheet: grid.name, row: r, col }, text: p.text, reason: p.reason });
          continue;
        }
        if (p.kind === 'amount') {
          draft.amounts.push({ key: kk, col, digits: p.digits, decimals: p.decimals });
          maxDecimals = Math.max(maxDecimals, Math.min(p.decimals, 4));
          shownAny = true;
        } else draft.amounts.push({ key: kk, col });
      }
      if (draft.label === '' && !draft.code && !shownAny) continue;
      parsed.push(draft);
    }
  }

  // Each figure is as precise as the most precise figure of its table: `3480.3` in a table of
  // two-decimal figures is 3480.30 with its trailing zero dropped, not a figure rounded to 0.1.
  const rows: RawRow[] = parsed.map((d) => {
    const figures: Partial<Record<ColumnKey, Figure>> = {};
    for (const a of d.amounts) {
      const shown = Math.max(a.decimals ?? maxDecimals, maxDecimals);
      figures[a.key] = new CellFigure(
        { sheet: grid.name, row: d.sheetRow, col: a.col },
        a.digits,
        shown,
        unit,
      );
    }
    return { sheetRow: d.sheetRow, side: d.side, code: d.code, label: d.label, label2: d.label2, figures };
  });

  let maxCol = left;
  for (const col of [...columns.values(), ...labels.values()]) maxCol = Math.max(maxCol, col);
  return {
    id,
    title,
    sheet: grid.name,
    year: titleYear(title),
    unit,
    department,
    range: { top: titleRow, left: Math.min(left, titleCol), bottom, right: maxCol },
    columns,
    rows,
    unreadable,
  };
}

interface RawRowDraft {
  sheetRow: number;
  side: SideKey;
  code?: string;
  label: string;
  label2?: string;
  /** Each amount column's cell: its digits and decimals when it shows a figure. */
  amounts: { key: ColumnKey; col: number; digits?: string; decimals?: number }[];
}

/** Tables with one amount column per side call it by what it is, not by its fund's name. */
function normaliseSingleAmount(id: TableId, columns: Map<string, number>): void {
  const rename = (side: SideKey, to: ColumnKey) => {
    const keys = [...columns.keys()].filter((k) => k.startsWith(`${side}.`));
    if (keys.length === 1 && keys[0] !== `${side}.${to}`) {
      columns.set(`${side}.${to}`, columns.get(keys[0])!);
      columns.delete(keys[0]);
    }
  };
  if (id === 'T7') rename('main', 'total');
  if (id === 'T9') rename('income', 'total');
  if (id === 'T1' || id === 'T4') rename('income', 'amount');
}

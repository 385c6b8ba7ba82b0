/**
 * Department × Variation → WorkbookSnapshot, plus a locator from every model cell (table, side, row, column
 * role) to the sheet and A1 address where it landed, so a test can change a figure and know which cell the
 * checker must name.
 */
import Decimal from 'decimal.js';
import {
  address,
  type CellSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/engine/snapshot';
import { familySpecs, type SideSpec, type TableSpec } from './families';
import {
  WAN,
  cellKey,
  type CellId,
  type ColumnRole,
  type Department,
  type DeptRow,
  type DeptTable,
  type TableKey,
} from './model';
import { NATIVE, type Variation } from './variation';

/** How a table's figures are shown: 万元 rounded to 0.01, exact 元, or 元 converted from 万元 (whole hundreds). */
export type Display = 'wan' | 'yuan-exact' | 'yuan-converted';

export interface Placed {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly address: string;
}

export interface TablePlace {
  readonly key: TableKey;
  readonly sheet: string;
  readonly titleRow: number;
  /** Zero-based extent of the table on its first sheet, title to last data or note row. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The sheet the table runs on to, when it is continued. */
  readonly continuedOn?: string;
  readonly display: Display;
}

export interface Rendered {
  readonly dept: Department;
  /** The variation as applied (choices that cannot apply, such as a continuation on a shared sheet, dropped). */
  readonly variation: Variation;
  readonly workbook: WorkbookSnapshot;
  readonly cells: ReadonlyMap<string, Placed>;
  readonly tables: readonly TablePlace[];
}

const ZERO = new Decimal(0);

// ---------------------------------------------------------------------------------------------- figures

export function displayOf(r: Pick<Rendered, 'tables'>, table: TableKey): Display {
  return r.tables.find((t) => t.key === table)!.display;
}

/** Decimals a table's figures show in its own unit. */
export function decimalsOf(dept: Department, display: Display): number {
  if (display === 'wan') return 2;
  if (display === 'yuan-exact') return dept.fen ? 2 : 0;
  return 0;
}

/** A figure (元) as the table shows it, in the table's own unit. */
export function shownValue(value: Decimal, display: Display): Decimal {
  const wan = value.div(WAN).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  if (display === 'wan') return wan;
  if (display === 'yuan-converted') return wan.times(WAN);
  return value;
}

/** The shown figure back in 元, and the half-width of its rounding interval in 元. */
export function shownYuan(value: Decimal | undefined, display: Display): { value: Decimal; half: Decimal } {
  if (!value || value.isZero()) return { value: ZERO, half: ZERO };
  const shown = shownValue(value, display);
  if (display === 'wan') return { value: shown.times(WAN), half: new Decimal(50) };
  return { value: shown, half: display === 'yuan-exact' ? ZERO : new Decimal(50) };
}

const GROUP = (digits: string) =>
  digits.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));
const FULL = (text: string) =>
  text.replace(/[0-9.,-]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** An amount cell for a figure shown in its table's unit. */
export function amountCell(shown: Decimal, decimals: number, style: Variation['amounts']): CellSnapshot {
  const text = shown.toFixed(decimals);
  switch (style) {
    case 'number':
      return { value: shown.toNumber(), format: decimals === 2 ? '#,##0.00' : '#,##0' };
    case 'text':
      return { value: text };
    case 'text-comma':
      return { value: GROUP(text) };
    case 'fullwidth':
      return { value: FULL(text) };
    case 'padded':
      return { value: shown.toNumber(), format: `#,##0.${'0'.repeat(decimals + 2)}` };
  }
}

function emptyCell(v: Variation, decimals: number): CellSnapshot | undefined {
  switch (v.empty) {
    case 'native':
    case 'blank':
      return undefined;
    case 'zero':
      return amountCell(ZERO, decimals, v.amounts);
    case 'dash':
      return { value: '-' };
    case 'emdash':
      return { value: '—' };
  }
}

function displayFor(dept: Department, key: TableKey, index: number, v: Variation): Display {
  const native: Display = (dept.nativeUnit[key] ?? '万元') === '万元' ? 'wan' : 'yuan-exact';
  const inScope = v.moneyTables === 'all' || index % 2 === 1;
  const asked = v.money === 'native' || !inScope ? native : v.money;
  // Figures known only to 0.01 万元 cannot be shown as exact 元.
  return asked === 'yuan-exact' && dept.precision !== 'exact' ? 'yuan-converted' : asked;
}

// ---------------------------------------------------------------------------------------------- header words

const TWO_CJK = /^[\u4e00-\u9fff]{2}$/;

interface Column {
  readonly kind: 'code' | 'name' | 'name2' | 'amount';
  readonly side?: SideSpec['side'];
  readonly role?: ColumnRole;
  /** For split codes: which part of the code this column shows. */
  readonly part?: number;
  readonly path: string[];
}

function isDual(spec: TableSpec): boolean {
  return spec.kind === 'dual';
}

function codesOf(
  spec: TableSpec,
  v: Variation,
): 'one-column' | 'split' | 'in-name' | 'none' | 'empty-column' {
  if (spec.codes === 'none') return 'none';
  return v.codes === 'native' ? spec.codes : v.codes;
}

function nameWord(spec: TableSpec, side: SideSpec, native: string, v: Variation): string {
  switch (v.nameWord) {
    case 'native':
      return native;
    case '项目':
    case '项　　目':
      return spec.nameKind === 'economic' ? native : v.nameWord;
    case '收入项目/支出项目':
      return spec.nameKind === 'lines' ? (side.side === 'income' ? '收入项目' : '支出项目') : native;
    case '科目名称':
    case '功能分类科目':
      // Only a column of 类/款/项 names is headed so; a 收支总表's income side lists sources, not 科目.
      return spec.nameKind === 'functional' || (spec.nameKind === 'lines' && side.side === 'expense')
        ? v.nameWord
        : native;
  }
}

/** The columns of a table, left to right, with their header words top to bottom. */
function columnsOf(spec: TableSpec, dept: Department, display: Display, v: Variation): Column[] {
  const unit = display === 'wan' ? '万元' : '元';
  const codes = codesOf(spec, v);
  const cols: Column[] = [];
  for (const side of spec.sides) {
    if (side.code && (codes === 'one-column' || codes === 'split' || codes === 'empty-column')) {
      if (codes !== 'split') cols.push({ kind: 'code', side: side.side, path: [...side.code] });
      else {
        const parts = spec.nameKind === 'economic' ? ['类', '款'] : ['类', '款', '项'];
        parts.forEach((p, i) =>
          cols.push({ kind: 'code', side: side.side, part: i, path: [...side.code!, p] }),
        );
      }
    }
    if (side.name.length > 0) {
      const path = [...side.name];
      path[path.length - 1] = nameWord(spec, side, path[path.length - 1], v);
      cols.push({ kind: 'name', side: side.side, path });
    }
    if (side.name2) cols.push({ kind: 'name2', side: side.side, path: [...side.name2] });
    const single = side.columns.length === 1 && isDual(spec);
    side.columns.forEach((c, i) => {
      const path = [...c.path];
      const last = path.length - 1;
      if (single && v.amountWord !== 'native')
        path[last] = v.amountWord === '金额（单位）' ? `金额（${unit}）` : v.amountWord;
      if (!isDual(spec) && v.amountWord !== 'native' && path.length > 1 && /预算数$/.test(path[0]))
        path[0] = v.amountWord === '金额（单位）' ? `金额（${unit}）` : v.amountWord;
      if (
        c.role === 'total' &&
        /合计$/.test(path[last]) &&
        v.totalWord !== 'native' &&
        v.totalWord !== 'numbered'
      )
        path[last] = v.totalWord;
      if (c.role === 'generalBudget' && v.fundWord !== 'native') path[last] = v.fundWord;
      if (v.totalWord === 'numbered') path[last] = `${i + 1}.${path[last]}`;
      cols.push({ kind: 'amount', side: side.side, role: c.role, path });
    });
  }
  return styled(shaped(spec, cols, v, dept.year), v, dept.year);
}

/** The header's rows: the 收入/支出 row kept, dropped or renamed; one row only; or a group row on top. */
function shaped(spec: TableSpec, cols: Column[], v: Variation, year: number): Column[] {
  let out = cols.map((c) => {
    let p = [...c.path];
    if (isDual(spec) && v.sideGroup === 'none') p = p.slice(1);
    if (isDual(spec) && v.sideGroup === '收入/支出') p[0] = c.side === 'income' ? '收入' : '支出';
    if (v.headerDepth === 'one') p = [p[p.length - 1]];
    return { ...c, path: p };
  });
  if (v.headerDepth === 'grouped' && spec.kind === 'list') out = grouped(out, year);
  return out;
}

/** The year filled in, spaces inside two-character words, line breaks inside long ones. */
function styled(cols: Column[], v: Variation, year: number): Column[] {
  return cols.map((c) => ({
    ...c,
    path: c.path.map((w) => {
      let word = w.replace(/\{Y\}/g, String(year));
      if (v.headerSpacing !== 'none' && TWO_CJK.test(word))
        word = `${word[0]}${v.headerSpacing === 'half' ? ' ' : '　'}${word[1]}`;
      if (v.headerBreaks) word = broken(word);
      return word;
    }),
  }));
}

/** `事业单位经营收入` → `事业单位⏎经营收入`: a break in the middle of a run of six or more Chinese characters. */
function broken(word: string): string {
  const m = /[\u4e00-\u9fff（）]{6,}/.exec(word);
  if (!m) return word;
  const at = m.index + Math.floor(m[0].length / 2);
  return `${word.slice(0, at)}\n${word.slice(at)}`;
}

/** An extra group row on top of a list table's header: 项目 over the labels, a heading over the amounts. */
function grouped(cols: Column[], year: number): Column[] {
  const amounts = cols.filter((c) => c.kind === 'amount');
  const word = amounts.some((c) => /预算数/.test(c.path[0])) ? '金额' : `${year}年预算数`;
  return cols.map((c) => {
    if (c.kind === 'amount') return { ...c, path: [word, ...c.path] };
    return c.path[0] === '项目' ? c : { ...c, path: ['项目', ...c.path] };
  });
}

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Header rows and merges: a word spans the columns beside it with the same words above, and a column's last word runs down to the header's last row. */
function headerGrid(cols: readonly Column[]): { rows: (string | undefined)[][]; merges: Rect[] } {
  const depth = Math.max(...cols.map((c) => c.path.length));
  const rows: (string | undefined)[][] = Array.from({ length: depth }, () => cols.map(() => undefined));
  const merges: Rect[] = [];
  for (let r = 0; r < depth; r++) {
    let c = 0;
    while (c < cols.length) {
      const col = cols[c];
      if (col.path.length <= r) {
        c++;
        continue;
      }
      const ends = col.path.length - 1 === r;
      let e = c;
      const samePrefix = (a: Column, b: Column) =>
        a.path.slice(0, r + 1).join('\u0000') === b.path.slice(0, r + 1).join('\u0000');
      while (
        e + 1 < cols.length &&
        cols[e + 1].path.length > r &&
        (cols[e + 1].path.length - 1 === r) === ends &&
        samePrefix(col, cols[e + 1]) &&
        !(ends && cols[e + 1].kind !== col.kind)
      )
        e++;
      // Two label columns never share a last word's cell (科目编码 | 科目名称 both end on one row, apart).
      if (ends && col.kind !== 'amount') e = c;
      rows[r][c] = col.path[r];
      const bottom = ends ? depth - 1 : r;
      if (e > c || bottom > r) merges.push({ top: r, left: c, bottom, right: e });
      c = e + 1;
    }
  }
  return { rows, merges };
}

// ---------------------------------------------------------------------------------------------- blocks

interface Block {
  readonly key: TableKey;
  readonly cells: Map<number, Map<number, CellSnapshot>>;
  readonly merges: Rect[];
  /** Model cell key → relative position. */
  readonly locate: Map<string, { row: number; col: number }>;
  height: number;
  readonly width: number;
  readonly titleRow: number;
}

function put(block: Block, row: number, col: number, cell: CellSnapshot | undefined): void {
  if (!cell) return;
  let r = block.cells.get(row);
  if (!r) block.cells.set(row, (r = new Map()));
  r.set(col, cell);
  block.height = Math.max(block.height, row + 1);
}

const text = (value: string): CellSnapshot => ({ value });
const codeText = (value: string): CellSnapshot => ({ value, format: '@' });

function splitCode(code: string, economic: boolean): string[] {
  const parts = economic
    ? [code.slice(0, 3), code.slice(3, 5)]
    : [code.slice(0, 3), code.slice(3, 5), code.slice(5, 7)];
  return parts;
}

const CODE_SEPARATOR = { plain: '', dash: '-', dot: '.', 'middle-dot': '·', spaced: ' ', fullwidth: '' };

/** A code's parts as typed: run together, with a separator between them, or in full-width digits. */
function styledCode(parts: readonly string[], v: Variation): string {
  const code = parts.filter((p) => p).join(CODE_SEPARATOR[v.codeStyle]);
  return v.codeStyle === 'fullwidth'
    ? code.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    : code;
}

function indentOf(level: number, first: boolean, v: Variation): string {
  if (level === 0) return '';
  if (v.indent === 'spaces') return '  '.repeat(level);
  if (v.indent === 'full-spaces') return '　'.repeat(level);
  return `${'\u3000'.repeat(level - 1)}${first ? '其中：' : '\u3000\u3000\u3000'}`;
}

function levelOf(row: DeptRow): number {
  return row.role === 'section' ? 1 : row.role === 'item' ? 2 : row.role === 'econItem' && row.code ? 1 : 0;
}

interface Meta {
  readonly department?: string;
  readonly unitText: string;
  readonly unitPlace: 'own-line' | 'own-line-right' | 'department-line-right' | 'department-cell';
}

function metaOf(dept: Department, display: Display, v: Variation): Meta {
  const shanghai = dept.family === 'shanghai9';
  const word = v.department === 'native' ? (shanghai ? '编制部门：' : '部门名称：') : v.department;
  const unitWord = v.unitWord === 'native' ? '单位：' : v.unitWord;
  const place = v.unitPlace === 'native' ? (shanghai ? 'department-line-right' : 'own-line') : v.unitPlace;
  const department = word === 'absent' || word === 'in-title' ? undefined : `${word}${dept.name}`;
  return {
    department,
    unitText: `${unitWord}${display === 'wan' ? '万元' : '元'}`,
    unitPlace: !department && place.startsWith('department') ? 'own-line-right' : place,
  };
}

/** The title cell: the title alone, or with brackets, the unit, a colon, or the department on a line above. */
function styledTitle(title: string, dept: Department, meta: Meta, v: Variation): string {
  switch (v.titleStyle) {
    case 'plain':
      return title;
    case '（公开）':
      return /）$/.test(title) ? `${title}（公开）` : `${title}（部门预算）（公开）`;
    case 'unit-in-title':
      return `${title}\u3000\u3000${meta.unitText}`;
    case 'colon':
      return `${title}：`;
    case 'department-above':
      return `${dept.name}\n${title}`;
  }
}

interface Piece {
  readonly rows: readonly DeptRow[];
  readonly header: boolean;
  readonly title: 'full' | 'continued';
  readonly note: boolean;
}

function buildBlock(
  spec: TableSpec,
  table: DeptTable,
  dept: Department,
  display: Display,
  index: number,
  v: Variation,
  piece: Piece,
): Block {
  const cols = columnsOf(spec, dept, display, v);
  const width = cols.length;
  const block: Block = {
    key: spec.key,
    cells: new Map(),
    merges: [],
    locate: new Map(),
    height: 0,
    width,
    titleRow: 0,
  };
  const across = (row: number): Rect => ({ top: row, left: 0, bottom: row, right: width - 1 });
  let row = 0;
  const title = `${v.department === 'in-title' ? dept.name : ''}${dept.year}年${spec.title}`;
  if (piece.title === 'continued') {
    put(block, row++, 0, text('续表'));
  } else {
    const label =
      v.labelLine === 'none'
        ? undefined
        : v.labelLine === 'all'
          ? (spec.label ?? `预算公开表${index + 1}`)
          : spec.label;
    if (label) put(block, row++, 0, text(label));
    (block as { titleRow: number }).titleRow = row;
    const meta = metaOf(dept, display, v);
    put(block, row, 0, text(styledTitle(title, dept, meta, v)));
    if (v.titleMerge && width > 1) block.merges.push(across(row));
    row++;
    const right = width - 1;
    if (meta.department) {
      if (meta.unitPlace === 'department-cell')
        put(block, row, 0, text(`${meta.department}\u3000\u3000${meta.unitText}`));
      else put(block, row, 0, text(meta.department));
      if (meta.unitPlace === 'department-line-right')
        put(block, row, Math.max(right, 1), text(meta.unitText));
      row++;
    }
    if (meta.unitPlace === 'own-line') put(block, row++, 0, text(meta.unitText));
    if (meta.unitPlace === 'own-line-right') put(block, row++, Math.max(right, 0), text(meta.unitText));
  }
  if (piece.header) {
    const header = headerGrid(cols);
    header.rows.forEach((words, r) =>
      words.forEach((w, c) => w !== undefined && put(block, row + r, c, text(w))),
    );
    for (const m of header.merges)
      block.merges.push({ top: m.top + row, left: m.left, bottom: m.bottom + row, right: m.right });
    row += header.rows.length;
    if (spec.numberRow) {
      cols.forEach((_, c) => put(block, row, c, codeText(String(c + 1))));
      row++;
    }
  }
  const decimals = decimalsOf(dept, display);
  const codes = codesOf(spec, v);
  const economic = spec.nameKind === 'economic';
  const firstChild = new Set<string>();
  const seenParents = new Set<string>();
  for (const r of table.rows) {
    if (r.parent && !seenParents.has(`${r.side}|${r.parent}`)) {
      seenParents.add(`${r.side}|${r.parent}`);
      firstChild.add(`${r.side}|${r.key}`);
    }
  }

  const writeRow = (at: number, r: DeptRow) => {
    const mine = cols.map((c, i) => ({ c, i })).filter(({ c }) => c.side === r.side);
    const code = r.code;
    const codeCols = mine.filter(({ c }) => c.kind === 'code');
    const nameCol = mine.find(({ c }) => c.kind === 'name');
    let label = r.label;
    if (r.role === 'total' && codeCols.length > 0) put(block, at, codeCols[0].i, text(label));
    else {
      if (code && codes === 'one-column' && codeCols[0])
        put(block, at, codeCols[0].i, codeText(styledCode(splitCode(code, economic), v)));
      if (code && codes === 'split')
        splitCode(code, economic).forEach(
          (p, k) => p && put(block, at, codeCols[k].i, codeText(styledCode([p], v))),
        );
      if (code && codes === 'in-name') label = `${styledCode(splitCode(code, economic), v)} ${label}`;
      // An empty code column: the heading is there, the codes were never typed; names show levels instead.
      if ((codes === 'none' || codes === 'empty-column') && spec.codes !== 'none')
        label = `${indentOf(levelOf(r), firstChild.has(`${r.side}|${r.key}`), v)}${label}`;
      if (nameCol && label) put(block, at, nameCol.i, text(label));
    }
    const name2 = mine.find(({ c }) => c.kind === 'name2');
    if (name2 && r.label2) put(block, at, name2.i, text(r.label2));
    for (const { c, i } of mine.filter(({ c }) => c.kind === 'amount')) {
      const value = r.values[c.role!];
      const cell =
        value && !value.isZero()
          ? amountCell(shownValue(value, display), decimals, v.amounts)
          : emptyCell(v, decimals);
      put(block, at, i, cell);
      block.locate.set(cellKey({ table: spec.key, side: r.side, row: r.key, col: c.role! }), {
        row: at,
        col: i,
      });
    }
  };

  if (spec.kind === 'dual') {
    const sides = spec.sides.map((s) => piece.rows.filter((r) => r.side === s.side));
    const split = sides.map((rows) => {
      const f = rows.findIndex((r) => r.role === 'total');
      return f < 0
        ? { body: rows, footer: [] as DeptRow[] }
        : { body: rows.slice(0, f), footer: rows.slice(f) };
    });
    const bodyLength = Math.max(...split.map((s) => s.body.length));
    const footerLength = Math.max(...split.map((s) => s.footer.length));
    for (const s of split) {
      s.body.forEach((r, i) => writeRow(row + i, r));
      // Footers: their last lines (the grand totals) on one row, the others from the top.
      s.footer.forEach((r, i) => {
        const at = i === s.footer.length - 1 ? footerLength - 1 : i;
        writeRow(row + bodyLength + at, r);
      });
    }
    row += bodyLength + footerLength;
  } else {
    piece.rows.forEach((r, i) => writeRow(row + i, r));
    row += piece.rows.length;
  }
  const note =
    v.note === 'none'
      ? undefined
      : v.note === 'all'
        ? (spec.note ?? '注：本表数据来源于部门预算编制系统。')
        : spec.note;
  if (piece.note && note) {
    put(block, row, 0, text(note.replace(/\{Y\}/g, String(dept.year))));
    if (width > 1) block.merges.push(across(row));
    row++;
  }
  block.height = Math.max(block.height, row);
  return block;
}

// ---------------------------------------------------------------------------------------------- sheets

const SEED_RENAMED: Record<string, string> = {
  T1: 'Sheet1',
  T2: '收入',
  T3: '附表3-2',
  T4: '财政拨款',
  T5: 'Sheet5',
  T6: '基本支出 (2)',
  T7: '附表3-7',
  T8: 'Sheet8',
  T9: '国资',
  T10: '三公经费',
  T11: 'Sheet11',
  T12: '项目',
  T13: '附表3-13',
};
const SH_RENAMED: Record<string, string> = {
  S1: '总表',
  S2: '收入',
  S3: '支出',
  S4: '财政拨款',
  S5: '一般公共预算',
  S6: '政府性基金',
  S7: '国资',
  S8: '基本支出',
  S9: '三公',
};

function sheetName(spec: TableSpec, index: number, v: Variation): string {
  if (v.sheetNames === 'generic') return `Sheet${index + 1}`;
  if (v.sheetNames === 'renamed') return (spec.family === 'seed13' ? SEED_RENAMED : SH_RENAMED)[spec.key];
  return spec.family === 'seed13'
    ? `表${spec.key.slice(1)}`
    : `${index + 1}.${spec.title.replace(/^部门/, '')}`.slice(0, 31);
}

/** A fixed permutation, so `shuffled` is the same on every run. */
function ordered<T>(list: readonly T[], order: Variation['order']): T[] {
  if (order === 'native') return [...list];
  if (order === 'reversed') return [...list].reverse();
  const out = [...list];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (i * 7 + 3) % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

interface MutableSheet {
  name: string;
  rows: (CellSnapshot | undefined)[][];
  merges: string[];
}

function place(
  sheet: MutableSheet,
  block: Block,
  top: number,
  left: number,
  cells: Map<string, Placed>,
): void {
  for (const [r, row] of block.cells)
    for (const [c, cell] of row) (sheet.rows[top + r] ??= [])[left + c] = cell;
  for (const m of block.merges)
    sheet.merges.push(`${address(top + m.top, left + m.left)}:${address(top + m.bottom, left + m.right)}`);
  for (const [key, at] of block.locate) {
    const row = top + at.row;
    const col = left + at.col;
    cells.set(key, { sheet: sheet.name, row, col, address: address(row, col) });
  }
}

/** The coded list table with the most rows: the one a long workbook would run over two sheets. */
function continuedTable(specs: readonly TableSpec[], dept: Department): TableKey | undefined {
  const coded = specs.filter((s) => s.kind === 'list' && s.codes !== 'none');
  const rows = (s: TableSpec) => dept.tables.find((t) => t.key === s.key)?.rows.length ?? 0;
  return [...coded].sort((a, b) => rows(b) - rows(a))[0]?.key;
}

export function render(dept: Department, asked: Variation = NATIVE): Rendered {
  // A table runs on to a sheet of its own; where tables share sheets there is no "next sheet" for it.
  const v: Variation =
    asked.continued !== 'none' && asked.stacking !== 'sheet-per-table'
      ? { ...asked, continued: 'none' }
      : asked;
  const specs = familySpecs(dept.family);
  const cont = v.continued === 'none' ? undefined : continuedTable(specs, dept);
  const order = ordered(specs, v.order);
  const groups: MutableSheet[][] = [];
  const cells = new Map<string, Placed>();
  const tables: TablePlace[] = [];
  const perSheet = v.stacking === 'one-sheet' ? order.length : v.stacking === 'two-per-sheet' ? 2 : 1;

  order.forEach((spec, n) => {
    const index = specs.indexOf(spec);
    const table = dept.tables.find((t) => t.key === spec.key)!;
    const display = displayFor(dept, spec.key, index, v);
    const g = Math.floor(n / perSheet);
    if (!groups[g]) {
      const name =
        perSheet === 1
          ? sheetName(spec, index, v)
          : v.sheetNames === 'generic'
            ? `Sheet${g + 1}`
            : perSheet === order.length
              ? v.sheetNames === 'renamed'
                ? '预算'
                : '部门预算公开表'
              : `${sheetName(spec, index, v)}等`;
      groups[g] = [{ name, rows: [], merges: [] }];
    }
    const sheet = groups[g][0];
    const top = sheet.rows.length === 0 ? v.origin.row : sheet.rows.length + 2;
    const left = v.origin.col;
    const half = Math.floor(table.rows.length / 2);
    const rows = spec.key === cont ? table.rows.slice(0, half) : table.rows;
    const block = buildBlock(spec, table, dept, display, index, v, {
      rows,
      header: true,
      title: 'full',
      note: spec.key !== cont,
    });
    place(sheet, block, top, left, cells);
    let continuedOn: string | undefined;
    if (spec.key === cont) {
      const rest = buildBlock(spec, table, dept, display, index, v, {
        rows: table.rows.slice(half),
        header: v.continued === 'repeat-header',
        title: 'continued',
        note: true,
      });
      continuedOn = `${sheet.name}（续）`.slice(0, 31);
      const next: MutableSheet = { name: continuedOn, rows: [], merges: [] };
      place(next, rest, v.origin.row, left, cells);
      groups[g].push(next);
    }
    tables.push({
      key: spec.key,
      sheet: sheet.name,
      titleRow: top + block.titleRow,
      top,
      left,
      bottom: top + block.height - 1,
      right: left + block.width - 1,
      continuedOn,
      display,
    });
  });
  const workbook: WorkbookSnapshot = {
    name: dept.source,
    sheets: groups.flat().map((s): SheetSnapshot => ({ name: s.name, rows: s.rows, merges: s.merges })),
  };
  return { dept, variation: v, workbook, cells, tables };
}

// ---------------------------------------------------------------------------------------------- edits

/** The figure a model cell shows, in its table's own unit (zero when empty). */
export function shownAt(r: Rendered, c: CellId): Decimal {
  const row = r.dept.tables
    .find((t) => t.key === c.table)!
    .rows.find((x) => x.key === c.row && x.side === c.side)!;
  const value = row.values[c.col];
  return value && !value.isZero() ? shownValue(value, displayOf(r, c.table)) : ZERO;
}

/** The workbook with one amount cell showing `shown` (in its table's unit), written as the variation writes figures. */
export function withShown(r: Rendered, c: CellId, shown: Decimal): WorkbookSnapshot {
  const at = r.cells.get(cellKey(c));
  if (!at) throw new Error(`no cell for ${cellKey(c)}`);
  const decimals = Math.max(decimalsOf(r.dept, displayOf(r, c.table)), shown.decimalPlaces());
  const cell = amountCell(shown, decimals, r.variation.amounts);
  return {
    ...r.workbook,
    sheets: r.workbook.sheets.map((s) => {
      if (s.name !== at.sheet) return s;
      const rows = s.rows.map((x) => (x ? [...x] : x));
      const target = [...(rows[at.row] ?? [])];
      target[at.col] = cell;
      rows[at.row] = target;
      return { ...s, rows };
    }),
  };
}

/** Removes every row of one table that has this key (a line deleted from the workbook). */
export function withoutRow(
  dept: Department,
  table: TableKey,
  key: string,
  side?: DeptRow['side'],
): Department {
  return {
    ...dept,
    tables: dept.tables.map((t) =>
      t.key !== table
        ? t
        : { ...t, rows: t.rows.filter((r) => !(r.key === key && (side === undefined || r.side === side))) },
    ),
  };
}

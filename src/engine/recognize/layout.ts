/**
 * The physical layout of one table: its header block, what each column holds, which template it follows,
 * and its data rows with their figures. Knows nothing of how rows add up; structure.ts does that.
 */
import { CellFigure } from '../figure';
import type { ColumnKey, Figure, TableId } from '../model';
import { templatesOf } from '../templates';
import type { ColumnSpec, LineSpec, SideKey, TableTemplate } from '../templates/types';
import { readAmountCell } from '../amount';
import { lineLabel } from './labels';
import { readColumns, type SideColumns } from './columns';
import { squash, type Grid } from './grid';
import { departmentInTitle, readHeader, type Unit } from './header';
import { matchColumns, TOTALS } from './keys';
import { RowReader, type RowDraft, type Unreadable } from './rows';
import { titleYear } from './titles';

export interface RawRow {
  readonly sheet: string;
  readonly sheetRow: number;
  readonly side: SideKey;
  readonly code?: string;
  readonly label: string;
  /** T6's second name column (政府预算支出经济科目). */
  readonly label2?: string;
  readonly indent: number;
  readonly sub: boolean;
  /** The line the row is, when reading already knows it (a transposed table's column). */
  readonly line?: string;
  readonly figures: Partial<Record<ColumnKey, Figure>>;
}

export interface SideExtent {
  readonly side: SideKey;
  /** Zero-based columns. */
  readonly left: number;
  readonly right: number;
  /** The side has a code column (or a split code). */
  readonly coded: boolean;
}

export interface Layout {
  readonly id: TableId;
  readonly template: TableTemplate;
  readonly title: string;
  readonly sheet: string;
  readonly year?: number;
  readonly unit: Unit;
  readonly department?: string;
  readonly range: { top: number; left: number; bottom: number; right: number };
  /** `side.key` → column, e.g. `main.total`, `income.amount`. */
  readonly columns: Map<string, number>;
  /** The heading each column prints, by `side.key`. */
  readonly columnTitles: Map<string, string>;
  /** Columns the template has that the table does not show, by side. */
  readonly missingColumns: readonly { readonly side: SideKey; readonly spec: ColumnSpec }[];
  /** Columns (`side.key`) the table does not print beside the parts of its total it does print: zero. */
  readonly zeroColumns: ReadonlySet<string>;
  /** Sides the template has that were not found at all. */
  readonly missingSides: readonly SideKey[];
  readonly sides: readonly SideExtent[];
  /** How rows are read: kept so a continuation on the next sheet (续表) without a header reads the same way. */
  readonly plan: readonly SidePlan[];
  readonly rows: RawRow[];
  readonly unreadable: Unreadable[];
  /** Later parts of the table (续表). */
  readonly continued: { sheet: string; top: number; bottom: number }[];
}

const NOTE = /^(注|说明|备注|填报说明)\s*[:：\d]/;

function isNoteRow(grid: Grid, row: number): boolean {
  const cols = grid.filledColumns(row);
  return cols.length > 0 && NOTE.test(squash(grid.text(row, cols[0])));
}

/** The rows a table's data may take: from below its header to its note line, blanks skipped. */
function dataRowsOf(grid: Grid, top: number, limit: number): { rows: number[]; bottom: number } {
  const rows: number[] = [];
  let bottom = top;
  for (let r = top; r < limit; r++) {
    if (grid.filledColumns(r).length === 0) continue;
    bottom = r;
    if (isNoteRow(grid, r)) break;
    rows.push(r);
  }
  return { rows, bottom };
}

/** A side's columns and which amount column is which: how its rows are read. */
export interface SidePlan {
  readonly columns: SideColumns;
  readonly keys: Map<ColumnKey, number>;
  readonly titles: Map<ColumnKey, string>;
}

interface Fit {
  readonly template: TableTemplate;
  readonly sides: readonly SidePlan[];
  readonly missingColumns: { side: SideKey; spec: ColumnSpec }[];
  readonly missingSides: SideKey[];
  readonly score: number;
}

/** The labels of each side's name column, as line words match them. */
function labelsOf(
  grid: Grid,
  found: readonly SideColumns[],
  dataRows: readonly number[],
): Map<SideKey, string[]> {
  const labels = new Map<SideKey, string[]>();
  for (const side of found) {
    const col = side.name ?? side.code[0];
    const list = col === undefined ? [] : dataRows.map((r) => lineLabel(grid.text(r, col))).filter((t) => t);
    labels.set(side.side, list);
  }
  return labels;
}

/**
 * How well a template fits what was found: columns its words name, less columns and sides it misses; lines
 * its words find in the labels, less required lines no label matches. A transposed template (its lines are
 * columns) counts the columns its line words name.
 */
function fit(template: TableTemplate, found: readonly SideColumns[], labels: Map<SideKey, string[]>): Fit {
  const sides: SidePlan[] = [];
  const missingColumns: Fit['missingColumns'] = [];
  const missingSides: SideKey[] = [];
  let score = 0;
  if (template.transposed) {
    // Only a block of figures with no row labels at all reads this way, and its headings must name lines.
    const labelled = found.some((f) => f.name !== undefined || f.code.length > 0);
    const amounts = labelled ? [] : (found[0]?.amounts ?? []);
    const headed = new Set(amounts.map((a) => transposedLine(template, a.words)));
    const lines = amounts.filter((a) => transposedLine(template, a.words)).length;
    // Less the lines it needs that no heading names (机关运行经费 where a district prints it in the row).
    const unnamed = template.lines.filter((l) => !l.optional && !headed.has(l)).length;
    const named = lines >= 3 ? lines - unnamed : -Infinity;
    const keys = new Map<ColumnKey, number>(amounts.length > 0 ? [['total', amounts[0].col]] : []);
    if (found[0]) sides.push({ columns: found[0], keys, titles: new Map() });
    return { template, sides, missingColumns, missingSides, score: named };
  }
  for (const spec of template.sides) {
    const columns = found.find((s) => s.side === spec.side);
    if (!columns) {
      missingSides.push(spec.side);
      score -= 3;
      continue;
    }
    const match = matchColumns(columns.amounts, spec);
    sides.push({ columns, keys: match.columns, titles: match.titles });
    for (const s of match.missing) missingColumns.push({ side: spec.side, spec: s });
    score += match.named - match.missing.length;
  }
  for (const spec of template.lines) {
    const side: SideKey = spec.key.includes('.') ? (spec.key.split('.')[0] as SideKey) : 'main';
    const hit = (labels.get(side) ?? []).some((l) => spec.words.test(l));
    if (hit) score += 0.5;
    else if (!spec.optional) score -= 1;
  }
  return { template, sides, missingColumns, missingSides, score };
}

/**
 * Template columns a table does not print are not all missing. Where every amount column of a side is named
 * and one is its total, the table shows all it has: if it prints some parts of the total (合计 | 一般公共预算),
 * the parts it leaves out hold nothing and read as zero; if it prints the total alone, it does not split it
 * at all, and relationships about the parts do not apply to it. Only an amount column left unnamed means a
 * column is there that recognition did not place: then what the template misses is a gap.
 */
function unprinted(best: Fit): { missingColumns: Fit['missingColumns']; zeroColumns: Set<string> } {
  const zeroColumns = new Set<string>();
  const missingColumns = best.missingColumns.filter(({ side, spec }) => {
    const plan = best.sides.find((s) => s.columns.side === side);
    if (!plan || TOTALS.has(spec.key)) return true;
    const placed = new Set(plan.keys.values());
    const keys = [...plan.keys.keys()];
    if (!keys.some((k) => TOTALS.has(k)) || plan.columns.amounts.some((a) => !placed.has(a.col))) return true;
    if (keys.some((k) => !TOTALS.has(k))) zeroColumns.add(`${side}.${spec.key}`);
    return false;
  });
  return { missingColumns, zeroColumns };
}

/** The line a transposed table's column stands for, by its heading words, lowest first. */
function transposedLine(template: TableTemplate, words: readonly string[]): LineSpec | undefined {
  for (let i = words.length - 1; i >= 0; i--) {
    const spec = template.lines.find((l) => l.words.test(words[i]));
    if (spec) return spec;
  }
  return undefined;
}

/**
 * The power of ten every 元 figure of a table is a multiple of, when that is 100 or more: such figures were
 * converted from 万元 and carry its rounding. Undefined when any figure is exact to the 元 or the fen.
 */
function yuanGrain(figures: Iterable<string | undefined>): number | undefined {
  let grain = 4;
  let any = false;
  for (const digits of figures) {
    if (digits === undefined) continue;
    any = true;
    const [int, frac = ''] = digits.replace('-', '').split('.');
    if (/[1-9]/.test(frac)) return undefined;
    const zeros = /0*$/.exec(int)![0].length;
    grain = Math.min(grain, zeros);
    if (grain < 2) return undefined;
  }
  return any ? grain : undefined;
}

/**
 * The finest decimals a 万元 table's figures are taken at: what its figures carry, never finer than the fen
 * (2). A table shown as `0.0000` over figures rounded to the fen (`1682.8700`) was rounded at the fen, and
 * holding its sums to 0.0001 would call every 尾差 an error; figures that do carry four decimals keep them.
 */
function wanCarried(figures: Iterable<string | undefined>): number {
  let carried = 2;
  for (const digits of figures) {
    const frac = digits?.split('.')[1]?.replace(/0+$/, '');
    if (frac && frac.length > carried) carried = frac.length;
  }
  return carried;
}

function* digitsOf(drafts: readonly RowDraft[]): Generator<string | undefined> {
  for (const d of drafts) for (const a of d.amounts) yield a.digits;
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
  const header = readHeader(grid, titleRow, limit);
  const { rows: dataRows, bottom } = dataRowsOf(grid, header.dataTop, limit);
  let left = Number.MAX_SAFE_INTEGER;
  let right = 0;
  for (const r of [...header.headerRows, ...dataRows.slice(0, 200)]) {
    const cols = grid.filledColumns(r);
    if (cols.length === 0) continue;
    left = Math.min(left, cols[0]);
    right = Math.max(right, cols[cols.length - 1]);
  }
  if (left === Number.MAX_SAFE_INTEGER) left = right = titleCol;
  const templates = templatesOf(id);
  const twoSided = templates.some((t) => t.sides.length > 1);
  const found = readColumns(grid, header.headerRows, header.metaCells, dataRows, { left, right }, twoSided);
  const labels = labelsOf(grid, found, dataRows);
  const best = templates.map((t) => fit(t, found, labels)).reduce((a, b) => (b.score > a.score ? b : a));

  const { missingColumns, zeroColumns } = unprinted(best);
  const { rows, unreadable } = best.template.transposed
    ? readTransposed(grid, best.template, best.sides[0]?.columns, dataRows, header.unit)
    : readRows(grid, best.sides, dataRows, header.unit);
  const columns = new Map<string, number>();
  const columnTitles = new Map<string, string>();
  for (const s of best.sides) {
    for (const [key, col] of s.keys) columns.set(`${s.columns.side}.${key}`, col);
    for (const [key, t] of s.titles) columnTitles.set(`${s.columns.side}.${key}`, t);
  }
  return {
    id,
    template: best.template,
    title,
    sheet: grid.name,
    year: titleYear(title),
    unit: header.unit,
    department: header.department ?? departmentInTitle(title),
    range: { top: titleRow, left: Math.min(left, titleCol), bottom, right: Math.max(right, left) },
    columns,
    columnTitles,
    missingColumns,
    zeroColumns,
    missingSides: best.missingSides,
    sides: best.sides.map((s) => ({
      side: s.columns.side,
      left: s.columns.left,
      right: s.columns.right,
      coded: s.columns.code.length > 0,
    })),
    plan: best.sides,
    rows,
    unreadable,
    continued: [],
  };
}

/**
 * A table of one row of figures whose columns are its lines: each column it can name becomes a row of the
 * table with that figure as its `total`, named by its heading (`公务用车购置及运行费小计`).
 */
function readTransposed(
  grid: Grid,
  template: TableTemplate,
  side: SideColumns | undefined,
  dataRows: readonly number[],
  unit: Unit,
): { rows: RawRow[]; unreadable: Unreadable[] } {
  const row = dataRows[0];
  const rows: RawRow[] = [];
  const unreadable: Unreadable[] = [];
  if (!side || row === undefined) return { rows, unreadable };
  const cells: {
    a: (typeof side.amounts)[number];
    spec: LineSpec;
    reading: ReturnType<typeof readAmountCell>;
  }[] = [];
  for (const a of side.amounts) {
    const spec = transposedLine(template, a.words);
    if (spec && !cells.some((c) => c.spec === spec))
      cells.push({ a, spec, reading: readAmountCell(grid.cell(row, a.col)) });
  }
  const stored = cells.map(({ reading: r }) => (r.kind === 'amount' ? r.digits : undefined));
  const grain = unit === '元' ? yuanGrain(stored) : undefined;
  const carried = unit === '万元' ? wanCarried(stored) : Infinity;
  for (const { a, spec, reading } of cells) {
    const cell = { sheet: grid.name, row, col: a.col };
    if (reading.kind === 'invalid') {
      unreadable.push({ cell, text: reading.text, reason: reading.reason });
      continue;
    }
    const lowest = a.words[a.words.length - 1] ?? spec.zh;
    const label =
      /^(小计|合计)$/.test(lowest) && a.words.length > 1 ? `${a.words[a.words.length - 2]}${lowest}` : lowest;
    const digits = reading.kind === 'amount' ? reading.digits : undefined;
    const decimals = Math.min(reading.kind === 'amount' ? reading.decimals : 2, carried);
    rows.push({
      sheet: grid.name,
      sheetRow: row,
      side: 'main',
      label,
      indent: 0,
      sub: false,
      line: spec.key,
      figures: {
        total: new CellFigure(cell, digits, Math.max(decimals, unit === '万元' ? 2 : 0), unit, grain),
      },
    });
  }
  return { rows, unreadable };
}

/** The data rows under `plan`, with their figures. */
function readRows(
  grid: Grid,
  plan: readonly SidePlan[],
  dataRows: readonly number[],
  unit: Unit,
): { rows: RawRow[]; unreadable: Unreadable[] } {
  const reader = new RowReader(grid, plan);
  const drafts = dataRows.flatMap((r) => reader.read(r));
  const grain = unit === '元' ? yuanGrain(digitsOf(drafts)) : undefined;
  const carried = unit === '万元' ? wanCarried(digitsOf(drafts)) : Infinity;
  // Each figure is as precise as the most precise figure of its table: `3480.3` in a table of
  // two-decimal figures is 3480.30 with its trailing zero dropped, not a figure rounded to 0.1.
  let maxDecimals = 0;
  for (const d of drafts)
    for (const a of d.amounts) maxDecimals = Math.max(maxDecimals, Math.min(a.decimals ?? 0, 4));
  const rows = drafts.map((d): RawRow => {
    const figures: Partial<Record<ColumnKey, Figure>> = {};
    for (const a of d.amounts) {
      const shown = Math.min(Math.max(a.decimals ?? maxDecimals, maxDecimals), carried);
      figures[a.key] = new CellFigure(
        { sheet: grid.name, row: d.sheetRow, col: a.col },
        a.digits,
        shown,
        unit,
        grain,
      );
    }
    return {
      sheet: d.sheet,
      sheetRow: d.sheetRow,
      side: d.side,
      code: d.code,
      label: d.label,
      label2: d.label2,
      indent: d.indent,
      sub: d.sub,
      figures,
    };
  });
  return { rows, unreadable: reader.unreadable };
}

/**
 * Appends a table's continuation (续表) at `markRow` of another sheet: its header, if it repeats one, is read
 * afresh with the table's template; without one, its columns are the table's.
 */
export function continueLayout(grid: Grid, layout: Layout, markRow: number, limit: number): void {
  const header = readHeader(grid, markRow, limit);
  const { rows: dataRows, bottom } = dataRowsOf(grid, header.dataTop, limit);
  let plan = layout.plan;
  if (header.headerRows.length > 0) {
    const span = { left: layout.range.left, right: layout.range.right };
    for (const r of header.headerRows) {
      const cols = grid.filledColumns(r);
      span.left = Math.min(span.left, cols[0]);
      span.right = Math.max(span.right, cols[cols.length - 1]);
    }
    const twoSided = layout.template.sides.length > 1;
    const found = readColumns(grid, header.headerRows, header.metaCells, dataRows, span, twoSided);
    plan = fit(layout.template, found, labelsOf(grid, found, dataRows)).sides;
  }
  const { rows, unreadable } = readRows(grid, plan, dataRows, layout.unit);
  for (const row of rows) layout.rows.push(row);
  for (const u of unreadable) layout.unreadable.push(u);
  layout.continued.push({ sheet: grid.name, top: markRow, bottom });
}

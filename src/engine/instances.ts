/**
 * Expands each declaration over the recognised tables into concrete instances: this 合计 cell and these
 * part cells. One interpreter for every shape, so checking, filling and explaining see the same cells.
 */
import Decimal from 'decimal.js';
import type { CellSelector, CodedColumn, Relation } from './catalog/types';
import { cellLabel, cellLabelEn, COLUMN_NAMES, COLUMN_NAMES_EN, tableLabel } from './describe';
import type { ColumnKey, Figure, Gap, Row, Table, TableId } from './model';
import { lineSpec, templateOf } from './templates';
import { familyOf, type Family } from './templates/families';
import { squash } from './text';

export interface Term {
  readonly table: TableId;
  /** Undefined when the row is not in the table: it counts as an exact zero. */
  readonly figure?: Figure;
  /** `表2「2010301 行政运行」一般公共预算` */
  readonly label: string;
  /** The same in English, for an English interface. */
  readonly labelEn: string;
}

export type Instance =
  | {
      readonly relation: Relation;
      readonly kind: 'sum';
      readonly target: Term;
      readonly parts: readonly Term[];
      readonly context?: string;
    }
  | {
      readonly relation: Relation;
      readonly kind: 'equal';
      readonly members: readonly Term[];
      readonly context?: string;
    }
  | {
      readonly relation: Relation;
      readonly kind: 'at-most';
      readonly lesser: readonly Term[];
      readonly greater: readonly Term[];
      readonly context?: string;
    };

/** A line or column a relation needs that its table's template has but recognition did not find. */
export interface NeededGap {
  readonly table: TableId;
  readonly gap: Gap;
}

export interface Expansion {
  readonly instances: Instance[];
  /** Instances left out because a cell in them could not be read (already reported on its own). */
  readonly blocked: number;
  /** Instances left out because a line, column or side they need was not found. */
  readonly gaps: readonly NeededGap[];
  /** Tables of the workbook's set that the relation needs and the workbook does not have. */
  readonly missingTables: readonly TableId[];
  /**
   * The relation refers to a line, column or table that this workbook's templates do not have (a place's
   * own layout): where nothing else of it could be checked, it does not apply.
   */
  readonly notApplicable: boolean;
}

export type Tables = ReadonlyMap<TableId, Table>;

function sideOf(table: Table, row: Row): string {
  return row.side ?? (table.id === 'T1' || table.id === 'T4' || table.id === 'T9' ? 'expense' : 'main');
}

function showsFigures(table: Table): boolean {
  return table.rows.some((r) => Object.values(r.figures).some((f) => f && !f.empty));
}

/** A term names itself only when a message needs it: most instances hold and are never described. */
class LazyTerm implements Term {
  private text?: string;
  constructor(
    readonly table: TableId,
    readonly figure: Figure | undefined,
    private readonly row: Row | undefined,
    private readonly col: ColumnKey,
    private readonly fallbackRow: string,
  ) {}
  get label(): string {
    return (this.text ??= cellLabel(this.table, this.row, this.col, this.fallbackRow));
  }
  get labelEn(): string {
    return cellLabelEn(this.table, this.row, this.col, this.fallbackRow);
  }
}

/** A named line the table leaves out (it may, when empty): named as the template names it. */
class AbsentLine implements Term {
  readonly figure = undefined;
  constructor(
    readonly table: TableId,
    private readonly line: string,
    private readonly col: ColumnKey,
  ) {}
  get label(): string {
    const name = lineSpec(this.table, this.line)?.zh ?? '';
    return `${tableLabel(this.table)} ${name}${this.col === 'amount' ? '' : `「${COLUMN_NAMES[this.col]}」`}`;
  }
  get labelEn(): string {
    const name = lineSpec(this.table, this.line)?.en ?? '';
    return `Table ${this.table.slice(1)} ${name}${this.col === 'amount' ? '' : ` “${COLUMN_NAMES_EN[this.col]}”`}`;
  }
}

/** The term for a row's column; `null` when the column exists but the cell could not be read. */
function termOf(table: Table, row: Row | undefined, col: ColumnKey, fallbackRow = ''): Term | null {
  const figure = row?.figures[col];
  if (row && !figure && table.columns.has(`${sideOf(table, row)}.${col}`)) return null;
  return new LazyTerm(table.id, figure, row, col, fallbackRow);
}

/**
 * Why a selector found no cell: its line or column is missing (a gap), its table's template has no such
 * thing or the workbook's set has no such table (not applicable), or a table of the set is not in the workbook.
 */
type Absence = { readonly gap: Gap } | { readonly notApplicable: true } | { readonly tableMissing: TableId };

/** The tables of one workbook, with the set of tables it follows. */
interface Context {
  readonly tables: Tables;
  readonly family: Family;
}

/** A table of the workbook, or why there is none. */
function tableFor(ctx: Context, id: TableId): Table | Absence {
  const table = ctx.tables.get(id);
  if (table) return table;
  return ctx.family.tables.has(id) ? { tableMissing: id } : { notApplicable: true };
}

/** Terms of a selector: `null` when a cell is unreadable, an Absence when its line is not there. */
function select(ctx: Context, sel: CellSelector): Term[] | null | Absence {
  const table = tableFor(ctx, sel.table);
  if (isAbsence(table)) return table;
  const side = 'line' in sel && sel.line.includes('.') ? sel.line.split('.')[0] : 'main';
  const column = columnAbsence(table, side, sel.col);
  if (column) return column;
  if ('line' in sel) {
    const row = table.lines.get(sel.line);
    if (row) {
      const term = termOf(table, row, sel.col);
      return term ? [term] : null;
    }
    if (zeroIn(table, sel.line)) return [new AbsentLine(table.id, sel.line, sel.col)];
    const gap = table.gaps.find((g) => g.key === sel.line || (g.kind === 'side' && g.key === side));
    if (gap) return { gap };
    return { notApplicable: true };
  }
  const name = squash(sel.rowsNamed);
  const terms = table.rows
    .filter((r) => r.level > 0 && squash(r.label) === name)
    .map((r) => termOf(table, r, sel.col));
  return terms.includes(null) ? null : (terms as Term[]);
}

/** The table's template has none of this line or column, or the table prints none of it: an exact zero. */
function zeroIn(table: Table, key: string): boolean {
  return !!templateOf(table.id, table.variant)?.zero?.includes(key) || !!table.zeroColumns?.has(key);
}

/** A column the relation needs: missing (a gap), not in this template, or there (undefined). */
function columnAbsence(table: Table, side: string, col: ColumnKey): Absence | undefined {
  if (table.columns.has(`${side}.${col}`) || zeroIn(table, `${side}.${col}`)) return undefined;
  const gap = table.gaps.find((g) => g.key === `${side}.${col}` || (g.kind === 'side' && g.key === side));
  if (gap) return { gap };
  return { notApplicable: true };
}

function isAbsence<T>(x: T | null | Absence): x is Absence {
  return x !== null && typeof x === 'object' && ('gap' in x || 'notApplicable' in x || 'tableMissing' in x);
}

function byCode(table: Table, c: CodedColumn, level: 'class' | 'all'): Map<string, Row> {
  const rows = new Map<string, Row>();
  for (const row of table.rows) {
    const key = row.code ?? row.path;
    if (!key || (c.side && row.side !== c.side)) continue;
    if (level === 'class' && row.level !== 1) continue;
    if (!rows.has(key)) rows.set(key, row);
  }
  return rows;
}

/** Values of two selected cells agree within rounding (for `onlyIf`). */
function agree(a: Term[] | null | Absence, b: Term[] | null | Absence): boolean {
  if (!Array.isArray(a) || !Array.isArray(b)) return false;
  const sum = (ts: Term[]) => ts.reduce((s, t) => s.plus(t.figure?.value ?? 0), new Decimal(0));
  const tol = (ts: Term[]) => ts.reduce((s, t) => s.plus(t.figure?.half ?? 0), new Decimal(0));
  return sum(a)
    .minus(sum(b))
    .abs()
    .lte(tol(a).plus(tol(b)));
}

function absentTerm(sel: CellSelector): Term {
  return 'line' in sel
    ? new AbsentLine(sel.table, sel.line, sel.col)
    : new LazyTerm(sel.table, undefined, undefined, sel.col, sel.rowsNamed);
}

const shows = (t: Term) => !!t.figure && !t.figure.empty;

/**
 * Gathers the expansion of one relation. A selector whose line is missing stops its instance — unless the
 * line may be left out when empty and nothing else in the instance shows money, when it is an exact zero.
 */
class Gatherer {
  readonly instances: Instance[] = [];
  blocked = 0;
  readonly gaps: NeededGap[] = [];
  readonly missingTables = new Set<TableId>();
  /** Parts of the relation that do not apply here; the relation applies when some part still does. */
  notApplicable = false;

  constructor(readonly ctx: Context) {}

  table(id: TableId): Table | undefined {
    const t = tableFor(this.ctx, id);
    if (!isAbsence(t)) return t;
    this.note(t, id);
    return undefined;
  }

  private note(a: Absence, table: TableId): void {
    if ('notApplicable' in a) this.notApplicable = true;
    else if ('tableMissing' in a) this.missingTables.add(a.tableMissing);
    else this.gaps.push({ table, gap: a.gap });
  }

  /**
   * Terms for each selector, or undefined when the instance cannot be checked. With `partial` (an equality
   * chain), selectors that find nothing are left out and the rest are still compared.
   */
  terms(selectors: readonly CellSelector[], partial = false): Term[][] | undefined {
    const found = selectors.map((sel) => select(this.ctx, sel));
    if (found.includes(null)) {
      this.blocked++;
      return undefined;
    }
    const present = found.filter((f): f is Term[] => Array.isArray(f)).flat();
    const kept: Term[][] = [];
    let stopped = false;
    found.forEach((f, i) => {
      const sel = selectors[i];
      if (Array.isArray(f)) {
        kept.push(f);
        return;
      }
      if (!isAbsence(f)) return;
      // A gap in a table that shows no figure, or an optional line where nothing shows money: a zero.
      if ('gap' in f) {
        const table = this.ctx.tables.get(sel.table)!;
        if (!showsFigures(table) || (f.gap.optional && !present.some(shows))) {
          kept.push([absentTerm(sel)]);
          return;
        }
      }
      this.note(f, sel.table);
      stopped = true;
    });
    // An absent line against empty ones (an empty table's total it does not print): nothing to check or show.
    const terms = kept.flat();
    if (!terms.some(shows) && terms.some((t) => !t.figure)) return undefined;
    if (!stopped) return kept;
    return partial && kept.flat().length >= 2 ? kept : undefined;
  }

  /** A table-wide shape's columns: those the table has; false when one it needs is missing. */
  columns(table: Table, side: string, cols: readonly ColumnKey[], each: boolean): ColumnKey[] | undefined {
    const usable: ColumnKey[] = [];
    for (const col of cols) {
      const a = columnAbsence(table, side, col);
      if (!a) {
        usable.push(col);
        continue;
      }
      // A table that shows no figure has nothing to check, whatever its columns.
      if ('gap' in a && !showsFigures(table)) return undefined;
      this.note(a, table.id);
      if (!each) return undefined;
    }
    return usable;
  }

  push(inst: Instance | null): void {
    if (inst) this.instances.push(inst);
    else this.blocked++;
  }
}

/** A sum whose total is also one of its parts (a 收入总计 that is the year's total too) says nothing. */
function trivial(target: Term, parts: readonly Term[]): boolean {
  const cell = target.figure?.cell;
  return !!cell && parts.some((p) => p.figure?.cell === cell);
}

export interface ExpandOptions {
  /**
   * Sides of tables (`T1|income`) where a line was found missing: a named total there (本年收入合计) does not
   * add up over the rows that are left, so its sum is not checked; the missing line explains it.
   */
  readonly gapped?: ReadonlySet<string>;
}

export function expand(relation: Relation, tables: Tables, options: ExpandOptions = {}): Expansion {
  const g = new Gatherer({ tables, family: familyOf(tables.values()) });
  const shape = relation.shape;
  switch (shape.kind) {
    case 'row-sum': {
      const table = g.table(shape.table);
      const side = shape.side ?? 'main';
      const cols = table && g.columns(table, side, [shape.total, ...shape.parts], false);
      if (!table || !cols) break;
      for (const row of table.rows) {
        if (sideOf(table, row) !== side) continue;
        const target = termOf(table, row, shape.total);
        const parts = shape.parts.map((c) => termOf(table, row, c));
        g.push(
          target && !parts.includes(null) ? { relation, kind: 'sum', target, parts: parts as Term[] } : null,
        );
      }
      break;
    }
    case 'rollup': {
      const table = g.table(shape.table);
      const side = shape.side ?? 'main';
      const cols = table && g.columns(table, side, shape.columns, true);
      if (!table || !cols) break;
      const gapped = options.gapped?.has(`${table.id}|${side}`);
      for (const row of table.rows) {
        if (row.children.length === 0 || sideOf(table, row) !== side) continue;
        if (gapped && row.line) {
          const gap = table.gaps.find(
            (x) => x.kind === 'line' && (x.key.includes('.') ? x.key.split('.')[0] : 'main') === side,
          );
          if (gap) g.gaps.push({ table: table.id, gap });
          continue;
        }
        for (const col of cols) {
          const target = termOf(table, row, col);
          const parts = row.children.map((c) => termOf(table, c, col));
          g.push(
            target && !parts.includes(null)
              ? { relation, kind: 'sum', target, parts: parts as Term[] }
              : null,
          );
        }
      }
      break;
    }
    case 'sum': {
      const terms = g.terms([shape.total, ...shape.parts]);
      if (terms && !trivial(terms[0][0], terms.slice(1).flat()))
        g.push({ relation, kind: 'sum', target: terms[0][0], parts: terms.slice(1).flat() });
      break;
    }
    case 'equal': {
      const terms = g.terms(shape.cells, true);
      const members = terms
        ?.flat()
        .filter((t, i, all) => !t.figure || all.findIndex((o) => o.figure?.cell === t.figure!.cell) === i);
      if (members && members.length >= 2) g.push({ relation, kind: 'equal', members });
      break;
    }
    case 'at-most': {
      const terms = g.terms([...shape.lesser, ...shape.greater]);
      if (terms)
        g.push({
          relation,
          kind: 'at-most',
          lesser: terms.slice(0, shape.lesser.length).flat(),
          greater: terms.slice(shape.lesser.length).flat(),
        });
      break;
    }
    case 'per-code': {
      const columns = [shape.total, ...shape.parts];
      const found = columns.map((c) => g.table(c.table));
      if (found.some((t, i) => !t || !g.columns(t, columns[i].side ?? 'main', [columns[i].col], false)))
        break;
      if (shape.onlyIf && !agree(select(g.ctx, shape.onlyIf.equal[0]), select(g.ctx, shape.onlyIf.equal[1])))
        break;
      const maps = columns.map((c, i) => byCode(found[i]!, c, shape.level));
      const codes = [...new Set(maps.flatMap((m) => [...m.keys()]))].sort();
      for (const code of codes) {
        const rows = maps.map((m) => m.get(code));
        const name = rows.find((r) => r)!;
        const where = name.code ? `${name.code} ${name.label}` : name.label;
        const terms = columns.map((c, i) => termOf(found[i]!, rows[i], c.col, where));
        if (terms.includes(null)) {
          g.blocked++;
          continue;
        }
        const [target, ...parts] = terms as Term[];
        if (!target.figure && parts.every((p) => !p.figure)) continue;
        g.instances.push({ relation, kind: 'sum', target, parts, context: where });
      }
      break;
    }
    case 'same-year':
    case 'same-names':
      break;
  }
  return {
    instances: g.instances,
    blocked: g.blocked,
    gaps: g.gaps,
    missingTables: [...g.missingTables],
    notApplicable: g.notApplicable,
  };
}

/** Every cell of an instance, target first. */
export function termsOf(inst: Instance): Term[] {
  switch (inst.kind) {
    case 'sum':
      return [inst.target, ...inst.parts];
    case 'equal':
      return [...inst.members];
    case 'at-most':
      return [...inst.lesser, ...inst.greater];
  }
}

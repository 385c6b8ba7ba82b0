/**
 * Expands each declaration over the recognised tables into concrete instances: this 合计 cell and these
 * part cells. One interpreter for every shape, so checking, filling and explaining see the same cells.
 */
import Decimal from 'decimal.js';
import type { CellSelector, CodedColumn, Relation } from './catalog/types';
import { cellLabel, cellLabelEn, COLUMN_NAMES, COLUMN_NAMES_EN, tableLabel } from './describe';
import type { ColumnKey, Figure, Gap, Row, Table, TableId } from './model';
import { lineSpec, templatesOf } from './templates';
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
  /**
   * The relation refers to a line or column that a table's template does not have (a place's own layout):
   * it does not apply to this workbook.
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
    return `${tableLabel(this.table)} ${name}${this.col === 'amount' ? '' : COLUMN_NAMES[this.col]}`;
  }
  get labelEn(): string {
    const name = lineSpec(this.table, this.line)?.en ?? '';
    return `Table ${this.table.slice(1)} ${name}${this.col === 'amount' ? '' : ` ${COLUMN_NAMES_EN[this.col]}`}`;
  }
}

/** The term for a row's column; `null` when the column exists but the cell could not be read. */
function termOf(table: Table, row: Row | undefined, col: ColumnKey, fallbackRow = ''): Term | null {
  const figure = row?.figures[col];
  if (row && !figure && table.columns.has(`${sideOf(table, row)}.${col}`)) return null;
  return new LazyTerm(table.id, figure, row, col, fallbackRow);
}

/** Why a selector found no cell: its line is not in the table (a gap) or not in its template at all. */
type Absence = { readonly gap: Gap } | { readonly notApplicable: true };

/** Terms of a selector: `null` when a cell is unreadable, an Absence when its line is not there. */
function select(tables: Tables, sel: CellSelector): Term[] | null | Absence {
  const table = tables.get(sel.table)!;
  const side = 'line' in sel && sel.line.includes('.') ? sel.line.split('.')[0] : 'main';
  const column = columnAbsence(table, side, sel.col);
  if (column) return column;
  if ('line' in sel) {
    const row = table.lines.get(sel.line);
    if (!row) {
      const gap = table.gaps.find((g) => g.key === sel.line || (g.kind === 'side' && g.key === side));
      if (gap) return { gap };
      if (!lineSpec(table.id, sel.line) || templateLacks(table, sel.line)) return { notApplicable: true };
    }
    if (!row) return [new AbsentLine(table.id, sel.line, sel.col)];
    const term = termOf(table, row, sel.col);
    return term ? [term] : null;
  }
  const name = squash(sel.rowsNamed);
  const terms = table.rows
    .filter((r) => r.level > 0 && squash(r.label) === name)
    .map((r) => termOf(table, r, sel.col));
  return terms.includes(null) ? null : (terms as Term[]);
}

/** The table's own template has no such line (another variant of the table does). */
function templateLacks(table: Table, line: string): boolean {
  return !templatesOf(table.id).some(
    (t) => t.variant === table.variant && t.lines.some((l) => l.key === line),
  );
}

/** A column the relation needs: missing (a gap), not in this template, or there (undefined). */
function columnAbsence(table: Table, side: string, col: ColumnKey): Absence | undefined {
  if (table.columns.has(`${side}.${col}`)) return undefined;
  const gap = table.gaps.find((g) => g.key === `${side}.${col}` || (g.kind === 'side' && g.key === side));
  if (gap) return { gap };
  return { notApplicable: true };
}

function isAbsence(x: Term[] | null | Absence): x is Absence {
  return x !== null && !Array.isArray(x);
}

function byCode(tables: Tables, c: CodedColumn, level: 'class' | 'all'): Map<string, Row> {
  const table = tables.get(c.table)!;
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
  notApplicable = false;

  constructor(private readonly tables: Tables) {}

  /**
   * Terms for each selector, or undefined when the instance cannot be checked. With `partial` (an equality
   * chain), selectors whose line is missing are left out and the rest are still compared.
   */
  terms(selectors: readonly CellSelector[], partial = false): Term[][] | undefined {
    const found = selectors.map((sel) => select(this.tables, sel));
    if (found.some((f) => isAbsence(f) && 'notApplicable' in f)) {
      this.notApplicable = true;
      return undefined;
    }
    if (found.includes(null)) {
      this.blocked++;
      return undefined;
    }
    const present = found.filter((f): f is Term[] => Array.isArray(f)).flat();
    const missing = found
      .map((f, i) => ({ f, sel: selectors[i] }))
      .filter((x): x is { f: { gap: Gap }; sel: CellSelector } => isAbsence(x.f) && 'gap' in x.f);
    const needed = missing.filter(({ f, sel }) => {
      const empty = !showsFigures(this.tables.get(sel.table)!);
      return !empty && !(f.gap.optional && !present.some(shows));
    });
    if (needed.length > 0) {
      for (const { f, sel } of needed) this.gaps.push({ table: sel.table, gap: f.gap });
      if (!partial) return undefined;
      const kept = found.filter((f): f is Term[] => Array.isArray(f));
      return kept.flat().length >= 2 ? kept : undefined;
    }
    return found.map((f, i) => (Array.isArray(f) ? f : [absentTerm(selectors[i])]));
  }

  /** A table-wide shape (row-sum, rollup, per-code) on a side or column the table lacks. */
  absent(table: Table, side: string, cols: readonly ColumnKey[]): boolean {
    for (const col of cols) {
      const a = columnAbsence(table, side, col);
      if (!a) continue;
      if ('notApplicable' in a) this.notApplicable = true;
      else if (showsFigures(table)) this.gaps.push({ table: table.id, gap: a.gap });
      else continue;
      return true;
    }
    return false;
  }

  push(inst: Instance | null): void {
    if (inst) this.instances.push(inst);
    else this.blocked++;
  }
}

export function expand(relation: Relation, tables: Tables): Expansion {
  const g = new Gatherer(tables);
  const shape = relation.shape;
  switch (shape.kind) {
    case 'row-sum': {
      const table = tables.get(shape.table)!;
      const side = shape.side ?? 'main';
      if (g.absent(table, side, [shape.total, ...shape.parts])) break;
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
      const table = tables.get(shape.table)!;
      const side = shape.side ?? 'main';
      if (g.absent(table, side, shape.columns)) break;
      for (const row of table.rows) {
        if (row.children.length === 0 || sideOf(table, row) !== side) continue;
        for (const col of shape.columns) {
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
      if (terms) g.push({ relation, kind: 'sum', target: terms[0][0], parts: terms.slice(1).flat() });
      break;
    }
    case 'equal': {
      const terms = g.terms(shape.cells, true);
      if (terms) g.push({ relation, kind: 'equal', members: terms.flat() });
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
      if (columns.some((c) => g.absent(tables.get(c.table)!, c.side ?? 'main', [c.col]))) break;
      if (
        shape.onlyIf &&
        !agree(select(tables, shape.onlyIf.equal[0]), select(tables, shape.onlyIf.equal[1]))
      )
        break;
      const maps = columns.map((c) => byCode(tables, c, shape.level));
      const codes = [...new Set(maps.flatMap((m) => [...m.keys()]))].sort();
      for (const code of codes) {
        const rows = maps.map((m) => m.get(code));
        const name = rows.find((r) => r)!;
        const where = name.code ? `${name.code} ${name.label}` : name.label;
        const terms = columns.map((c, i) => termOf(tables.get(c.table)!, rows[i], c.col, where));
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
  return { instances: g.instances, blocked: g.blocked, gaps: g.gaps, notApplicable: g.notApplicable };
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

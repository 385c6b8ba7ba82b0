/**
 * Expands each declaration over the recognised tables into concrete instances: this 合计 cell and these
 * part cells. One interpreter for every shape, so checking, filling and explaining see the same cells.
 */
import Decimal from 'decimal.js';
import type { CellSelector, CodedColumn, Relation } from './catalog/types';
import { cellLabel, cellLabelEn } from './describe';
import type { ColumnKey, Figure, Row, Table, TableId } from './model';
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

export interface Expansion {
  readonly instances: Instance[];
  /** Instances left out because a cell in them could not be read (already reported on its own). */
  readonly blocked: number;
}

export type Tables = ReadonlyMap<TableId, Table>;

function sideOf(table: Table, row: Row): string {
  return row.side ?? (table.id === 'T1' || table.id === 'T4' || table.id === 'T9' ? 'expense' : 'main');
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

/** The term for a row's column; `null` when the column exists but the cell could not be read. */
function termOf(table: Table, row: Row | undefined, col: ColumnKey, fallbackRow = ''): Term | null {
  const figure = row?.figures[col];
  if (row && !figure && table.columns.has(`${sideOf(table, row)}.${col}`)) return null;
  return new LazyTerm(table.id, figure, row, col, fallbackRow);
}

function select(tables: Tables, sel: CellSelector): Term[] | null {
  const table = tables.get(sel.table)!;
  if ('line' in sel) {
    const term = termOf(table, table.lines.get(sel.line), sel.col, sel.line);
    return term ? [term] : null;
  }
  const name = squash(sel.rowsNamed);
  const terms = table.rows
    .filter((r) => r.level > 0 && squash(r.label) === name)
    .map((r) => termOf(table, r, sel.col));
  return terms.includes(null) ? null : (terms as Term[]);
}

function byCode(tables: Tables, c: CodedColumn, level: 'class' | 'all'): Map<string, Row> {
  const table = tables.get(c.table)!;
  const rows = new Map<string, Row>();
  for (const row of table.rows) {
    if (!row.code || (c.side && row.side !== c.side)) continue;
    if (level === 'class' && row.code.length !== 3) continue;
    if (!rows.has(row.code)) rows.set(row.code, row);
  }
  return rows;
}

function hasColumn(table: Table, side: string, col: ColumnKey): boolean {
  return table.columns.has(`${side}.${col}`);
}

/** Values of two selected cells agree within rounding (for `onlyIf`). */
function agree(a: Term[] | null, b: Term[] | null): boolean {
  if (!a || !b) return false;
  const sum = (ts: Term[]) => ts.reduce((s, t) => s.plus(t.figure?.value ?? 0), new Decimal(0));
  const tol = (ts: Term[]) => ts.reduce((s, t) => s.plus(t.figure?.half ?? 0), new Decimal(0));
  return sum(a)
    .minus(sum(b))
    .abs()
    .lte(tol(a).plus(tol(b)));
}

export function expand(relation: Relation, tables: Tables): Expansion {
  const instances: Instance[] = [];
  let blocked = 0;
  const push = (inst: Instance | null) => (inst ? instances.push(inst) : blocked++);
  const shape = relation.shape;
  switch (shape.kind) {
    case 'row-sum': {
      const table = tables.get(shape.table)!;
      const side = shape.side ?? 'main';
      if (!hasColumn(table, side, shape.total)) break;
      const cols = shape.parts.filter((c) => hasColumn(table, side, c));
      for (const row of table.rows) {
        if (sideOf(table, row) !== side) continue;
        const target = termOf(table, row, shape.total);
        const parts = cols.map((c) => termOf(table, row, c));
        push(
          target && !parts.includes(null) ? { relation, kind: 'sum', target, parts: parts as Term[] } : null,
        );
      }
      break;
    }
    case 'rollup': {
      const table = tables.get(shape.table)!;
      const side = shape.side ?? 'main';
      for (const row of table.rows) {
        if (row.children.length === 0 || sideOf(table, row) !== side) continue;
        for (const col of shape.columns) {
          if (!hasColumn(table, side, col)) continue;
          const target = termOf(table, row, col);
          const parts = row.children.map((c) => termOf(table, c, col));
          push(
            target && !parts.includes(null)
              ? { relation, kind: 'sum', target, parts: parts as Term[] }
              : null,
          );
        }
      }
      break;
    }
    case 'sum': {
      const target = select(tables, shape.total);
      const parts = shape.parts.map((p) => select(tables, p));
      push(
        target && !parts.includes(null)
          ? { relation, kind: 'sum', target: target[0], parts: (parts as Term[][]).flat() }
          : null,
      );
      break;
    }
    case 'equal': {
      const members = shape.cells.map((c) => select(tables, c));
      push(
        members.includes(null) ? null : { relation, kind: 'equal', members: (members as Term[][]).flat() },
      );
      break;
    }
    case 'at-most': {
      const lesser = shape.lesser.map((c) => select(tables, c));
      const greater = shape.greater.map((c) => select(tables, c));
      push(
        lesser.includes(null) || greater.includes(null)
          ? null
          : {
              relation,
              kind: 'at-most',
              lesser: (lesser as Term[][]).flat(),
              greater: (greater as Term[][]).flat(),
            },
      );
      break;
    }
    case 'per-code': {
      if (
        shape.onlyIf &&
        !agree(select(tables, shape.onlyIf.equal[0]), select(tables, shape.onlyIf.equal[1]))
      )
        break;
      const maps = [shape.total, ...shape.parts].map((c) => byCode(tables, c, shape.level));
      const codes = [...new Set(maps.flatMap((m) => [...m.keys()]))].sort();
      for (const code of codes) {
        const rows = maps.map((m) => m.get(code));
        const name = rows.find((r) => r)!;
        const terms = [shape.total, ...shape.parts].map((c, i) =>
          termOf(tables.get(c.table)!, rows[i], c.col, `${code} ${name.label}`),
        );
        if (terms.includes(null)) {
          blocked++;
          continue;
        }
        const [target, ...parts] = terms as Term[];
        if (!target.figure && parts.every((p) => !p.figure)) continue;
        instances.push({ relation, kind: 'sum', target, parts, context: `${code} ${name.label}` });
      }
      break;
    }
    case 'same-year':
    case 'same-names':
      break;
  }
  return { instances, blocked };
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

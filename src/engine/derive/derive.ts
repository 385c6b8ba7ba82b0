/**
 * The derivable cells of a workbook, from the same relationship declarations the checker uses.
 *
 * A cell is derivable when it is the target of a sum-like instance (row-sum, rollup, sum, per-code) or a
 * non-first member of an equality chain; the chain's first cell present in the workbook is its source.
 * Every other cell is a detail (input) cell and is never written. When several relations target a cell,
 * candidates.ts says which wins; a per-code rule with a condition (`onlyIf`) fills only when the condition
 * holds on the figures as they will be after filling, so it is judged after a first pass without such rules.
 */
import Decimal from 'decimal.js';
import { formatAmount, formatDecimals } from '../amount';
import { CATALOG } from '../catalog';
import type { Relation } from '../catalog/types';
import { tablesOf } from '../catalog/types';
import { tableLabel } from '../describe';
import type { Term, Tables } from '../instances';
import type { Table, TableId } from '../model';
import { recognize } from '../recognize';
import { address, cellAt, cellText, type CellRef, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { candidates, type Candidate } from './candidates';
import { cellKey, choose } from './choose';
import { compute, type Computation } from './compute';
import { sumFormula } from './formula';
import type { Derivation, DerivedCell, SourceCell } from './types';

export interface DeriveOptions {
  /** The relationships to fill from; the whole catalog by default. */
  readonly relations?: readonly Relation[];
}

function showsAnyFigure(table: Table): boolean {
  return table.rows.some((row) => Object.values(row.figures).some((f) => f && !f.empty));
}

function holds(condition: NonNullable<Candidate['condition']>, computation: Computation): boolean {
  const total = (terms: readonly Term[], of: (t: Term) => Decimal) =>
    terms.reduce((s, t) => s.plus(of(t)), new Decimal(0));
  const [a, b] = condition.sides;
  const diff = total(a, computation.valueOf).minus(total(b, computation.valueOf)).abs();
  return diff.lte(total(a, computation.halfOf).plus(total(b, computation.halfOf)));
}

/** The format a filled cell gets if it has none: that of a figure in the same column of its table. */
function numberFormatFor(sheet: SheetSnapshot | undefined, table: Table, cell: CellRef, decimals: number): string {
  const usable = (format: string | undefined) =>
    format !== undefined && formatDecimals(format) !== undefined ? format : undefined;
  const own = usable(cellAt(sheet ?? { name: '', rows: [] }, cell.row, cell.col)?.format);
  if (own) return own;
  if (sheet) {
    for (let row = table.range.top; row <= table.range.bottom; row++) {
      const c = cellAt(sheet, row, cell.col);
      const format = typeof c?.value === 'number' ? usable(c.format) : undefined;
      if (format && formatDecimals(format) === decimals) return format;
    }
  }
  return decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0';
}

export function derive(workbook: WorkbookSnapshot, options: DeriveOptions = {}): Derivation {
  return deriveFrom(recognize(workbook).tables, workbook, options);
}

/** As `derive`, for tables already recognised from `workbook`. */
export function deriveFrom(tables: Tables, workbook: WorkbookSnapshot, options: DeriveOptions = {}): Derivation {
  const relations = options.relations ?? CATALOG;
  const notes: string[] = [];
  for (const relation of relations) {
    const missing = tablesOf(relation.shape).filter((id) => !tables.has(id));
    if (missing.length > 0 && relation.shape.kind !== 'equal' && relation.severity === 'error') {
      notes.push(`缺少${missing.map(tableLabel).join('、')}，「${relation.name}」没有用于填充。`);
    }
  }
  const showsFigures = new Map<TableId, boolean>([...tables].map(([id, t]) => [id, showsAnyFigure(t)]));
  const showing = (id: TableId) => showsFigures.get(id) ?? false;

  const all = candidates(relations, tables);
  const first = compute(choose(all.filter((c) => !c.condition)), showing);
  const failed = new Set<Relation>();
  const kept = all.filter((c) => {
    if (!c.condition) return true;
    if (holds(c.condition, first)) return true;
    failed.add(c.relation);
    return false;
  });
  for (const relation of failed) {
    const condition = all.find((c) => c.relation === relation)?.condition;
    notes.push(`「${relation.name}」只在${condition?.description ?? '条件成立时'}适用，本表不满足，没有用于填充。`);
  }

  const chosen = choose(kept);
  const computation = compute(chosen, showing);
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const cells = computation.order.map((key): DerivedCell => {
    const c = chosen.get(key)!;
    const computed = computation.values.get(key)!;
    const target = c.target.figure;
    const sources: SourceCell[] = c.parts.flatMap((p) => (p.figure ? [{ cell: p.figure.cell, unit: p.figure.unit }] : []));
    const sheet = sheets.get(target.cell.sheet);
    const text = formatAmount(computed.value.times(computed.unit === '元' ? 10000 : 1), computed.decimals);
    return {
      cell: target.cell,
      address: address(target.cell.row, target.cell.col),
      table: c.target.table,
      label: c.target.label,
      relation: c.relation.id,
      reason: c.reason,
      value: computed.value,
      text,
      decimals: computed.decimals,
      unit: computed.unit,
      sources,
      formula: sumFormula({ cell: target.cell, unit: target.unit }, sources),
      current: sheet ? cellText(cellAt(sheet, target.cell.row, target.cell.col)).trim() : '',
      currentValue: target.value,
      numberFormat: numberFormatFor(sheet, tables.get(c.target.table)!, target.cell, computed.decimals),
    };
  });
  return { cells, notes };
}

export { cellKey };

/**
 * The derivable cells of a workbook, from the same relationship declarations the checker uses.
 *
 * A cell is derivable when it is the target of a sum-like instance (row-sum, rollup, sum, per-code) or a
 * non-first member of an equality chain; the chain's first cell present in the workbook is its source.
 * Every other cell is a detail (input) cell and is never written. When several relations target a cell,
 * candidates.ts says which wins. A per-code rule with a condition (`onlyIf`) fills only when the condition
 * holds on the figures as they will be after filling, so it is judged after a first pass without such rules.
 */
import type Decimal from 'decimal.js';
import { formatAmount, formatDecimals } from '../amount';
import { CATALOG } from '../catalog';
import type { Relation } from '../catalog/types';
import { tablesOf } from '../catalog/types';
import { tableLabel } from '../describe';
import { termsOf, type Tables } from '../instances';
import type { Table, TableId } from '../model';
import {
  address,
  cellAt,
  cellText,
  type CellRef,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../snapshot';
import { candidates } from './candidates';
import { choose } from './choose';
import { compute } from './compute';
import { sumFormula } from './formula';
import { reconcile } from './reconcile';
import { recognize } from '../recognize';
import type { Derivation, DerivedCell, SourceCell } from './types';
import { applies, hardChecks } from './verify';

export interface DeriveOptions {
  /** The relationships to fill from; the whole catalog by default. */
  readonly relations?: readonly Relation[];
}

function showsAnyFigure(table: Table): boolean {
  return table.rows.some((row) => Object.values(row.figures).some((f) => f && !f.empty));
}

/**
 * The format a filled cell gets if it has none: that of a figure in the same column of its table with the
 * same decimals. `columnFormat` remembers each column's, since a table has thousands of cells to fill.
 */
function formats(workbook: WorkbookSnapshot, tables: Tables) {
  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const columns = new Map<string, string | null>();
  const usable = (format: string | undefined) =>
    format !== undefined && formatDecimals(format) !== undefined ? format : undefined;
  const columnFormat = (sheet: SheetSnapshot, table: Table, col: number, decimals: number) => {
    const key = `${sheet.name}!${table.id}!${col}!${decimals}`;
    if (!columns.has(key)) {
      let found: string | null = null;
      for (let row = table.range.top; row <= table.range.bottom && !found; row++) {
        const c = cellAt(sheet, row, col);
        const format = typeof c?.value === 'number' ? usable(c.format) : undefined;
        if (format && formatDecimals(format) === decimals) found = format;
      }
      columns.set(key, found);
    }
    return columns.get(key) ?? undefined;
  };
  return (table: TableId, cell: CellRef, decimals: number): string => {
    const sheet = sheets.get(cell.sheet);
    const own = sheet ? usable(cellAt(sheet, cell.row, cell.col)?.format) : undefined;
    const column = sheet ? columnFormat(sheet, tables.get(table)!, cell.col, decimals) : undefined;
    return own ?? column ?? (decimals > 0 ? `#,##0.${'0'.repeat(decimals)}` : '#,##0');
  };
}

function signed(value: Decimal, decimals: number): string {
  return `${value.isNegative() ? '' : '+'}${formatAmount(value, decimals)}`;
}

export function derive(workbook: WorkbookSnapshot, options: DeriveOptions = {}): Derivation {
  return deriveFrom(recognize(workbook).tables, workbook, options);
}

/** As `derive`, for tables already recognised from `workbook`. */
export function deriveFrom(
  tables: Tables,
  workbook: WorkbookSnapshot,
  options: DeriveOptions = {},
): Derivation {
  const relations = options.relations ?? CATALOG;
  const notes: string[] = [];
  const notesEn: string[] = [];
  const note = (zh: string, en: string) => {
    notes.push(zh);
    notesEn.push(en);
  };
  for (const relation of relations) {
    const ids = tablesOf(relation.shape);
    const missing = ids.filter((id) => !tables.has(id));
    const crossTable = relation.shape.kind === 'sum' || relation.shape.kind === 'per-code';
    if (crossTable && missing.length > 0 && missing.length < ids.length) {
      note(
        `缺少${missing.map(tableLabel).join('、')}，「${relation.name}」没有用于填充。`,
        `${missing.map((id) => `Table ${id.slice(1)}`).join(', ')} missing: “${relation.nameEn}” was not used to fill.`,
      );
    }
  }
  const showsFigures = new Map<TableId, boolean>([...tables].map(([id, t]) => [id, showsAnyFigure(t)]));
  const showing = (id: TableId) => showsFigures.get(id) ?? false;

  const all = candidates(relations, tables);
  const first = compute(choose(all.filter((c) => !c.onlyIf)), showing);
  const refused = new Set<Relation>();
  const kept = all.filter((c) => {
    if (applies(c.onlyIf, first)) return true;
    refused.add(c.relation);
    return false;
  });
  for (const relation of refused) {
    const shape = relation.shape;
    const when = shape.kind === 'per-code' && shape.onlyIf ? shape.onlyIf.description : '条件成立时';
    note(
      `「${relation.name}」只在${when}适用，本工作簿不满足，没有用于填充。`,
      `“${relation.nameEn}” applies only under a condition this workbook does not meet: it was not used to fill.`,
    );
  }

  const chosen = choose(kept);
  const { computation, offsets, broken } = reconcile(chosen, showing, hardChecks(relations, tables));
  for (const check of broken) {
    const terms = termsOf(check);
    const labels = terms.slice(0, 3).map((t) => t.label);
    const labelsEn = terms.slice(0, 3).map((t) => t.labelEn);
    note(
      `填充后「${check.relation.name}」仍不成立（${labels.join('、')}${terms.length > 3 ? '等' : ''}）：明细数据本身不一致，请核对。`,
      `“${check.relation.nameEn}” still does not hold after filling (${labelsEn.join(', ')}${terms.length > 3 ? ' and more' : ''}): the detail figures disagree, please check them.`,
    );
  }

  const sheets = new Map(workbook.sheets.map((s) => [s.name, s]));
  const numberFormatFor = formats(workbook, tables);
  const cells = computation.order.map((key): DerivedCell => {
    const c = chosen.get(key)!;
    const computed = computation.values.get(key)!;
    const target = c.target.figure;
    const factor = computed.unit === '元' ? 10000 : 1;
    const offset = offsets.get(key);
    const adjustment = offset ? signed(offset.times(factor), computed.decimals) : undefined;
    const sources: SourceCell[] = c.parts.flatMap((p) =>
      p.figure ? [{ cell: p.figure.cell, unit: p.figure.unit }] : [],
    );
    const formula = sumFormula({ cell: target.cell, unit: target.unit }, sources);
    const sheet = sheets.get(target.cell.sheet);
    return {
      cell: target.cell,
      address: address(target.cell.row, target.cell.col),
      table: c.target.table,
      label: c.target.label,
      labelEn: c.target.labelEn,
      relation: c.relation.id,
      reason: adjustment ? `${c.reason}（尾差调整 ${adjustment}，使跨表关系成立）` : c.reason,
      reasonEn: adjustment
        ? `${c.reasonEn} (rounding adjustment ${adjustment}, so the relationship across tables holds)`
        : c.reasonEn,
      value: computed.value,
      text: formatAmount(computed.value.times(factor), computed.decimals),
      decimals: computed.decimals,
      unit: computed.unit,
      sources,
      ...(formula ? { formula: adjustment ? `${formula}${adjustment}` : formula } : {}),
      ...(adjustment ? { adjustment } : {}),
      current: sheet ? cellText(cellAt(sheet, target.cell.row, target.cell.col)).trim() : '',
      currentValue: target.value,
      numberFormat: numberFormatFor(c.target.table, target.cell, computed.decimals),
    };
  });
  return { cells, notes, notesEn };
}

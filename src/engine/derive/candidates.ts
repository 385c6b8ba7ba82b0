/**
 * Every way the catalog can compute a cell: each sum-like instance of a relation is a candidate for its
 * target cell, each equality chain makes its first cell the source of the others. Which candidate wins is
 * decided in choose.ts.
 */
import type { CellSelector, Relation, Shape } from '../catalog/types';
import { tablesOf } from '../catalog/types';
import { COLUMN_NAMES, COLUMN_NAMES_EN } from '../describe';
import { expand, type Tables, type Term } from '../instances';
import { listedParts, rollupParts, type Words } from '../messages';
import { splitCondition } from './condition';
import type { Figure } from '../model';

/** A term whose cell exists in the workbook. */
export type CellTerm = Term & { readonly figure: Figure };

/**
 * Lower wins when a cell is the target of several relations: a cell is first the sum of its own row's
 * columns, then of the rows under it, then of cells named elsewhere, and only last a copy of an equal cell.
 * Inside one table the sum of the shown parts is what a reader adds up; a cross-table rule then only checks.
 */
const PRIORITY: Readonly<Record<Shape['kind'], number>> = {
  'row-sum': 0,
  rollup: 1,
  sum: 2,
  'per-code': 3,
  equal: 4,
  'at-most': 9,
  'same-year': 9,
  'same-names': 9,
};

export interface Candidate {
  readonly relation: Relation;
  readonly priority: number;
  /** Position in the catalog: among equal priorities the earlier declaration wins. */
  readonly order: number;
  readonly target: CellTerm;
  readonly parts: readonly Term[];
  readonly reason: string;
  readonly reasonEn: string;
  /** The candidate holds only when these two cells agree (a per-code rule's `onlyIf`). */
  readonly onlyIf?: readonly [Term, Term];
}

function hasCell(term: Term): term is CellTerm {
  return term.figure !== undefined;
}

function partsText(relation: Relation, parts: readonly Term[]): Words {
  const shape = relation.shape;
  if (shape.kind === 'row-sum') {
    const columns = (names: Readonly<Record<string, string>>) => shape.parts.map((c) => names[c]).join(' + ');
    return { zh: columns(COLUMN_NAMES), en: columns(COLUMN_NAMES_EN) };
  }
  if (shape.kind === 'rollup') return rollupParts(parts.length);
  if (shape.kind === 'equal') return { zh: `与${parts[0].label}相同`, en: `the same as ${parts[0].labelEn}` };
  return parts.length > 0 ? listedParts(parts) : { zh: '0（无对应行）', en: '0 (no such rows)' };
}

/**
 * `财政拨款收支总表与一般公共预算支出表（201 一般公共服务支出）：…`; in English the class or code the workbook
 * prints goes in quotes: `… (“201 一般公共服务支出”): …`.
 */
function reasons(relation: Relation, parts: readonly Term[], context?: string) {
  const text = partsText(relation, parts);
  return {
    reason: `${relation.name}${context ? `（${context}）` : ''}：${text.zh}`,
    reasonEn: `${relation.nameEn}${context ? ` (“${context}”)` : ''}: ${text.en}`,
  };
}

/** Keeps the cells of an equality chain whose tables are in the workbook. */
function presentCells(cells: readonly CellSelector[], tables: Tables): CellSelector[] {
  return cells.filter((c) => tables.has(c.table));
}

function candidatesOf(relation: Relation, order: number, tables: Tables): Candidate[] {
  const shape = relation.shape;
  const priority = PRIORITY[shape.kind];
  if (priority > PRIORITY.equal) return [];
  if (shape.kind === 'equal') {
    const cells = presentCells(shape.cells, tables);
    if (cells.length < 2) return [];
    const chain = expand({ ...relation, shape: { kind: 'equal', cells } }, tables).instances[0];
    if (!chain || chain.kind !== 'equal') return [];
    const source = chain.members.find(hasCell);
    if (!source) return [];
    return chain.members
      .filter((m): m is CellTerm => hasCell(m) && m !== source)
      .map((target) => ({
        relation,
        priority,
        order,
        target,
        parts: [source],
        ...reasons(relation, [source]),
      }));
  }
  if (tablesOf(shape).some((id) => !tables.has(id))) return [];
  const split = splitCondition(relation, tables);
  if (!split) return [];
  const { unconditional, onlyIf } = split;
  const out: Candidate[] = [];
  for (const inst of expand(unconditional, tables).instances) {
    if (inst.kind !== 'sum' || !hasCell(inst.target)) continue;
    out.push({
      relation,
      priority,
      order,
      target: inst.target,
      parts: inst.parts,
      ...reasons(relation, inst.parts, inst.context),
      ...(onlyIf ? { onlyIf } : {}),
    });
  }
  return out;
}

export function candidates(catalog: readonly Relation[], tables: Tables): Candidate[] {
  return catalog.flatMap((relation, order) => candidatesOf(relation, order, tables));
}

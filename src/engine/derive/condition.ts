/**
 * A per-code rule's `onlyIf` is judged by `expand` on the figures the workbook shows now; filling needs it
 * judged on the figures after filling. So the rule is expanded without it and its two cells kept aside.
 */
import type { Relation } from '../catalog/types';
import { expand, type Tables, type Term } from '../instances';

export interface Split {
  readonly unconditional: Relation;
  readonly onlyIf?: readonly [Term, Term];
}

/** Undefined when a table of the condition is missing (the rule then does not apply). */
export function splitCondition(relation: Relation, tables: Tables): Split | undefined {
  const shape = relation.shape;
  if (shape.kind !== 'per-code' || !shape.onlyIf) return { unconditional: relation };
  const cells = shape.onlyIf.equal;
  if (cells.some((c) => !tables.has(c.table))) return undefined;
  const sides = expand({ ...relation, shape: { kind: 'equal', cells } }, tables).instances[0];
  if (!sides || sides.kind !== 'equal') return undefined;
  return {
    unconditional: { ...relation, shape: { ...shape, onlyIf: undefined } },
    onlyIf: [sides.members[0], sides.members[1]],
  };
}

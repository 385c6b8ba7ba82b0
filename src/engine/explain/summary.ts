/** A relationship as the trainers' views list it: the declaration's words plus its assertion and group. */
import type { Relation } from '../catalog/types';
import { tablesOf } from '../catalog/types';
import type { TableId } from '../model';
import { assertionOf } from './assertion';
import { familyOf, TABLE_FAMILIES } from './names';

export interface RuleGroup {
  readonly id: string;
  readonly zh: string;
  readonly en: string;
}

/** Footing inside one table goes to the table's family; what spans tables goes to one of these two. */
const BETWEEN_GROUP: RuleGroup = { id: 'between', zh: '表间关系', en: 'Between tables' };
const SOFT_GROUP: RuleGroup = { id: 'soft', zh: '提示性关系', en: 'Soft checks' };

/** Every group in the order lists and docs/rules.md show them. */
export const RULE_GROUPS: readonly RuleGroup[] = [...TABLE_FAMILIES, BETWEEN_GROUP, SOFT_GROUP];

export const SEVERITY_LABELS = { error: '强制性', warning: '提示性' } as const;

export interface RelationSummary {
  readonly id: string;
  readonly name: string;
  /** The declaration's rule text. */
  readonly description: string;
  readonly severity: Relation['severity'];
  readonly severityLabel: (typeof SEVERITY_LABELS)[Relation['severity']];
  /** The tables it ties, in the order the declaration names them. */
  readonly tables: readonly TableId[];
  /** The assertion written from the selectors: `表5 合计行「合计」= 表1 收入「一般公共预算」`. */
  readonly assertion: string;
  /** When the relationship applies only to some workbooks (a per-code `onlyIf`). */
  readonly condition?: string;
  readonly group: RuleGroup;
}

function groupOf(relation: Relation, tables: readonly TableId[]): RuleGroup {
  if (tables.length === 1) return familyOf(tables[0]);
  return relation.severity === 'error' ? BETWEEN_GROUP : SOFT_GROUP;
}

export function summarize(relation: Relation): RelationSummary {
  const tables = tablesOf(relation.shape);
  const condition = relation.shape.kind === 'per-code' ? relation.shape.onlyIf?.description : undefined;
  return {
    id: relation.id,
    name: relation.name,
    description: relation.description,
    severity: relation.severity,
    severityLabel: SEVERITY_LABELS[relation.severity],
    tables,
    assertion: assertionOf(relation.shape),
    ...(condition ? { condition } : {}),
    group: groupOf(relation, tables),
  };
}

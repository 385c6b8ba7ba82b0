/**
 * A relationship as the trainers' views list it: the declaration's words plus its assertion and group, each
 * with an English twin. The rule text (`description`) and a condition's wording are hand-written Chinese with
 * no English: the English name and assertion stand in for them.
 */
import type { Relation } from '../catalog/types';
import { tablesOf } from '../catalog/types';
import type { TableId } from '../model';
import { assertionOf, equalityText } from './assertion';
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
export const SEVERITY_LABELS_EN = { error: 'hard', warning: 'soft' } as const;

export interface RelationSummary {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  /** The declaration's rule text. */
  readonly description: string;
  readonly severity: Relation['severity'];
  readonly severityLabel: (typeof SEVERITY_LABELS)[Relation['severity']];
  readonly severityLabelEn: (typeof SEVERITY_LABELS_EN)[Relation['severity']];
  /** The tables it ties, in the order the declaration names them. */
  readonly tables: readonly TableId[];
  /** The assertion written from the selectors: `表5 合计行「合计」= 表1 收入「一般公共预算」`. */
  readonly assertion: string;
  /** `Table 5 total row “合计” = Table 1 revenue “一般公共预算”`. */
  readonly assertionEn: string;
  /** When the relationship applies only to some workbooks (a per-code `onlyIf`). */
  readonly condition?: string;
  /** The condition's two cells as an equality: `Table 2 total row “上年结转” = Table 4 revenue “…”`. */
  readonly conditionEn?: string;
  readonly group: RuleGroup;
}

function groupOf(relation: Relation, tables: readonly TableId[]): RuleGroup {
  if (tables.length === 1) return familyOf(tables[0]);
  return relation.severity === 'error' ? BETWEEN_GROUP : SOFT_GROUP;
}

export function summarize(relation: Relation): RelationSummary {
  const tables = tablesOf(relation.shape);
  const onlyIf = relation.shape.kind === 'per-code' ? relation.shape.onlyIf : undefined;
  return {
    id: relation.id,
    name: relation.name,
    nameEn: relation.nameEn,
    description: relation.description,
    severity: relation.severity,
    severityLabel: SEVERITY_LABELS[relation.severity],
    severityLabelEn: SEVERITY_LABELS_EN[relation.severity],
    tables,
    assertion: assertionOf(relation.shape),
    assertionEn: assertionOf(relation.shape, 'en'),
    ...(onlyIf ? { condition: onlyIf.description, conditionEn: equalityText(onlyIf.equal, 'en') } : {}),
    group: groupOf(relation, tables),
  };
}

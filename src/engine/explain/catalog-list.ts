/** The rule catalog as a grouped, searchable list: what the task pane lists and docs/rules.md prints. */
import type { Relation } from '../catalog/types';
import type { CheckResult } from '../check';
import type { TableId } from '../model';
import { squash } from '../text';
import type { MapRelation } from './map';
import { EMPTY_STATE, relationStates } from './relation-state';
import { RULE_GROUPS, summarize, type RuleGroup } from './summary';

export interface RuleGroupList {
  readonly group: RuleGroup;
  readonly rules: readonly MapRelation[];
}

/** Every relationship of the catalog in its group, groups in RULE_GROUPS order; empty groups left out. */
export function ruleCatalog(
  catalog: readonly Relation[],
  result?: Pick<CheckResult, 'outcomes'>,
): RuleGroupList[] {
  const states = result ? relationStates(result.outcomes) : undefined;
  const rules = catalog.map((r): MapRelation => ({
    ...summarize(r),
    ...(states ? { state: states.get(r.id) ?? EMPTY_STATE } : {}),
  }));
  return RULE_GROUPS.map((group) => ({ group, rules: rules.filter((r) => r.group.id === group.id) })).filter(
    (g) => g.rules.length > 0,
  );
}

function haystack(group: RuleGroup, r: MapRelation): string {
  return squash(
    [
      r.id,
      r.name,
      r.nameEn,
      r.description,
      r.assertion,
      r.assertionEn,
      r.condition ?? '',
      r.conditionEn ?? '',
      r.severity,
      r.severityLabel,
      r.severityLabelEn,
      group.zh,
      group.en,
    ].join('\n'),
  ).toLowerCase();
}

/** `表1`/`T1` names a table: it matches the rules that tie that table, not 表10…表13. */
const TABLE_WORD = /^(?:表|t)(\d{1,2})$/;

function matches(group: RuleGroup, r: MapRelation, word: string): boolean {
  const table = TABLE_WORD.exec(word);
  if (table) return r.tables.includes(`T${table[1]}` as TableId);
  return haystack(group, r).includes(word);
}

/**
 * The groups with only the rules matching every word of the query (ignoring case and spaces), so
 * `表5 强制` finds the hard rules that tie 表5. An empty query keeps everything.
 */
export function searchRules(groups: readonly RuleGroupList[], query: string): RuleGroupList[] {
  const words = query
    .split(/[\s\u3000]+/)
    .map((w) => squash(w).toLowerCase())
    .filter(Boolean);
  return groups
    .map((g) => ({
      group: g.group,
      rules: g.rules.filter((r) => words.every((w) => matches(g.group, r, w))),
    }))
    .filter((g) => g.rules.length > 0);
}

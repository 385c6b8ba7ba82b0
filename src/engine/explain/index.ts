/**
 * Explaining the catalog to people: the relationship map, "where does this cell come from", the lesson
 * steps, the searchable rule list and docs/rules.md. Pure data for the views to render; no DOM.
 */
export { assertionOf, linksOf, type TableLink } from './assertion';
export {
  explainCell,
  ROLE_LABELS,
  ROLE_LABELS_EN,
  type CellExplanation,
  type CellRole,
  type Involvement,
} from './cell';
export { ruleCatalog, searchRules, type RuleGroupList } from './catalog-list';
export {
  STATUS_LABELS,
  STATUS_LABELS_EN,
  type CellPlace,
  type CellView,
  type InstanceView,
  type SideView,
  type Status,
} from './instance-view';
export { layoutMap, type LinkPath, type MapLayout, type MapSize, type NodeBox, type Point } from './layout';
export { lessonSteps, type LessonStep } from './lesson';
export { cellsToMark, type CellsToMark } from './marks';
export { relationshipMap, type MapEdge, type MapNode, type MapRelation, type RelationshipMap } from './map';
export { SHORT_NAMES, TABLE_FAMILIES, type Lang, type TableFamily } from './names';
export {
  relationStates,
  tallySentence,
  tallyText,
  type RelationState,
  type StatusTally,
} from './relation-state';
export { renderRulesDoc } from './rules-doc';
export {
  RULE_GROUPS,
  SEVERITY_LABELS,
  SEVERITY_LABELS_EN,
  summarize,
  type RelationSummary,
  type RuleGroup,
} from './summary';

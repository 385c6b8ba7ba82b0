/**
 * The relationship map (表间关系): the 13 tables as nodes, each relationship that ties two or more tables as an
 * edge, each table's own footing and cross-footing listed on its node, and a layout for a 320 px task pane
 * and a wide browser. With a checked workbook, every relationship carries its instances and status.
 */
import type { Relation } from '../catalog/types';
import type { CheckResult } from '../check';
import type { TableId } from '../model';
import { TABLE_IDS, TABLE_NAMES } from '../recognize/titles';
import { linksOf, type TableLink } from './assertion';
import { layoutMap, type MapLayout, type MapSize } from './layout';
import { familyOf, SHORT_NAMES, tableText } from './names';
import { EMPTY_STATE, relationStates, type RelationState } from './relation-state';
import { summarize, type RelationSummary } from './summary';

export interface MapRelation extends RelationSummary {
  /** How it stands in the workbook; absent when the map is drawn from the catalog alone. */
  readonly state?: RelationState;
}

export interface MapEdge extends MapRelation {
  /** The lines drawn for it, one per pair of tables. */
  readonly links: readonly TableLink[];
}

export interface MapNode {
  readonly id: TableId;
  /** `表5`. */
  readonly label: string;
  /** `Table 5`. */
  readonly labelEn: string;
  /** The short name for the box: `一般公共预算支出表`. */
  readonly name: string;
  readonly nameEn: string;
  /** The title recognition looks for. */
  readonly title: string;
  readonly family: string;
  /** Whether the workbook has the table; absent when the map is drawn from the catalog alone. */
  readonly present?: boolean;
  /** Footing and cross-footing inside this table. */
  readonly own: readonly MapRelation[];
}

export interface RelationshipMap {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
  /** Relationships over every table that have no line to draw (all titles carry one year). */
  readonly global: readonly MapRelation[];
  readonly layouts: Readonly<Record<MapSize, MapLayout>>;
}

/** The map of a catalog; pass a check result to get presence, instances and status for that workbook. */
export function relationshipMap(
  catalog: readonly Relation[],
  result?: Pick<CheckResult, 'tables' | 'outcomes'> & { readonly report?: CheckResult['report'] },
): RelationshipMap {
  const states = result ? relationStates(result.outcomes) : undefined;
  const withState = (r: Relation): MapRelation => ({
    ...summarize(r),
    ...(states ? { state: states.get(r.id) ?? EMPTY_STATE } : {}),
  });
  const edges: MapEdge[] = [];
  const own = new Map<TableId, MapRelation[]>();
  const global: MapRelation[] = [];
  // A relationship of another set of tables (收入按来源分类) is not drawn for a workbook it does not apply to.
  const notApplicable = new Set(result?.report?.notApplicable ?? []);
  for (const relation of catalog) {
    if (notApplicable.has(relation.id)) continue;
    const view = withState(relation);
    if (view.tables.length >= 2) edges.push({ ...view, links: linksOf(relation.shape) });
    else if (view.tables.length === 1) own.set(view.tables[0], [...(own.get(view.tables[0]) ?? []), view]);
    else global.push(view);
  }
  const nodes = TABLE_IDS.map((id): MapNode => ({
    id,
    label: tableText(id, 'zh'),
    labelEn: tableText(id, 'en'),
    name: SHORT_NAMES[id].zh,
    nameEn: SHORT_NAMES[id].en,
    title: TABLE_NAMES[id],
    family: familyOf(id).id,
    ...(result ? { present: result.tables.has(id) } : {}),
    own: own.get(id) ?? [],
  }));
  return {
    nodes,
    edges,
    global,
    layouts: { narrow: layoutMap(edges, 'narrow'), wide: layoutMap(edges, 'wide') },
  };
}

/**
 * The trainers' views as pane tabs — 表间关系 (map and lesson), 从哪里来, 规则 — all drawn from the engine's
 * explain API over the relationship catalog, with the workbook's figures once it has been checked.
 */
import { useMemo } from 'react';
import { CATALOG, type CheckResult } from '../../engine';
import { lessonSteps, relationshipMap, ruleCatalog } from '../../engine/explain';
import type { CellRef } from '../../engine/snapshot';
import { useStrings } from '../strings-context';
import type { PaneView } from '../ViewTabs';
import type { RelationActions } from './actions';
import { CellOrigin } from './CellOrigin';
import { RelationsTab } from './RelationsTab';
import { RuleCatalog } from './RuleCatalog';

/** The id of the 从哪里来 view: the Excel pane follows the selection only while it shows. */
export const ORIGIN_VIEW = 'origin';

export interface RelationViewsOptions {
  readonly result?: CheckResult;
  readonly selectedCell?: CellRef;
  readonly actions: RelationActions;
}

export function useRelationViews({ result, selectedCell, actions }: RelationViewsOptions): PaneView[] {
  const strings = useStrings().relations;
  const map = useMemo(() => relationshipMap(CATALOG, result), [result]);
  const steps = useMemo(() => (result ? lessonSteps(CATALOG, result) : []), [result]);
  const groups = useMemo(() => ruleCatalog(CATALOG, result), [result]);
  return [
    {
      id: 'relations',
      label: strings.relationsTab,
      content: <RelationsTab map={map} steps={steps} actions={actions} />,
    },
    {
      id: ORIGIN_VIEW,
      label: strings.originTab,
      content: <CellOrigin result={result} cell={selectedCell} actions={actions} />,
    },
    { id: 'rules', label: strings.rulesTab, content: <RuleCatalog groups={groups} actions={actions} /> },
  ];
}

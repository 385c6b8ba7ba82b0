/**
 * 表间关系 as a map: the drawing, then the relationships as a list (all those between tables, or one table's
 * own and linked ones after clicking its box). A line on the map and an item of the list open the same thing.
 */
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { TableId } from '../../engine';
import type { MapEdge, MapRelation, RelationshipMap } from '../../engine/explain';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { RelationList, useOpenRelation } from './RelationList';
import { RelationMap } from './RelationMap';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

export interface MapViewProps {
  readonly map: RelationshipMap;
  readonly actions: RelationActions;
}

export function MapView({ map, actions }: MapViewProps) {
  const strings = useStrings();
  const styles = useStyles();
  const { openId, open } = useOpenRelation(actions);
  const [table, setTable] = useState<TableId>();
  const node = map.nodes.find((n) => n.id === table);
  const listed: readonly MapRelation[] = node
    ? [...node.own, ...map.edges.filter((e) => e.tables.includes(node.id))]
    : [...map.edges, ...map.global];
  const heading = node
    ? strings.relations.tableRelations(
        strings.relations.text(node, 'label'),
        strings.relations.text(node, 'name'),
      )
    : strings.relations.allRelations;

  const openFromMap = (edge: MapEdge) => {
    if (table && !edge.tables.includes(table)) setTable(undefined);
    open(edge);
  };

  return (
    <div className={styles.root}>
      <RelationMap map={map} openId={openId} table={table} onOpen={openFromMap} onTable={setTable} />
      <Caption1 className={styles.hint}>{strings.relations.mapHint}</Caption1>
      <div className={styles.heading}>
        <Subtitle2 as="h3">{`${heading} · ${listed.length}`}</Subtitle2>
        {node && (
          <Button size="small" onClick={() => setTable(undefined)}>
            {strings.relations.showAll}
          </Button>
        )}
      </div>
      <RelationList relations={listed} openId={openId} onOpen={open} actions={actions} label={heading} />
    </div>
  );
}

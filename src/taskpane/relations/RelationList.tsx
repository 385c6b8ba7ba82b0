/**
 * Relationships as a list of buttons (name, status, the assertion in plain words); the open one shows its
 * detail beneath it. The map, the table filter and the rule catalog all list relationships this way.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { cellsToMark, type MapRelation } from '../../engine/explain';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { SeverityBadge, StatusBadge } from './Badges';
import { RelationDetail } from './RelationDetail';
import { statusColour } from './status-colours';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  button: {
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
    width: '100%',
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    background: 'transparent',
    border: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  open: { background: tokens.colorNeutralBackground1Selected },
  title: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  name: { fontWeight: tokens.fontWeightSemibold },
  assertion: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  detail: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
});

/** Which relationship is open; opening one marks every cell of it in the workbook. */
export function useOpenRelation(actions: RelationActions) {
  const [openId, setOpenId] = useState<string>();
  const open = (relation: MapRelation) => {
    if (relation.id === openId) {
      setOpenId(undefined);
      return;
    }
    setOpenId(relation.id);
    const instances = relation.state?.instances ?? [];
    if (instances.length > 0) actions.show(cellsToMark(instances));
  };
  return { openId, open };
}

export interface RelationListProps {
  readonly relations: readonly MapRelation[];
  readonly openId?: string;
  readonly onOpen: (relation: MapRelation) => void;
  readonly actions: RelationActions;
  readonly label: string;
}

export function RelationList({ relations, openId, onOpen, actions, label }: RelationListProps) {
  const { text } = useStrings().relations;
  const styles = useStyles();
  const openButton = useRef<HTMLButtonElement>(null);
  // Opened from the map, the item may be far down the list.
  useEffect(() => {
    openButton.current?.scrollIntoView({ block: 'nearest' });
  }, [openId]);
  return (
    <ul className={styles.list} aria-label={label}>
      {relations.map((relation) => {
        const isOpen = relation.id === openId;
        return (
          <li
            key={relation.id}
            className={styles.item}
            style={{ borderLeftColor: statusColour(relation.state?.status, relation.severity).text }}
            data-rule={relation.id}
            data-tables={relation.tables.join(' ')}
          >
            <button
              type="button"
              ref={isOpen ? openButton : undefined}
              className={mergeClasses(styles.button, isOpen && styles.open)}
              aria-expanded={isOpen}
              onClick={() => onOpen(relation)}
            >
              <span className={styles.title}>
                {relation.state && (
                  <StatusBadge status={relation.state.status} severity={relation.severity} />
                )}
                <SeverityBadge severity={relation.severity} />
                <span className={styles.name}>{text(relation, 'name')}</span>
              </span>
              <Caption1 className={styles.assertion}>{text(relation, 'assertion')}</Caption1>
            </button>
            {isOpen && (
              <div className={styles.detail}>
                <RelationDetail relation={relation} actions={actions} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

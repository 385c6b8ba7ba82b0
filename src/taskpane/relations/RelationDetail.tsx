/**
 * A relationship opened in a list: what it says, how it stands in the workbook (a tally), one instance with
 * its two sides and figures, and the other instances to step to. Opening it marks all its cells; choosing an
 * instance marks that instance's.
 */
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { cellsToMark, type InstanceView, type MapRelation } from '../../engine/explain';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { StatusBadge } from './Badges';
import { InstanceSides } from './InstanceSides';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  instances: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    maxHeight: '14em',
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: '2px',
  },
  instance: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'baseline',
    width: '100%',
    textAlign: 'start',
    font: 'inherit',
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
    background: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusSmall,
    padding: `2px ${tokens.spacingHorizontalXS}`,
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  current: { background: tokens.colorNeutralBackground1Selected },
  markAll: { alignSelf: 'flex-start' },
  figures: { overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' },
});

export interface RelationDetailProps {
  readonly relation: MapRelation;
  readonly actions: RelationActions;
}

export function RelationDetail({ relation, actions }: RelationDetailProps) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const state = relation.state;
  const description = strings.description(relation);
  const condition = strings.text(relation, 'condition');
  return (
    <div className={styles.root} data-relation-detail={relation.id}>
      {description && <Body1>{description}</Body1>}
      {condition && <Caption1 className={styles.muted}>{strings.condition(condition)}</Caption1>}
      {!state ? (
        <Caption1 className={styles.muted}>{strings.needCheck}</Caption1>
      ) : state.instances.length === 0 ? (
        <Caption1 className={styles.muted}>{strings.noInstances}</Caption1>
      ) : (
        <Instances
          relation={relation}
          instances={state.instances}
          example={state.example}
          actions={actions}
        />
      )}
    </div>
  );
}

function Instances({
  relation,
  instances,
  example,
  actions,
}: {
  readonly relation: MapRelation;
  readonly instances: readonly InstanceView[];
  readonly example?: InstanceView;
  readonly actions: RelationActions;
}) {
  const strings = useStrings().relations;
  const styles = useStyles();
  // An index, not the instance: checking again gives new instances of the same relationship.
  const [currentIndex, setCurrentIndex] = useState(() => (example ? instances.indexOf(example) : 0));
  const current = instances[currentIndex] ?? instances[0];
  // Blank instances (a class with no spending) are checked like the others but teach nothing.
  const shown = instances.map((instance, index) => ({ instance, index })).filter((i) => !i.instance.zero);
  const blank = instances.length - shown.length;
  const tally = relation.state!.tally;
  const where = (instance: InstanceView) => {
    const first = instance.left.cells[0];
    return instance.context ?? (first ? strings.text(first, 'label') : '');
  };
  return (
    <>
      <Body1>{strings.tally(instances.length, tally)}</Body1>
      <InstanceSides instance={current} severity={relation.severity} actions={actions} />
      {instances.length > 1 && (
        <>
          <Button
            size="small"
            className={styles.markAll}
            onClick={() => actions.show(cellsToMark(instances))}
          >
            {strings.markAll(instances.length)}
          </Button>
          <ul className={styles.instances} aria-label={strings.instances}>
            {shown.map(({ instance, index }) => (
              <li key={index}>
                <button
                  type="button"
                  className={mergeClasses(styles.instance, instance === current && styles.current)}
                  aria-pressed={instance === current}
                  onClick={() => {
                    setCurrentIndex(index);
                    actions.show(cellsToMark([instance]));
                  }}
                >
                  <StatusBadge status={instance.status} severity={relation.severity} />
                  <span className={styles.figures}>
                    {strings.labelled(where(instance), strings.text(instance, 'figures'))}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          {blank > 0 && <Caption1 className={styles.muted}>{strings.blankInstances(blank)}</Caption1>}
        </>
      )}
    </>
  );
}

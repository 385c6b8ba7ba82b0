/**
 * One instance of a relationship: its two sides in their marking colours, each cell a link to it, then the
 * relation in figures and whether it holds now.
 */
import { Body1, Caption1, Link, makeStyles, tokens } from '@fluentui/react-components';
import type { CellView, InstanceView, SideView } from '../../engine/explain';
import { RELATION_COLOURS, RELATION_SIDES, type RelationSide } from '../../ui-shared/relation-colours';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { statusColour } from './status-colours';
import type { Relation } from '../../engine';

/** A side of a 30-class rollup would fill the pane; the rest are marked all the same. */
const MAX_CELLS_SHOWN = 6;

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  side: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'baseline' },
  swatch: {
    flexShrink: 0,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'nowrap',
  },
  cells: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, minWidth: 0 },
  cell: { overflowWrap: 'anywhere', textAlign: 'start' },
  figures: { fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' },
  verdict: { fontWeight: tokens.fontWeightSemibold },
});

export interface InstanceSidesProps {
  readonly instance: InstanceView;
  readonly severity: Relation['severity'];
  readonly actions: RelationActions;
}

export function InstanceSides({ instance, severity, actions }: InstanceSidesProps) {
  const { text, labelled } = useStrings().relations;
  const styles = useStyles();
  const figures = text(instance, 'figures');
  return (
    <div className={styles.root} data-instance={instance.relationId}>
      {RELATION_SIDES.map((side) => (
        <Side key={side} side={side} view={instance[side]} actions={actions} />
      ))}
      <Body1 className={styles.figures}>
        {instance.context ? labelled(instance.context, figures) : figures}{' '}
        <span className={styles.verdict} style={{ color: statusColour(instance.status, severity).text }}>
          {text(instance, 'verdict')}
        </span>
      </Body1>
    </div>
  );
}

function Side({
  side,
  view,
  actions,
}: {
  readonly side: RelationSide;
  readonly view: SideView;
  readonly actions: RelationActions;
}) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const colour = RELATION_COLOURS[side];
  const hidden = view.cells.length - MAX_CELLS_SHOWN;
  return (
    <div className={styles.side} data-side={side}>
      <span className={styles.swatch} style={{ background: colour.fill, color: colour.text }}>
        {strings.text(view, 'caption')}
      </span>
      <Caption1 className={styles.cells}>
        {view.cells.slice(0, MAX_CELLS_SHOWN).map((cell, i) => (
          <CellLink key={i} cell={cell} actions={actions} />
        ))}
        {hidden > 0 && <span>{strings.moreCells(hidden)}</span>}
      </Caption1>
    </div>
  );
}

/** A cell by its label and figure; a link to it when it is in the workbook. */
export function CellLink({ cell, actions }: { readonly cell: CellView; readonly actions: RelationActions }) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const text = `${strings.text(cell, 'label')} ${cell.shown || strings.blank}`;
  if (!cell.cell) return <span className={styles.cell}>{text}</span>;
  const place = cell.cell;
  return (
    <Link
      as="button"
      className={styles.cell}
      title={strings.goToCell(`${place.sheet}!${place.address}`)}
      data-cell={`${place.sheet}!${place.address}`}
      data-table={cell.table}
      onClick={() => actions.goTo(place)}
    >
      {text}
    </Link>
  );
}

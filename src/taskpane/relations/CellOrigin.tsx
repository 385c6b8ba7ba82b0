/**
 * "这个单元格从哪里来？": for the selected cell, every relationship it takes part in — what it is computed
 * from, what it feeds, what it must equal or stay under — with links to those cells, the figures, and a
 * button to mark the instance's two sides.
 */
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CheckResult } from '../../engine';
import { cellsToMark, explainCell, type Involvement } from '../../engine/explain';
import { address, type CellRef } from '../../engine/snapshot';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { SeverityBadge, StatusBadge } from './Badges';
import { CellLink } from './InstanceSides';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground3 },
  cell: { fontVariantNumeric: 'tabular-nums', overflowWrap: 'anywhere' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  title: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  name: { fontWeight: tokens.fontWeightSemibold },
  others: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start' },
  figures: { overflowWrap: 'anywhere', fontVariantNumeric: 'tabular-nums' },
  cross: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    background: tokens.colorBrandBackground2,
    color: tokens.colorBrandForeground2,
  },
});

export interface CellOriginProps {
  readonly result?: CheckResult;
  /** The selected cell: Excel's selection, or the cell clicked in the browser grid. */
  readonly cell?: CellRef;
  readonly actions: RelationActions;
}

export function CellOrigin({ result, cell, actions }: CellOriginProps) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const explanation = useMemo(
    () => (result && cell ? explainCell(result, cell.sheet, cell.row, cell.col) : undefined),
    [result, cell],
  );
  const where = cell && `${cell.sheet}!${address(cell.row, cell.col)}`;
  return (
    <section className={styles.root} aria-label={strings.originTitle}>
      <Subtitle2 as="h2">{strings.originTitle}</Subtitle2>
      {!result ? (
        <Body1 className={styles.muted}>{strings.needCheck}</Body1>
      ) : !cell || !explanation ? (
        <Body1 className={styles.muted}>{strings.originHint}</Body1>
      ) : !explanation.cell ? (
        <Body1 className={styles.muted}>{strings.notAnAmount(where!)}</Body1>
      ) : (
        <>
          <Body1 className={styles.cell} data-origin-cell={where}>
            {strings.aside(
              `${strings.text(explanation.cell, 'label')} ${explanation.cell.shown || strings.blank}`,
              where!,
            )}
          </Body1>
          {explanation.involvements.length === 0 ? (
            <Body1 className={styles.muted}>{strings.noInvolvements}</Body1>
          ) : (
            <>
              <Caption1 className={styles.muted}>
                {strings.involvementCount(
                  explanation.involvements.length,
                  explanation.involvements.filter((i) => i.crossTable).length,
                )}
              </Caption1>
              <ul className={styles.list} aria-label={strings.originTitle}>
                {explanation.involvements.map((involvement, i) => (
                  <InvolvementItem key={i} involvement={involvement} actions={actions} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}

function InvolvementItem({
  involvement,
  actions,
}: {
  readonly involvement: Involvement;
  readonly actions: RelationActions;
}) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const { relation, instance } = involvement;
  return (
    <li
      className={styles.item}
      data-involvement={relation.id}
      data-role={involvement.role}
      data-cross-table={involvement.crossTable || undefined}
    >
      <span className={styles.title}>
        <StatusBadge status={instance.status} severity={relation.severity} />
        <SeverityBadge severity={relation.severity} />
        {involvement.crossTable && <span className={styles.cross}>{strings.crossTable}</span>}
        <span className={styles.name}>{strings.text(relation, 'name')}</span>
      </span>
      <Caption1>{strings.role[involvement.role]}</Caption1>
      <span className={styles.others}>
        {involvement.others.map((other, i) => (
          <CellLink key={i} cell={other} actions={actions} />
        ))}
      </span>
      <Caption1 className={styles.figures}>
        {strings.judged(strings.text(instance, 'figures'), strings.text(instance, 'verdict'))}
      </Caption1>
      <span>
        {/* Marks without selecting: selecting would move the explained cell away. */}
        <Button size="small" onClick={() => actions.mark(cellsToMark([instance]))}>
          {strings.markInstance}
        </Button>
      </span>
    </li>
  );
}

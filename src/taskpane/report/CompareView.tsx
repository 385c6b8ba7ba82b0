/**
 * The comparison with the previous version: the figures that changed (each a button to its cell now), the
 * problems fixed (under the correction that fixed them), new and still open. Matched by table, line and
 * column, and by rule and subject, so rows inserted above are no change.
 */
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { ComparedFinding, Comparison, FigureChange } from '../../engine/compare';
import type { FindingCell } from '../../engine/report';
import { cellReference, comparisonSummary } from '../../ui-shared/report-model';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    border: `1px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorBrandBackground2,
  },
  top: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
  },
  close: { flexShrink: 0, whiteSpace: 'nowrap' },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  link: {
    font: 'inherit',
    textAlign: 'start',
    background: 'transparent',
    border: 'none',
    padding: 0,
    color: tokens.colorBrandForeground1,
    cursor: 'pointer',
    textDecoration: 'underline',
  },
  sub: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  nested: { listStyle: 'disc', margin: '2px 0 0', paddingInlineStart: '1.2em' },
});

export interface CompareViewProps {
  readonly comparison: Comparison;
  readonly onSelect: (cells: readonly FindingCell[]) => void;
  readonly onClose: () => void;
}

export function CompareView({ comparison: c, onSelect, onClose }: CompareViewProps) {
  const strings = useStrings();
  const s = strings.review;
  const styles = useStyles();
  const cellButton = (cell: FindingCell | undefined) =>
    cell && (
      <button type="button" className={styles.link} onClick={() => onSelect([cell])}>
        {cellReference(cell)}
      </button>
    );
  const findings = (list: readonly ComparedFinding[], title: string, kind: string) =>
    list.length > 0 && (
      <section aria-label={title} data-compare-section={kind}>
        <Subtitle2 as="h4">{title}</Subtitle2>
        <ul className={styles.list}>
          {list.map((f) => (
            <li key={f.key}>
              {cellButton(f.finding.cells[0])}{' '}
              <Caption1 className={styles.sub}>{strings.message(f.finding)}</Caption1>
            </li>
          ))}
        </ul>
      </section>
    );
  const changed = (f: FigureChange) =>
    s.changedTo(f.before?.shown ?? strings.fill.blank, f.after?.shown ?? strings.fill.blank);
  const fixedBy = (change: FigureChange) => c.fixed.filter((f) => f.changed?.includes(change));
  return (
    <section className={styles.root} aria-label={s.compareTitle(c.previous ?? '')} data-comparison>
      <div className={styles.top}>
        <Subtitle2 as="h3">{s.compareTitle(c.previous ?? '')}</Subtitle2>
        <Button size="small" appearance="subtle" className={styles.close} onClick={onClose}>
          {s.closeCompare}
        </Button>
      </div>
      <Body1 data-compare-summary>{comparisonSummary(c)}</Body1>
      <section aria-label={s.figuresChanged(c.figures.length)} data-compare-section="figures">
        <Subtitle2 as="h4">{s.figuresChanged(c.figures.length)}</Subtitle2>
        {c.figures.length === 0 ? (
          <Caption1>{s.nothingChanged}</Caption1>
        ) : (
          <ul className={styles.list}>
            {c.figures.map((f, i) => {
              const mended = fixedBy(f);
              return (
                <li key={i} data-figure-change={f.after ? cellReference(f.after) : ''}>
                  {cellButton(f.after ?? f.before)} <Caption1>{f.label}</Caption1>{' '}
                  <Body1>
                    {mended.length > 0
                      ? strings.relations.aside(changed(f), s.mended(mended.length))
                      : changed(f)}
                  </Body1>
                </li>
              );
            })}
          </ul>
        )}
      </section>
      {findings(c.fixed, s.fixed(c.fixed.length), 'fixed')}
      {findings(c.added, s.added(c.added.length), 'added')}
      {findings(c.open, s.open(c.open.length), 'open')}
    </section>
  );
}

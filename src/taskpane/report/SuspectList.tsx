/**
 * The cells the engine points at as most likely wrong (the same ones the marks show), each a button that
 * jumps to the cell.
 */
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { FindingCell, Suspect } from '../../engine/report';
import { SUSPECT_MARK_THRESHOLD } from '../../ui-shared/cell-marks';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: '6px' },
  item: {
    font: 'inherit',
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
});

export interface SuspectListProps {
  readonly suspects: readonly Suspect[];
  readonly onSelect: (cells: readonly FindingCell[]) => void;
}

export function SuspectList({ suspects, onSelect }: SuspectListProps) {
  const strings = useStrings();
  const styles = useStyles();
  const likely = suspects.filter((suspect) => suspect.score >= SUSPECT_MARK_THRESHOLD);
  if (likely.length === 0) return null;
  return (
    <section aria-label={strings.suspects}>
      <Subtitle2 as="h3">{strings.suspects}</Subtitle2>
      <ul className={styles.list}>
        {likely.map((suspect) => (
          <li key={`${suspect.sheet}!${suspect.address}`}>
            <button
              type="button"
              className={styles.item}
              data-suspect={`${suspect.sheet}!${suspect.address}`}
              onClick={() => onSelect([suspect])}
            >
              {`${suspect.sheet} ${suspect.address} `}
              <Caption1>{strings.suspectScore(Math.round(suspect.score * 100))}</Caption1>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

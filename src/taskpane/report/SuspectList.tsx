/**
 * The cells the engine points at as most likely wrong (the same ones the marks show), by rank in words
 * (最可能, 其次…), each a button that jumps to the cell.
 */
import { Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { FindingCell, Suspect } from '../../engine/report';
import { rankSuspects } from '../../ui-shared/suspects';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  tier: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '6px', marginTop: '4px' },
  rank: { minWidth: '3.5em', color: tokens.colorNeutralForeground2 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'contents' },
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
  const tiers = rankSuspects(suspects);
  if (tiers.length === 0) return null;
  return (
    <section aria-label={strings.suspects}>
      <Subtitle2 as="h3">{strings.suspects}</Subtitle2>
      {tiers.map((tier) => (
        <div key={tier.rank} className={styles.tier} data-suspect-rank={tier.rank}>
          <Caption1 className={styles.rank}>{strings.suspectRank(tier.rank)}</Caption1>
          <ul className={styles.list}>
            {tier.suspects.map((suspect) => (
              <li key={`${suspect.sheet}!${suspect.address}`}>
                <button
                  type="button"
                  className={styles.item}
                  data-suspect={`${suspect.sheet}!${suspect.address}`}
                  onClick={() => onSelect([suspect])}
                >
                  {`${suspect.sheet} ${suspect.address}`}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

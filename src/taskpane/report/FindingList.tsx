/**
 * The findings by table, each a button: activating it (click, Enter or Space) jumps to its cells. Expected,
 * actual and difference show when the engine gives them; errors and warnings carry their review mark and a
 * menu to change it. A cell off by rounding in several relations is one entry naming each.
 */
import { Body1, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { Finding, FindingCell } from '../../engine/report';
import { isCounted, type ReviewMark } from '../../engine/review';
import { SEVERITY_COLOURS } from '../../ui-shared/severity-colours';
import { describeCells, type FindingGroup, type FindingItem } from '../finding-groups';
import { useStrings } from '../strings-context';
import { ReviewControl } from './ReviewControl';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  entry: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground1,
  },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    background: 'transparent',
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { background: tokens.colorNeutralBackground1Selected },
  explained: { opacity: 0.75 },
  review: { padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}` },
  badge: {
    display: 'inline-block',
    marginInlineEnd: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
  },
  message: { display: 'block' },
  figures: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, marginTop: '2px' },
  cells: {
    display: 'block',
    marginTop: '2px',
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
});

export interface FindingListProps {
  readonly groups: readonly FindingGroup[];
  readonly selected?: string;
  readonly onSelect: (key: string, cells: readonly FindingCell[]) => void;
  readonly onMark: (key: string, mark: ReviewMark | undefined) => void;
}

export function FindingList({ groups, selected, onSelect, onMark }: FindingListProps) {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <>
      {groups.map((group) => (
        <section
          key={group.table}
          className={styles.group}
          aria-label={group.heading ?? strings.otherFindings}
        >
          <Subtitle2 as="h3" className={styles.heading}>
            {group.heading ?? strings.otherFindings} · {strings.findingCount(group.items.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <Entry
                key={item.key}
                item={item}
                selected={item.key === selected}
                onSelect={onSelect}
                onMark={onMark}
              />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

interface EntryProps {
  readonly item: FindingItem;
  readonly selected: boolean;
  readonly onSelect: FindingListProps['onSelect'];
  readonly onMark: FindingListProps['onMark'];
}

function Entry({ item, selected, onSelect, onMark }: EntryProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [first] = item.findings;
  const colours = SEVERITY_COLOURS[item.severity];
  const reviewable = item.severity !== 'info';
  return (
    <li
      className={mergeClasses(styles.entry, !isCounted(first) && styles.explained)}
      style={{ borderLeftColor: colours.text }}
    >
      <button
        type="button"
        className={mergeClasses(styles.item, selected && styles.selected)}
        aria-pressed={selected}
        data-finding={first.rule}
        data-severity={item.severity}
        data-key={item.key}
        title={strings.goToCells(describeCells(first.cells))}
        onClick={() => onSelect(item.key, first.cells)}
      >
        <span className={styles.badge} style={{ background: colours.fill, color: colours.text }}>
          {strings.severity[item.severity]}
        </span>
        {item.findings.map((f, i) => (
          <Body1 key={i} className={i > 0 ? styles.message : undefined}>
            {strings.message(f)}
          </Body1>
        ))}
        {item.findings.length > 1 && (
          <Caption1 className={styles.cells}>{strings.review.residualCell(item.findings.length)}</Caption1>
        )}
        <Figures finding={first} />
        <Caption1 className={styles.cells}>{describeCells(first.cells)}</Caption1>
      </button>
      {reviewable && (
        <div className={styles.review}>
          <ReviewControl finding={first} onMark={onMark} />
        </div>
      )}
    </li>
  );
}

function Figures({ finding }: { readonly finding: Finding }) {
  const strings = useStrings();
  const styles = useStyles();
  const figures: [string, string | undefined][] = [
    [strings.expected, finding.expected],
    [strings.actual, finding.actual],
    [strings.difference, finding.difference],
  ];
  if (figures.every(([, value]) => value === undefined)) return null;
  return (
    <Caption1 className={styles.figures}>
      {figures.map(([label, value]) => value !== undefined && <span key={label}>{`${label} ${value}`}</span>)}
    </Caption1>
  );
}

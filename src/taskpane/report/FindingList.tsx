/**
 * The findings by table, each a button: activating it (click, Enter or Space) jumps to its cells. Expected,
 * actual and difference show when the engine gives them.
 */
import { Body1, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import type { Finding } from '../../engine/report';
import { SEVERITY_COLOURS } from '../../ui-shared/severity-colours';
import { describeCells, type FindingGroup } from '../finding-groups';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'start',
    font: 'inherit',
    color: tokens.colorNeutralForeground1,
    background: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    cursor: 'pointer',
    ':hover': { background: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  selected: { background: tokens.colorNeutralBackground1Selected },
  badge: {
    display: 'inline-block',
    marginInlineEnd: tokens.spacingHorizontalS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
  },
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
  readonly selected?: Finding;
  readonly onSelect: (finding: Finding) => void;
}

export function FindingList({ groups, selected, onSelect }: FindingListProps) {
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
            {group.heading ?? strings.otherFindings} · {strings.findingCount(group.findings.length)}
          </Subtitle2>
          <ul className={styles.list}>
            {group.findings.map((finding, i) => (
              <li key={`${finding.rule}-${i}`}>
                <button
                  type="button"
                  className={mergeClasses(styles.item, finding === selected && styles.selected)}
                  style={{ borderLeftColor: SEVERITY_COLOURS[finding.severity].text }}
                  aria-pressed={finding === selected}
                  data-finding={finding.rule}
                  data-severity={finding.severity}
                  title={strings.goToCells(describeCells(finding.cells))}
                  onClick={() => onSelect(finding)}
                >
                  <span
                    className={styles.badge}
                    style={{
                      background: SEVERITY_COLOURS[finding.severity].fill,
                      color: SEVERITY_COLOURS[finding.severity].text,
                    }}
                  >
                    {strings.severity[finding.severity]}
                  </span>
                  <Body1>{strings.message(finding)}</Body1>
                  <Figures finding={finding} />
                  <Caption1 className={styles.cells}>{describeCells(finding.cells)}</Caption1>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
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

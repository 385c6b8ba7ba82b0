/**
 * 不一致: the cells whose figure their parts contradict beyond rounding, apart from the fill. Each shows both
 * figures, the relationship and the likeliest wrong cells, and a choice — keep the figure (the default) or
 * take the sum of the parts — made cell by cell; nothing is taken unless chosen.
 */
import { Caption1, makeStyles, Radio, RadioGroup, Subtitle2, tokens } from '@fluentui/react-components';
import { changeKey, shownValue, type FillConflict } from '../../engine/derive';
import { useStrings } from '../strings-context';
import { fillMoreStrings, inEnglish, suspectName } from './fill-strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  item: {
    borderLeft: `3px solid ${tokens.colorPaletteDarkOrangeBorder2}`,
    paddingInlineStart: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
  address: { fontWeight: tokens.fontWeightSemibold },
  detail: { color: tokens.colorNeutralForeground3 },
});

export interface ConflictListProps {
  readonly conflicts: readonly FillConflict[];
  readonly disabled: boolean;
  readonly onChoose: (key: string, take: boolean) => void;
}

export function ConflictList({ conflicts, disabled, onChoose }: ConflictListProps) {
  const strings = useStrings();
  const more = fillMoreStrings(strings);
  const english = inEnglish(strings);
  const styles = useStyles();
  const blank = strings.fill.blank;
  return (
    <section className={styles.root} aria-label={more.conflictsHeading(conflicts.length)} data-conflicts>
      <Subtitle2 as="h2">{more.conflictsHeading(conflicts.length)}</Subtitle2>
      <Caption1>{more.conflictsHint}</Caption1>
      <ul className={styles.list}>
        {conflicts.map((c) => {
          const key = changeKey(c);
          const current = c.current || blank;
          const sum = shownValue(c);
          return (
            <li key={key} className={styles.item} data-conflict={key}>
              <span>
                <span className={styles.address}>{key}</span> {strings.relations.text(c, 'label')}
              </span>
              <span data-conflict-figures>{more.figures(current, sum, c.difference, c.copy)}</span>
              <Caption1 className={styles.detail} title={c.relation} data-rule={c.relation}>
                {strings.relations.text(c, 'reason')}
              </Caption1>
              {c.suspects.length > 0 && (
                <Caption1 data-suspects>
                  {more.suspects(c.suspects.slice(0, 3).map((s) => suspectName(s, english)))}
                </Caption1>
              )}
              <RadioGroup
                aria-label={more.choice(key)}
                value={c.taken ? 'take' : 'keep'}
                disabled={disabled}
                onChange={(_, data) => onChoose(key, data.value === 'take')}
              >
                <Radio value="keep" label={more.keep(current)} data-choice="keep" />
                <Radio value="take" label={more.take(sum, c.copy)} data-choice="take" />
              </RadioGroup>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

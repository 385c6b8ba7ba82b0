/**
 * The preview: every cell the fill would change, by table, each with a checkbox (a table's own checkbox
 * takes or leaves all its cells), its current and new content, and why — the relationship and its words.
 */
import { Caption1, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { cellWrite, changeKey, shownValue, type FillChange } from '../../engine/derive';
import { useStrings } from '../strings-context';
import type { ChangeGroup } from './change-groups';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  groupBox: { fontWeight: tokens.fontWeightSemibold },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
    paddingInlineStart: tokens.spacingHorizontalXS,
    minWidth: 0,
  },
  details: {
    display: 'flex',
    flexDirection: 'column',
    paddingInlineStart: '32px',
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
  formula: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  address: { fontWeight: tokens.fontWeightSemibold },
});

export interface ChangeListProps {
  readonly groups: readonly ChangeGroup[];
  /** Keys (`sheet!A1`) of the changes not to apply; every other change is selected. */
  readonly excluded: ReadonlySet<string>;
  readonly onToggle: (keys: readonly string[], selected: boolean) => void;
}

export function ChangeList({ groups, excluded, onToggle }: ChangeListProps) {
  const strings = useStrings().fill;
  const styles = useStyles();
  return (
    <>
      {groups.map((group) => {
        const keys = group.changes.map(changeKey);
        const chosen = keys.filter((k) => !excluded.has(k)).length;
        const label = strings.group(group.sheet, group.table, chosen, keys.length);
        return (
          <section key={keys[0]} className={styles.group} aria-label={label} data-change-group={group.table}>
            <Checkbox
              className={styles.groupBox}
              checked={chosen === keys.length ? true : chosen === 0 ? false : 'mixed'}
              onChange={() => onToggle(keys, chosen < keys.length)}
              label={label}
            />
            <ul className={styles.list}>
              {group.changes.map((change) => (
                <ChangeItem
                  key={changeKey(change)}
                  change={change}
                  selected={!excluded.has(changeKey(change))}
                  onToggle={(selected) => onToggle([changeKey(change)], selected)}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

interface ChangeItemProps {
  readonly change: FillChange;
  readonly selected: boolean;
  readonly onToggle: (selected: boolean) => void;
}

function ChangeItem({ change, selected, onToggle }: ChangeItemProps) {
  const { fill: strings, relations } = useStrings();
  const styles = useStyles();
  const details = useId();
  const write = cellWrite(change);
  // A zero figure is written as a blank cell, as the tables show no money.
  const next = write.kind === 'value' && write.value === null ? strings.blank : shownValue(change);
  return (
    <li className={styles.item} data-change={changeKey(change)}>
      <Checkbox
        checked={selected}
        onChange={(_, data) => onToggle(data.checked === true)}
        aria-describedby={details}
        label={
          <>
            <span className={styles.address}>{change.address}</span> {change.current || strings.blank} →{' '}
            {next}
          </>
        }
      />
      <div id={details} className={styles.details}>
        {change.formula && <code className={styles.formula}>{change.formula}</code>}
        <Caption1>{relations.text(change, 'label')}</Caption1>
        {/* The rule id is for those who look it up in the rule list; it is not words to read. */}
        <Caption1 title={change.relation} data-rule={change.relation}>
          {relations.text(change, 'reason')}
        </Caption1>
      </div>
    </li>
  );
}

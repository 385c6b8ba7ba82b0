/**
 * 规则: the whole catalog as a searchable list, grouped as docs/rules.md groups it. Every word of the query
 * must match (`表5 强制` finds the hard rules that tie 表5); opening a rule marks its cells like the map does.
 */
import { Body1, Caption1, makeStyles, SearchBox, Subtitle2, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { searchRules, type RuleGroupList } from '../../engine/explain';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { RelationList, useOpenRelation } from './RelationList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  search: { maxWidth: '100%' },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface RuleCatalogProps {
  readonly groups: readonly RuleGroupList[];
  readonly actions: RelationActions;
}

export function RuleCatalog({ groups, actions }: RuleCatalogProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const found = useMemo(() => searchRules(groups, query), [groups, query]);
  const count = found.reduce((n, g) => n + g.rules.length, 0);
  const { openId, open } = useOpenRelation(actions);
  return (
    <section className={styles.root} aria-label={strings.relations.rulesTab}>
      <SearchBox
        className={styles.search}
        value={query}
        onChange={(_, data) => setQuery(data.value)}
        placeholder={strings.relations.searchPlaceholder}
        aria-label={strings.relations.search}
      />
      <Caption1 className={styles.muted} aria-live="polite" data-rule-count={count}>
        {strings.relations.ruleCount(count)}
      </Caption1>
      {found.length === 0 && <Body1>{strings.relations.noRules}</Body1>}
      {found.map(({ group, rules }) => {
        const name = strings.relations.groupName(group);
        return (
          <section key={group.id} className={styles.group} aria-label={name} data-group={group.id}>
            <Subtitle2 as="h3">{`${name} · ${rules.length}`}</Subtitle2>
            <RelationList relations={rules} openId={openId} onOpen={open} actions={actions} label={name} />
          </section>
        );
      })}
    </section>
  );
}

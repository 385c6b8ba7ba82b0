/** Filter the list by severity; arrow keys move between the tabs. */
import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import type { CheckReport } from '../../engine/report';
import type { SeverityFilter } from '../finding-groups';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({ root: { flexWrap: 'wrap' } });

export interface SeverityTabsProps {
  readonly summary: CheckReport['summary'];
  readonly value: SeverityFilter;
  readonly onChange: (value: SeverityFilter) => void;
}

export function SeverityTabs({ summary, value, onChange }: SeverityTabsProps) {
  const strings = useStrings();
  const styles = useStyles();
  const total = summary.errors + summary.warnings + summary.infos;
  return (
    <TabList
      className={styles.root}
      size="small"
      aria-label={strings.filterLabel}
      selectedValue={value}
      onTabSelect={(_, data) => onChange(data.value as SeverityFilter)}
    >
      <Tab value="all">{`${strings.allSeverities} ${total}`}</Tab>
      <Tab value="error">{`${strings.severity.error} ${summary.errors}`}</Tab>
      <Tab value="warning">{`${strings.severity.warning} ${summary.warnings}`}</Tab>
      <Tab value="info">{`${strings.severity.info} ${summary.infos}`}</Tab>
    </TabList>
  );
}

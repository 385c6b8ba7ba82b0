/** Filter the list by severity; arrow keys move between the tabs. The counts are the summary's. */
import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import type { Counts } from '../../engine/review';
import type { SeverityFilter } from '../finding-groups';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({ root: { flexWrap: 'wrap' } });

export interface SeverityTabsProps {
  readonly counts: Counts;
  readonly value: SeverityFilter;
  readonly onChange: (value: SeverityFilter) => void;
}

export function SeverityTabs({ counts, value, onChange }: SeverityTabsProps) {
  const strings = useStrings();
  const styles = useStyles();
  const total = counts.errors + counts.warnings + counts.explained + counts.residuals + counts.notes;
  return (
    <TabList
      className={styles.root}
      size="small"
      aria-label={strings.filterLabel}
      selectedValue={value}
      onTabSelect={(_, data) => onChange(data.value as SeverityFilter)}
    >
      <Tab value="all">{`${strings.allSeverities} ${total}`}</Tab>
      <Tab value="error">{`${strings.severity.error} ${counts.errors}`}</Tab>
      <Tab value="warning">{`${strings.severity.warning} ${counts.warnings + counts.explained}`}</Tab>
      <Tab value="info">{`${strings.severity.info} ${counts.residuals + counts.notes}`}</Tab>
    </TabList>
  );
}

/** A check's result as both panes show it: verdict and counts, the suspects, the findings by table. */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { CheckReport, Finding, FindingCell } from '../../engine/report';
import { groupFindings, type SeverityFilter } from '../finding-groups';
import { useStrings } from '../strings-context';
import { FindingList } from './FindingList';
import { SeverityTabs } from './SeverityTabs';
import { Summary } from './Summary';
import { SuspectList } from './SuspectList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ReportViewProps {
  readonly report: CheckReport;
  readonly onSelect: (cells: readonly FindingCell[]) => void;
}

export function ReportView({ report, onSelect }: ReportViewProps) {
  const strings = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [selected, setSelected] = useState<Finding>();
  const groups = useMemo(() => groupFindings(report, filter), [report, filter]);
  const select = (finding: Finding) => {
    setSelected(finding);
    onSelect(finding.cells);
  };
  return (
    <div className={styles.root}>
      <Summary report={report} />
      <SuspectList suspects={report.suspects} onSelect={onSelect} />
      {report.findings.length === 0 ? (
        <Body1>{strings.noFindings}</Body1>
      ) : (
        <section aria-label={strings.filterLabel}>
          <SeverityTabs summary={report.summary} value={filter} onChange={setFilter} />
          {groups.length === 0 ? (
            <Body1>{strings.noFindingsForFilter}</Body1>
          ) : (
            <FindingList groups={groups} selected={selected} onSelect={select} />
          )}
        </section>
      )}
    </div>
  );
}

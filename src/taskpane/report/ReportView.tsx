/**
 * A check's result as both panes show it: verdict and counts, what to do with the report (keep, print,
 * compare), the comparison when there is one, the suspects, and the findings by table with their review
 * marks. The printable page takes the view's place while it is open.
 */
import { Body1, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Comparison } from '../../engine/compare';
import type { FindingCell } from '../../engine/report';
import { countFindings, type ReviewedReport, type ReviewMark } from '../../engine/review';
import { groupFindings, type SeverityFilter } from '../finding-groups';
import { useStrings } from '../strings-context';
import { CompareView } from './CompareView';
import { FindingList } from './FindingList';
import { PrintView } from './PrintView';
import { ReportTools, type ReportActions } from './ReportTools';
import { SeverityTabs } from './SeverityTabs';
import { Summary } from './Summary';
import { SuspectList } from './SuspectList';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface ReportViewProps {
  readonly report: ReviewedReport;
  readonly onSelect: (cells: readonly FindingCell[]) => void;
  readonly onMark: (key: string, mark: ReviewMark | undefined) => void;
  readonly actions: ReportActions;
  readonly busy: boolean;
  readonly comparison?: Comparison;
  readonly onCompare: (file: File) => void;
  readonly onCloseComparison: () => void;
}

export function ReportView(props: ReportViewProps) {
  const { report, onSelect, comparison } = props;
  const strings = useStrings();
  const styles = useStyles();
  const [filter, setFilter] = useState<SeverityFilter>('all');
  const [selected, setSelected] = useState<string>();
  const [printing, setPrinting] = useState(false);
  const groups = useMemo(() => groupFindings(report, filter), [report, filter]);
  const counts = useMemo(() => countFindings(report.findings), [report]);
  if (printing)
    return <PrintView report={report} comparison={comparison} onBack={() => setPrinting(false)} />;
  return (
    <div className={styles.root}>
      <Summary report={report} />
      <ReportTools
        actions={props.actions}
        busy={props.busy}
        onPrint={() => setPrinting(true)}
        onCompare={props.onCompare}
      />
      {comparison && (
        <CompareView comparison={comparison} onSelect={onSelect} onClose={props.onCloseComparison} />
      )}
      <SuspectList suspects={report.suspects} onSelect={onSelect} />
      {report.findings.length === 0 ? (
        <Body1>{strings.noFindings}</Body1>
      ) : (
        <section aria-label={strings.filterLabel}>
          <SeverityTabs counts={counts} value={filter} onChange={setFilter} />
          {groups.length === 0 ? (
            <Body1>{strings.noFindingsForFilter}</Body1>
          ) : (
            <FindingList
              groups={groups}
              selected={selected}
              onSelect={(key, cells) => {
                setSelected(key);
                onSelect(cells);
              }}
              onMark={props.onMark}
            />
          )}
        </section>
      )}
    </div>
  );
}

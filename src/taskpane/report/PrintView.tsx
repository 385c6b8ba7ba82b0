/**
 * The printable 审核报告 inside the pane: the same page the command line writes (report-page.ts), with
 * 打印 (the browser's or Office's print, showing only the report) and 下载网页版 to print it elsewhere.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { Comparison } from '../../engine/compare';
import type { ReviewedReport } from '../../engine/review';
import { baseName } from '../../ui-shared/report-model';
import { REPORT_CSS, reportBody, reportPage } from '../../ui-shared/report-page';
import { useStrings } from '../strings-context';
import { saveFile, siblingName } from './save-file';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  page: { overflowX: 'auto', background: '#fff', padding: tokens.spacingVerticalS },
});

/** On paper only the report shows: the pane around it is hidden. */
const PRINT_ONLY = `@media print {
  body * { visibility: hidden; }
  .budget-report, .budget-report * { visibility: visible; }
  .budget-report { position: absolute; left: 0; top: 0; width: 100%; }
}`;

export interface PrintViewProps {
  readonly report: ReviewedReport;
  readonly comparison?: Comparison;
  readonly onBack: () => void;
}

export function PrintView({ report, comparison, onBack }: PrintViewProps) {
  const strings = useStrings().review;
  const styles = useStyles();
  const options = { date: new Date(), ...(comparison ? { comparison } : {}) };
  const name = baseName(report.file ?? '工作簿.xlsx');
  return (
    <section className={styles.root} data-print>
      <style>{REPORT_CSS + PRINT_ONLY}</style>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={() => window.print()}>
          {strings.print}
        </Button>
        <Button
          onClick={() =>
            saveFile(reportPage(report, options), siblingName(name, '审核报告', '.html'), 'text/html')
          }
        >
          {strings.downloadPage}
        </Button>
        <Button onClick={onBack}>{strings.back}</Button>
      </div>
      {/* Built from escaped text only (report-page.ts), never from markup in the workbook. */}
      <div className={styles.page} dangerouslySetInnerHTML={{ __html: reportBody(report, options) }} />
    </section>
  );
}

/**
 * The verdict first, then the counts and how many tables were recognised. 尾差 are counted once per cell and
 * explained 提示 apart, as in the command line's report and the report workbook.
 */
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { Severity } from '../../engine/report';
import { countFindings, type Counts, type ReviewedReport } from '../../engine/review';
import { SEVERITY_COLOURS, SEVERITY_ORDER } from '../../ui-shared/severity-colours';
import { verdictOf, type Verdict } from '../../ui-shared/verdict';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  counts: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  count: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
});

const INTENT: Readonly<Record<Verdict, 'error' | 'warning' | 'success'>> = {
  fail: 'error',
  passWithWarnings: 'warning',
  pass: 'success',
};

export const COUNT_OF: Readonly<Record<Severity, keyof Counts>> = {
  error: 'errors',
  warning: 'warnings',
  info: 'residuals',
};

export function Summary({ report }: { readonly report: ReviewedReport }) {
  const strings = useStrings();
  const styles = useStyles();
  const verdict = verdictOf(report.summary);
  const counts = countFindings(report.findings);
  return (
    <section className={styles.root} aria-label={strings.verdict[verdict]}>
      <MessageBar intent={INTENT[verdict]} data-verdict={verdict}>
        <MessageBarBody>
          <MessageBarTitle>{strings.verdict[verdict]}</MessageBarTitle>
        </MessageBarBody>
      </MessageBar>
      <div className={styles.counts}>
        {SEVERITY_ORDER.map((severity) => (
          <span
            key={severity}
            className={styles.count}
            data-count={severity}
            style={{ background: SEVERITY_COLOURS[severity].fill, color: SEVERITY_COLOURS[severity].text }}
          >
            {strings.severity[severity]} {counts[COUNT_OF[severity]]}
          </span>
        ))}
        {counts.explained > 0 && (
          <Caption1 data-count="explained">{strings.review.explainedCount(counts.explained)}</Caption1>
        )}
        <Caption1>{strings.tablesFound(report.tables.length)}</Caption1>
      </div>
    </section>
  );
}

/** The verdict first, then the counts by severity and how many tables were recognised. */
import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import type { CheckReport, Severity } from '../../engine/report';
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

const COUNT_OF: Readonly<Record<Severity, keyof CheckReport['summary']>> = {
  error: 'errors',
  warning: 'warnings',
  info: 'infos',
};

export function Summary({ report }: { readonly report: CheckReport }) {
  const strings = useStrings();
  const styles = useStyles();
  const verdict = verdictOf(report.summary);
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
            {strings.severity[severity]} {report.summary[COUNT_OF[severity]]}
          </span>
        ))}
        <Caption1>{strings.tablesFound(report.tables.length)}</Caption1>
      </div>
    </section>
  );
}

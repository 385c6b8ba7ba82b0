/**
 * What the last 应用 or 撤销填充 did: how many cells it wrote or restored, the cells it left alone because
 * someone changed them in between, and the check that ran after it.
 */
import { Caption1, makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../engine/report';
import { useStrings } from '../strings-context';
import type { Skipped } from './fill-host';

export type FillEvent =
  | { readonly kind: 'applied'; readonly written: number; readonly skipped: readonly Skipped[] }
  | { readonly kind: 'reverted'; readonly restored: number; readonly skipped: readonly Skipped[] };

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  skipped: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
});

export interface FillOutcomeProps {
  readonly event: FillEvent;
  /** The pane's report, which the check after the write has just replaced. */
  readonly report?: CheckReport;
}

export function FillOutcome({ event, report }: FillOutcomeProps) {
  const strings = useStrings().fill;
  const styles = useStyles();
  const done = event.kind === 'applied' ? strings.written(event.written) : strings.reverted(event.restored);
  const skippedHeading =
    event.kind === 'applied'
      ? strings.skippedAfterPreview(event.skipped.length)
      : strings.skippedAfterFill(event.skipped.length);
  return (
    <div className={styles.root} data-fill-outcome={event.kind}>
      <MessageBar intent="success">
        <MessageBarBody>{done}</MessageBarBody>
      </MessageBar>
      {event.skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-skipped={event.skipped.length}>
          <MessageBarBody>
            {skippedHeading}
            <ul className={styles.skipped}>
              {event.skipped.map((cell) => (
                <li key={`${cell.sheet}!${cell.address}`} data-skipped-cell={`${cell.sheet}!${cell.address}`}>
                  <Caption1>{strings.shows(`${cell.sheet}!${cell.address}`, cell.now)}</Caption1>
                </li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <MessageBar
          intent={report.summary.errors > 0 ? 'error' : 'success'}
          data-recheck-errors={report.summary.errors}
        >
          <MessageBarBody>{strings.recheck(report.summary)}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

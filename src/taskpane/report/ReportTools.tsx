/**
 * What a reviewer does with a check: keep the 审核报告 (a file in a browser, a sheet of the workbook in
 * Excel), print it, and compare the workbook with its previous version (an .xlsx picked here, read on this
 * machine).
 */
import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useRef } from 'react';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground3 },
  input: { display: 'none' },
});

/** The host's ways of keeping the report; each is offered only where it makes sense. */
export interface ReportActions {
  /** The report workbook as a download (browser). */
  readonly download?: () => void;
  /** The workbook itself with the 审核报告 sheet, as a download (browser). */
  readonly downloadCopy?: () => void;
  /** The 审核报告 sheet added to the open workbook (Excel). */
  readonly addSheet?: () => void;
}

export interface ReportToolsProps {
  readonly actions: ReportActions;
  readonly busy: boolean;
  readonly onPrint: () => void;
  readonly onCompare: (file: File) => void;
}

export function ReportTools({ actions, busy, onPrint, onCompare }: ReportToolsProps) {
  const strings = useStrings().review;
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className={styles.root} aria-label={strings.reportTools} data-report-tools>
      <Subtitle2 as="h3">{strings.reportTools}</Subtitle2>
      <div className={styles.buttons}>
        {actions.addSheet && (
          <Button size="small" disabled={busy} onClick={actions.addSheet}>
            {strings.addReportSheet}
          </Button>
        )}
        {actions.download && (
          <Button size="small" disabled={busy} onClick={actions.download}>
            {strings.downloadReport}
          </Button>
        )}
        {actions.downloadCopy && (
          <Button size="small" disabled={busy} onClick={actions.downloadCopy}>
            {strings.downloadCopy}
          </Button>
        )}
        <Button size="small" disabled={busy} onClick={onPrint} data-print-view>
          {strings.printView}
        </Button>
        <Button size="small" disabled={busy} onClick={() => input.current?.click()} data-compare>
          {strings.compare}
        </Button>
        <input
          ref={input}
          className={styles.input}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-compare-input
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onCompare(file);
          }}
        />
      </div>
      <Caption1 className={styles.hint}>{strings.compareHint}</Caption1>
    </section>
  );
}

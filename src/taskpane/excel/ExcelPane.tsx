/** The pane inside Excel: check the open workbook and mark it, jump to cells, clear the marks. */
import { Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { CheckReport, FindingCell } from '../../engine/report';
import { checkInExcel, clearInExcel, selectInExcel } from '../../hosts/office';
import type { NoticeMessage } from '../report/Notice';
import { ReportView } from '../report/ReportView';
import { Shell } from '../Shell';
import { useStrings } from '../strings-context';
import { clearNotice, errorNotice, markNotice } from './notices';

export function ExcelPane() {
  const strings = useStrings();
  const [report, setReport] = useState<CheckReport>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage>();

  async function run(action: () => Promise<NoticeMessage>) {
    setBusy(true);
    setNotice(undefined);
    try {
      setNotice(await action());
    } catch (error) {
      setNotice(errorNotice(error, strings));
    } finally {
      setBusy(false);
    }
  }

  const check = () =>
    run(async () => {
      const outcome = await checkInExcel();
      setReport(outcome.report);
      return markNotice(outcome.marks, strings);
    });
  const clear = () => run(async () => clearNotice(await clearInExcel(), strings));
  const select = (cells: readonly FindingCell[]) =>
    selectInExcel(cells).catch((error: unknown) => setNotice(errorNotice(error, strings)));

  return (
    <Shell
      busy={busy}
      notice={notice}
      actions={
        <>
          <Button appearance="primary" disabled={busy} onClick={check}>
            {report ? strings.recheck : strings.startCheck}
          </Button>
          <Button disabled={busy} onClick={clear}>
            {strings.clearMarks}
          </Button>
        </>
      }
    >
      {report && <ReportView report={report} onSelect={select} />}
    </Shell>
  );
}

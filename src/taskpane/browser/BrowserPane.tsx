/**
 * The pane outside Office: open an .xlsx (or the bundled sample) through the same file adapter the command
 * line uses, check it with the same engine, and show the findings beside a read-only grid of the sheets.
 */
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { checkWorkbook } from '../../engine';
import type { CheckReport, FindingCell } from '../../engine/report';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import { cellMarks } from '../../ui-shared/cell-marks';
import { errorNotice } from '../excel/notices';
import type { NoticeMessage } from '../report/Notice';
import { ReportView } from '../report/ReportView';
import { Shell } from '../Shell';
import { useStrings } from '../strings-context';
import { SheetGrid } from './SheetGrid';

const SAMPLE = { url: 'samples/seed-2026-planted-errors.xlsx', name: 'seed-2026-planted-errors.xlsx' };

const useStyles = makeStyles({
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  report: { flex: '1 1 300px', maxWidth: '560px', minWidth: 0 },
  // Beside the list (wide windows) the grid stays in view while the list scrolls.
  grid: { flex: '3 1 420px', minWidth: 0, position: 'sticky', top: tokens.spacingVerticalS },
  fileInput: { display: 'none' },
});

interface OpenWorkbook {
  readonly name: string;
  readonly snapshot: WorkbookSnapshot;
}

/** ExcelJS is large: it loads only when a workbook is opened here, never inside Excel. */
async function readXlsx(bytes: ArrayBuffer, name: string): Promise<WorkbookSnapshot> {
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx-reader" */ '../../hosts/xlsx/read');
  return readWorkbook(bytes, name);
}

export function BrowserPane() {
  const strings = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [workbook, setWorkbook] = useState<OpenWorkbook>();
  const [report, setReport] = useState<CheckReport>();
  const [sheet, setSheet] = useState('');
  const [selected, setSelected] = useState<readonly FindingCell[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | undefined>({
    intent: 'info',
    text: strings.browserNotice,
  });
  const marks = useMemo(() => report && cellMarks(report.findings, report.suspects), [report]);

  async function open(name: string, bytes: () => Promise<ArrayBuffer>) {
    setBusy(true);
    try {
      const snapshot = await readXlsx(await bytes(), name);
      setWorkbook({ name, snapshot });
      setReport(undefined);
      setSelected([]);
      setSheet(snapshot.sheets[0]?.name ?? '');
      setNotice({ intent: 'info', text: strings.workbookLoaded(name, snapshot.sheets.length) });
    } catch (error) {
      setNotice(errorNotice(error, strings));
    } finally {
      setBusy(false);
    }
  }

  const openSample = () =>
    open(SAMPLE.name, async () => {
      const response = await fetch(SAMPLE.url);
      if (!response.ok) throw new Error(`${SAMPLE.url}: HTTP ${response.status}`);
      return response.arrayBuffer();
    });

  function check() {
    if (!workbook) return;
    try {
      setReport(checkWorkbook(workbook.snapshot, { file: workbook.name }));
      setSelected([]);
      setNotice(undefined);
    } catch (error) {
      setNotice(errorNotice(error, strings));
    }
  }

  function select(cells: readonly FindingCell[]) {
    if (cells.length === 0) return;
    setSheet(cells[0].sheet);
    setSelected(cells);
  }

  return (
    <Shell
      busy={busy}
      notice={notice}
      actions={
        <>
          <Button appearance="primary" disabled={busy || !workbook} onClick={check}>
            {report ? strings.recheck : strings.startCheck}
          </Button>
          <Button disabled={busy} onClick={() => fileInput.current?.click()}>
            {strings.openFile}
          </Button>
          <Button disabled={busy} onClick={openSample}>
            {strings.openSample}
          </Button>
          <input
            ref={fileInput}
            className={styles.fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-file-input
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void open(file.name, () => file.arrayBuffer());
            }}
          />
        </>
      }
    >
      {workbook && (
        <div className={styles.columns}>
          {report && (
            <div className={styles.report}>
              <ReportView report={report} onSelect={select} />
            </div>
          )}
          <div className={styles.grid}>
            <SheetGrid
              workbook={workbook.snapshot}
              sheet={sheet}
              onSheetChange={setSheet}
              marks={marks}
              selected={selected}
            />
          </div>
        </div>
      )}
    </Shell>
  );
}

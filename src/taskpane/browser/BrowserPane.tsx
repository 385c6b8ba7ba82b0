/**
 * The pane outside Office: open an .xlsx (or the bundled sample) through the same file adapter the command
 * line uses, check it with the same engine, and show the findings — or the fill preview, or the trainers'
 * views of the relationships — beside a read-only grid of the sheets, where a cell is selected by clicking
 * it. A fill makes a filled copy in memory, shown and checked in place of the workbook.
 */
import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useMemo, useRef, useState } from 'react';
import { runCheck, type CheckResult } from '../../engine';
import type { CellsToMark } from '../../engine/explain';
import type { FindingCell } from '../../engine/report';
import { reviewFromSnapshot } from '../../engine/review';
import { parseAddress } from '../../engine/snapshot';
import { cellMarks, relationMarks } from '../../ui-shared/cell-marks';
import { errorNotice } from '../excel/notices';
import { browserFill, type BrowserWorkbook } from '../fill/browser-fill';
import { FillView } from '../fill/FillView';
import { EmptyState } from '../report/EmptyState';
import type { NoticeMessage } from '../report/Notice';
import type { ReportActions } from '../report/ReportTools';
import { ReportView } from '../report/ReportView';
import { saveFile, siblingName, XLSX_TYPE } from '../report/save-file';
import { useComparison } from '../report/use-comparison';
import { useReview, type ReviewStore } from '../report/use-review';
import { readXlsx, xlsxReport } from '../report/xlsx-chunk';
import type { RelationActions } from '../relations/actions';
import { useRelationViews } from '../relations/relation-views';
import { Shell } from '../Shell';
import { useStrings } from '../strings-context';
import { useViewTabs, type PaneView } from '../ViewTabs';
import { SheetGrid } from './SheetGrid';

const SAMPLE = { url: 'samples/seed-2026-planted-errors.xlsx', name: 'seed-2026-planted-errors.xlsx' };

const useStyles = makeStyles({
  columns: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  report: { flex: '1 1 300px', maxWidth: '560px', minWidth: 0 },
  // The map takes the room it can: the wide layout once a wide window gives it enough.
  relations: { flex: '6 1 300px', minWidth: 0 },
  // Beside the list (wide windows) the grid stays in view while the list scrolls.
  grid: { flex: '3 1 420px', minWidth: 0, position: 'sticky', top: tokens.spacingVerticalS },
  fileInput: { display: 'none' },
});

/** The workbook as opened, before any fill: its file carries the review marks (its 审核报告 sheet). */
function opened(workbook: BrowserWorkbook): BrowserWorkbook {
  return workbook.filled ? opened(workbook.filled.from) : workbook;
}

const NO_MARKS: ReviewStore = { load: async () => ({}) };

export function BrowserPane() {
  const strings = useStrings();
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [workbook, setWorkbook] = useState<BrowserWorkbook>();
  const [result, setResult] = useState<CheckResult>();
  const [view, setView] = useState('check');
  const [relationCells, setRelationCells] = useState<CellsToMark>();
  const [sheet, setSheet] = useState('');
  const [selected, setSelected] = useState<readonly FindingCell[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage>();
  const failed = useCallback((error: unknown) => setNotice(errorNotice(error, strings)), [strings]);
  const source = workbook && opened(workbook);
  // Marks live in memory here and travel in the copies the pane saves (their 审核报告 sheet).
  const store = useMemo<ReviewStore>(
    () => (source ? { load: async () => reviewFromSnapshot(source.snapshot) } : NO_MARKS),
    [source],
  );
  const { reviewed: report, mark } = useReview(result?.report, store, failed);
  const compare = useComparison(result);
  const marks = useMemo(() => report && cellMarks(report.findings, report.suspects), [report]);
  const relationCellMarks = useMemo(() => relationCells && relationMarks(relationCells), [relationCells]);

  async function open(name: string, bytes: () => Promise<ArrayBuffer>) {
    setBusy(true);
    try {
      const data = await bytes();
      const snapshot = await readXlsx(data, name);
      setWorkbook({ name, bytes: data, snapshot });
      setResult(undefined);
      setRelationCells(undefined);
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

  function check(target = workbook) {
    if (!target) return;
    try {
      setResult(runCheck(target.snapshot, { file: target.name }));
      setRelationCells(undefined);
      setSelected([]);
      setNotice(undefined);
    } catch (error) {
      setNotice(errorNotice(error, strings));
    }
  }

  /** A filled copy, or the copy a fill is undone to: shown in the grid and checked. */
  function replace(next: BrowserWorkbook) {
    setWorkbook(next);
    check(next);
  }

  function select(cells: readonly FindingCell[]) {
    if (cells.length === 0) return;
    setSheet(cells[0].sheet);
    setSelected(cells);
  }

  const actions: RelationActions = {
    mark: setRelationCells,
    show: (cells) => {
      setRelationCells(cells);
      select([...cells.left, ...cells.right]);
    },
    goTo: (cell) => select([cell]),
  };
  const first = selected[0];
  const selectedCell = useMemo(
    () => first && { sheet: first.sheet, ...parseAddress(first.address) },
    [first],
  );
  const relationViews = useRelationViews({ result, selectedCell, actions });

  async function keep(make: () => Promise<{ bytes: Uint8Array; name: string }>) {
    setBusy(true);
    try {
      const file = await make();
      saveFile(file.bytes, file.name, XLSX_TYPE);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  }
  const reportActions: ReportActions =
    workbook && report
      ? {
          download: () =>
            void keep(async () => ({
              name: siblingName(workbook.name, '审核报告'),
              bytes: await (
                await xlsxReport()
              ).reportWorkbook(report, {
                date: new Date(),
                links: { kind: 'file', path: workbook.name },
                ...(compare.comparison ? { comparison: compare.comparison } : {}),
              }),
            })),
          downloadCopy: () =>
            void keep(async () => ({
              name: siblingName(workbook.name, '已审核'),
              bytes: await (
                await xlsxReport()
              ).workbookWithReport(workbook.bytes, report, {
                date: new Date(),
                ...(compare.comparison ? { comparison: compare.comparison } : {}),
              }),
            })),
        }
      : {};
  const pickPrevious = async (file: File) => {
    setBusy(true);
    try {
      await compare.pick(file);
    } catch (error) {
      failed(error);
    } finally {
      setBusy(false);
    }
  };
  const checkContent = report ? (
    <ReportView
      report={report}
      onSelect={select}
      onMark={mark}
      actions={reportActions}
      busy={busy}
      comparison={compare.comparison}
      onCompare={(file) => void pickPrevious(file)}
      onCloseComparison={compare.close}
    />
  ) : workbook ? (
    <EmptyState text={strings.review.emptyLoaded(workbook.name)} />
  ) : (
    <EmptyState title={strings.review.emptyTitle} text={strings.review.emptyBrowser} />
  );
  const views: PaneView[] = [
    { id: 'check', label: strings.relations.checkTab, content: checkContent },
    {
      id: 'fill',
      label: strings.fill.tab,
      content: workbook ? (
        <FillView host={browserFill(workbook, replace, strings.fill.downloadName)} report={report} />
      ) : (
        <Body1>{strings.fill.openFirst}</Body1>
      ),
    },
    ...relationViews,
  ];
  const tabs = useViewTabs({ views, selected: view, onSelect: setView });

  return (
    <Shell
      busy={busy}
      notice={notice}
      actions={
        <>
          <Button
            appearance="primary"
            disabled={busy || !workbook}
            title={workbook ? undefined : strings.review.needWorkbook}
            onClick={() => check()}
          >
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
      {tabs.list}
      <div className={styles.columns}>
        <div className={view === 'check' || view === 'fill' ? styles.report : styles.relations}>
          {tabs.panels}
        </div>
        {workbook && (
          <div className={styles.grid}>
            <SheetGrid
              workbook={workbook.snapshot}
              sheet={sheet}
              onSheetChange={setSheet}
              marks={marks}
              selected={selected}
              relationMarks={relationCellMarks}
              onSelectCell={(cell) => select([cell])}
            />
          </div>
        )}
      </div>
    </Shell>
  );
}

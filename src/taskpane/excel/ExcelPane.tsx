/**
 * The pane inside Excel: check the open workbook and mark it, jump to cells, clear the marks; fill the
 * derivable cells (checked again after each fill or its undo); and the trainers' views, which mark a
 * relationship's cells in the workbook and follow Excel's selection.
 */
import { Button } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import type { CheckResult } from '../../engine';
import type { CellsToMark } from '../../engine/explain';
import type { FindingCell } from '../../engine/report';
import {
  checkInExcel,
  clearInExcel,
  markRelationInExcel,
  officeCapabilities,
  probeRunOptions,
  selectInExcel,
} from '../../hosts/office';
import { smokeTest } from '../../hosts/office/smoke';
import { AboutView } from '../about/AboutView';
import { aboutStringsFor } from '../about/strings';
import {
  loadReviewInExcel,
  saveReviewInExcel,
  writeReportSheetInExcel,
} from '../../hosts/office/review-store';
import { EmptyState } from '../report/EmptyState';
import { useComparison } from '../report/use-comparison';
import { useReview, type ReviewStore } from '../report/use-review';
import { useExcelFill } from '../fill/excel-fill';
import { FillView } from '../fill/FillView';
import type { RelationActions } from '../relations/actions';
import { useExcelSelection } from '../relations/excel-selection';
import { ORIGIN_VIEW, useRelationViews } from '../relations/relation-views';
import type { NoticeMessage } from '../report/Notice';
import { ReportView } from '../report/ReportView';
import { Shell } from '../Shell';
import { useStrings } from '../strings-context';
import { useViewTabs, type PaneView } from '../ViewTabs';
import { HiddenSheetNotice } from './HiddenSheetNotice';
import { clearNotice, errorNotice, markNotice } from './notices';

/** The `src` of the page's office.js, for 关于. */
function officeJsScript(): string | undefined {
  return document.querySelector('script[src$="office.js"]')?.getAttribute('src') ?? undefined;
}

export function ExcelPane() {
  const strings = useStrings();
  const [result, setResult] = useState<CheckResult>();
  const [view, setView] = useState('check');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage>();
  /** A jump refused because its sheet is hidden: the cells, to jump to once the user unhides it. */
  const [hidden, setHidden] = useState<{ sheet: string; cells: readonly FindingCell[] }>();
  // Review marks live in the workbook's settings: read after each check, saved after each change.
  const store = useMemo<ReviewStore>(
    () => ({ load: () => (result ? loadReviewInExcel() : Promise.resolve({})), save: saveReviewInExcel }),
    [result],
  );
  const onError = useCallback((error: unknown) => setNotice(errorNotice(error, strings)), [strings]);
  const { state, reviewed: report, mark } = useReview(result?.report, store, onError);
  const compare = useComparison(result);

  async function run(action: () => Promise<NoticeMessage | undefined>) {
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
      setResult(outcome.result);
      return markNotice(outcome.marks, strings);
    });
  const clear = () => run(async () => clearNotice(await clearInExcel(), strings));
  const failed = (error: unknown) => setNotice(errorNotice(error, strings));
  const select = (cells: readonly FindingCell[], show = false) =>
    selectInExcel(cells, show)
      .then((outcome) => setHidden(outcome.kind === 'hidden' ? { sheet: outcome.sheet, cells } : undefined))
      .catch(failed);

  /** Marks a relationship's cells; true when marked (a protected sheet stops it, with a notice). */
  const markRelation = async (cells: CellsToMark) => {
    const outcome = await markRelationInExcel(cells);
    if (outcome.kind === 'protected') setNotice(markNotice(outcome, strings));
    return outcome.kind === 'marked';
  };
  const actions: RelationActions = {
    mark: (cells) => void markRelation(cells).catch(failed),
    show: (cells) =>
      void markRelation(cells)
        .then(async (marked) => {
          if (marked) await select([...cells.left, ...cells.right]);
        })
        .catch(failed),
    goTo: (cell) => void select([cell]),
  };
  const selectedCell = useExcelSelection(view === ORIGIN_VIEW, failed);
  const relationViews = useRelationViews({ result, selectedCell, actions });
  const fill = useExcelFill(check);
  const addReportSheet = () =>
    run(async () => {
      if (report) await writeReportSheetInExcel(report, state, new Date());
      return { intent: 'success', text: strings.review.reportSheetAdded };
    });
  const checkContent = report ? (
    <ReportView
      report={report}
      onSelect={select}
      onMark={mark}
      actions={{ addSheet: () => void addReportSheet() }}
      busy={busy}
      comparison={compare.comparison}
      onCompare={(file) =>
        void run(async () => {
          await compare.pick(file);
          return undefined;
        })
      }
      onCloseComparison={compare.close}
    />
  ) : (
    <EmptyState text={strings.review.emptyExcel} />
  );
  const views: PaneView[] = [
    { id: 'check', label: strings.relations.checkTab, content: checkContent },
    { id: 'fill', label: strings.fill.tab, content: <FillView host={fill} report={report} /> },
    ...relationViews,
    {
      id: 'about',
      label: aboutStringsFor(strings).tab,
      content: (
        <AboutView
          capabilities={officeCapabilities}
          probe={probeRunOptions}
          officeJs={officeJsScript()}
          runSmoke={smokeTest}
        />
      ),
    },
  ];
  const tabs = useViewTabs({ views, selected: view, onSelect: setView });

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
      {hidden && <HiddenSheetNotice sheet={hidden.sheet} onShow={() => void select(hidden.cells, true)} />}
      {tabs.list}
      {tabs.panels}
    </Shell>
  );
}

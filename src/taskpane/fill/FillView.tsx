/**
 * 填充: preview the blank cells the relationships can fill (数值 or 公式), choose which to write, apply them,
 * take the fill back. Figures the workbook shows are never in the fill: those their parts contradict are
 * listed apart (不一致) for the user to keep or replace cell by cell, and rewriting 尾差 is an option, off by
 * default. Then draft the explanation from the tables, or check a pasted one against them, with last year's
 * workbook for the year-on-year figures. The same view runs in Excel and in the browser; `host` says how to
 * read and write there.
 */
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  makeStyles,
  Spinner,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import { changeKey, deriveFrom, planFill, selectChanges, type FillMode } from '../../engine/derive';
import type { Tables } from '../../engine/instances';
import { recognize } from '../../engine/recognize';
import type { LastYear } from '../../engine/shares';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import type { CheckReport } from '../../engine/report';
import { errorNotice } from '../excel/notices';
import { Notice, type NoticeMessage } from '../report/Notice';
import { useStrings } from '../strings-context';
import { ChangeList } from './ChangeList';
import { groupChanges } from './change-groups';
import { ConflictList } from './ConflictList';
import { fillMoreStrings } from './fill-strings';
import { LastYearPicker } from './LastYearPicker';
import { ExplanationCheck } from './ExplanationCheck';
import { ExplanationDraft } from './ExplanationDraft';
import type { ApplyResult, FillHost, RevertResult } from './fill-host';
import { FillOutcome, type FillEvent } from './FillOutcome';
import { ModeSwitch } from './ModeSwitch';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  notes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  hint: { display: 'block', paddingInlineStart: '32px' },
});

export interface FillViewProps {
  readonly host: FillHost;
  /** The pane's latest check, shown after a fill or its revert has re-checked the workbook. */
  readonly report?: CheckReport;
}

/** The workbook a preview read, recognised once: choices re-plan it without reading again. */
interface Previewed {
  readonly snapshot: WorkbookSnapshot;
  readonly tables: Tables;
}

export function FillView({ host, report }: FillViewProps) {
  const strings = useStrings();
  const fill = strings.fill;
  const more = fillMoreStrings(strings);
  const styles = useStyles();
  const [mode, setMode] = useState<FillMode>('values');
  const [previewed, setPreviewed] = useState<Previewed>();
  const [taken, setTaken] = useState<ReadonlySet<string>>(new Set());
  const [rebuild, setRebuild] = useState(false);
  const [lastYear, setLastYear] = useState<LastYear>();
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage>();
  // The report before the last write, so a check that failed to run does not pass for the re-check.
  const [event, setEvent] = useState<{ readonly event: FillEvent; readonly before?: CheckReport }>();

  // Another workbook opened: the preview and the outcome were about the previous one.
  useEffect(() => {
    setPreviewed(undefined);
    setEvent(undefined);
    setNotice(undefined);
    setLastYear(undefined);
  }, [host.document]);

  // Taking a conflict or rebuilding changes what follows from it: the figures are derived again.
  const derivation = useMemo(
    () => previewed && deriveFrom(previewed.tables, previewed.snapshot, { recompute: taken, rebuild }),
    [previewed, taken, rebuild],
  );
  const plan = useMemo(() => derivation && planFill(derivation, mode), [derivation, mode]);
  const fills = useMemo(() => (plan?.changes ?? []).filter((c) => c.kind !== 'conflict'), [plan]);
  const conflicts = plan?.conflicts ?? [];
  const groups = useMemo(() => groupChanges(fills), [fills]);
  // A conflict is written when taken (its own choice); a fill when not unticked.
  const selected = plan
    ? plan.changes.filter((c) => c.kind === 'conflict' || !excluded.has(changeKey(c))).map(changeKey)
    : [];

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
    } catch (error) {
      setNotice(errorNotice(error, strings));
    } finally {
      setBusy(false);
    }
  }

  const preview = () =>
    run(async () => {
      const snapshot = await host.read();
      setPreviewed({ snapshot, tables: recognize(snapshot).tables });
      setTaken(new Set());
      setExcluded(new Set());
      setEvent(undefined);
    });

  const choose = (key: string, take: boolean) =>
    setTaken((old) => {
      const next = new Set(old);
      if (take) next.add(key);
      else next.delete(key);
      return next;
    });

  /** Protected sheets and an empty revert say so in the notice; anything written shows its outcome. */
  const settle = (result: ApplyResult | RevertResult, before: CheckReport | undefined) => {
    if (result.kind === 'protected')
      setNotice({ intent: 'warning', text: fill.protectedSheets(result.sheets) });
    else if (result.kind === 'nothing-to-revert') setNotice({ intent: 'info', text: fill.nothingToRevert });
    else setEvent({ event: result, before });
  };

  const apply = () =>
    run(async () => {
      if (!plan) return;
      const before = report;
      const result = await host.apply(selectChanges(plan, selected));
      // The plan is spent once written: a new preview starts from the workbook as it now is.
      if (result.kind === 'applied') setPreviewed(undefined);
      settle(result, before);
    });

  const revert = () =>
    run(async () => {
      const before = report;
      const result = await host.revert();
      if (result.kind === 'reverted') setPreviewed(undefined);
      settle(result, before);
    });

  const toggle = (keys: readonly string[], include: boolean) =>
    setExcluded((old) => {
      const next = new Set(old);
      for (const key of keys) {
        if (include) next.delete(key);
        else next.add(key);
      }
      return next;
    });

  return (
    <div className={styles.root} data-fill-view>
      <Body1>{fill.intro}</Body1>
      <Caption1>{more.keptNote}</Caption1>
      <ModeSwitch mode={mode} disabled={busy} onChange={setMode} />
      <div>
        <Checkbox
          checked={rebuild}
          disabled={busy}
          onChange={(_, data) => setRebuild(data.checked === true)}
          label={more.rebuild}
          data-rebuild
        />
        <Caption1 className={styles.hint}>{more.rebuildHint}</Caption1>
      </div>
      <div className={styles.actions}>
        <Button appearance={plan ? 'secondary' : 'primary'} disabled={busy} onClick={() => void preview()}>
          {fill.preview}
        </Button>
        <Button disabled={busy || !host.canRevert} onClick={() => void revert()}>
          {fill.revert}
        </Button>
        {host.download && (
          <Button disabled={busy} onClick={host.download}>
            {fill.download}
          </Button>
        )}
        {busy && <Spinner size="tiny" label={fill.working} />}
      </div>
      <Notice notice={notice} />
      {event && <FillOutcome event={event.event} report={report !== event.before ? report : undefined} />}
      {plan && (
        <section className={styles.section} aria-label={fill.changeList} data-fill-plan={plan.mode}>
          <Subtitle2 as="h2">{fill.changeList}</Subtitle2>
          {fills.length === 0 ? (
            <Body1 data-nothing-to-fill>
              {conflicts.length > 0 ? more.onlyConflicts : fill.nothingToFill}
            </Body1>
          ) : (
            <Body1 data-change-count={fills.length}>
              {fill.changeCount(fills.length, fills.filter((c) => !excluded.has(changeKey(c))).length)}
            </Body1>
          )}
          {plan.unchanged > 0 && <Caption1>{fill.unchanged(plan.unchanged)}</Caption1>}
          {plan.notes.length > 0 && (
            <div>
              <Caption1>{fill.notes}</Caption1>
              <ul className={styles.notes}>
                {strings.relations.text(plan, 'notes').map((note) => (
                  <li key={note}>
                    <Caption1>{note}</Caption1>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {plan.changes.length > 0 && (
            <div className={styles.actions}>
              <Button
                appearance="primary"
                disabled={busy || selected.length === 0}
                onClick={() => void apply()}
              >
                {fill.apply(selected.length)}
              </Button>
              <Button disabled={busy} onClick={() => setExcluded(new Set())}>
                {fill.selectAll}
              </Button>
              <Button disabled={busy} onClick={() => setExcluded(new Set(fills.map(changeKey)))}>
                {fill.selectNone}
              </Button>
            </div>
          )}
          {host.singleUndo === false && <Caption1 data-undo-note>{more.undoGroupUnavailable}</Caption1>}
          <ChangeList groups={groups} excluded={excluded} onToggle={toggle} />
          {conflicts.length > 0 && <ConflictList conflicts={conflicts} disabled={busy} onChoose={choose} />}
        </section>
      )}
      <LastYearPicker
        lastYear={lastYear}
        thisYear={async () => recognize(await host.read()).tables}
        busy={busy}
        onChange={setLastYear}
        onError={(e) => setNotice(errorNotice(e, strings))}
      />
      <ExplanationDraft
        read={host.read}
        lastYear={lastYear}
        busy={busy}
        onError={(e) => setNotice(errorNotice(e, strings))}
      />
      <ExplanationCheck
        read={host.read}
        lastYear={lastYear}
        busy={busy}
        onError={(e) => setNotice(errorNotice(e, strings))}
      />
    </div>
  );
}

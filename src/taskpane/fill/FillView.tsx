/**
 * 填充: preview the cells the relationships can fill (数值 or 公式), choose which to write, apply them, take
 * the fill back; then draft the explanation from the filled tables, or check a pasted one against them.
 * The same view runs in Excel and in the browser; `host` says how to read and write there.
 */
import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  changeKey,
  derive,
  planFill,
  selectChanges,
  type Derivation,
  type FillMode,
} from '../../engine/derive';
import type { CheckReport } from '../../engine/report';
import { errorNotice } from '../excel/notices';
import { Notice, type NoticeMessage } from '../report/Notice';
import { useStrings } from '../strings-context';
import { ChangeList } from './ChangeList';
import { groupChanges } from './change-groups';
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
});

export interface FillViewProps {
  readonly host: FillHost;
  /** The pane's latest check, shown after a fill or its revert has re-checked the workbook. */
  readonly report?: CheckReport;
}

export function FillView({ host, report }: FillViewProps) {
  const strings = useStrings();
  const fill = strings.fill;
  const styles = useStyles();
  const [mode, setMode] = useState<FillMode>('values');
  const [derivation, setDerivation] = useState<Derivation>();
  const [excluded, setExcluded] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage>();
  // The report before the last write, so a check that failed to run does not pass for the re-check.
  const [event, setEvent] = useState<{ readonly event: FillEvent; readonly before?: CheckReport }>();

  // Another workbook opened: the preview and the outcome were about the previous one.
  useEffect(() => {
    setDerivation(undefined);
    setEvent(undefined);
    setNotice(undefined);
  }, [host.document]);

  const plan = useMemo(() => derivation && planFill(derivation, mode), [derivation, mode]);
  const groups = useMemo(() => groupChanges(plan?.changes ?? []), [plan]);
  const selected = plan ? plan.changes.filter((c) => !excluded.has(changeKey(c))).map(changeKey) : [];

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
      setDerivation(derive(await host.read()));
      setExcluded(new Set());
      setEvent(undefined);
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
      if (result.kind === 'applied') setDerivation(undefined);
      settle(result, before);
    });

  const revert = () =>
    run(async () => {
      const before = report;
      const result = await host.revert();
      if (result.kind === 'reverted') setDerivation(undefined);
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
      <ModeSwitch mode={mode} disabled={busy} onChange={setMode} />
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
          {plan.changes.length === 0 ? (
            <Body1>{fill.nothingToFill}</Body1>
          ) : (
            <Body1 data-change-count={plan.changes.length}>
              {fill.changeCount(plan.changes.length, selected.length)}
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
              <Button disabled={busy} onClick={() => setExcluded(new Set(plan.changes.map(changeKey)))}>
                {fill.selectNone}
              </Button>
            </div>
          )}
          <ChangeList groups={groups} excluded={excluded} onToggle={toggle} />
        </section>
      )}
      <ExplanationDraft read={host.read} busy={busy} onError={(e) => setNotice(errorNotice(e, strings))} />
      <ExplanationCheck read={host.read} busy={busy} onError={(e) => setNotice(errorNotice(e, strings))} />
    </div>
  );
}

/**
 * 关于: which office.js the pane loaded, which capabilities beyond ExcelApi 1.6 the add-in uses in this Excel
 * and why the others are not (Excel lacks the set, or the loaded office.js lacks the API), with the fallback
 * each takes; and the self-test that runs read → check → mark → clear → fill → revert on the sample.
 */
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CapabilityStatus } from '../../hosts/office/features';
import type { SmokeStep } from '../../hosts/office/smoke';
import { useStrings } from '../strings-context';
import { capabilityRows, officeJsSource } from './about-model';
import { aboutStringsFor } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

export interface AboutViewProps {
  /** The capabilities as they stand now (after `probe`, when given). */
  readonly capabilities: () => readonly CapabilityStatus[];
  /** One `Excel.run` that lets office.js show which run options it reads. */
  readonly probe?: () => Promise<void>;
  /** The `src` of the page's office.js `<script>`. */
  readonly officeJs: string | undefined;
  readonly runSmoke: (onStep: (step: SmokeStep) => void) => Promise<unknown>;
}

export function AboutView({ capabilities, probe, officeJs, runSmoke }: AboutViewProps) {
  const strings = aboutStringsFor(useStrings());
  const styles = useStyles();
  const [statuses, setStatuses] = useState(capabilities);
  const [steps, setSteps] = useState<readonly SmokeStep[]>([]);
  const [running, setRunning] = useState(false);
  useEffect(() => {
    if (!probe || !statuses.some((s) => s.runtime === undefined)) return;
    void probe()
      .then(() => setStatuses(capabilities()))
      .catch(() => undefined);
  }, []);

  async function smoke() {
    setRunning(true);
    setSteps([]);
    try {
      await runSmoke((step) => setSteps((done) => [...done, step]));
    } finally {
      setRunning(false);
      setStatuses(capabilities());
    }
  }

  return (
    <section className={styles.root} aria-label={strings.tab} data-about>
      <Body1>{strings.intro}</Body1>
      <Caption1 data-office-js>{strings.officeJs(officeJsSource(officeJs, strings))}</Caption1>
      <Subtitle2 as="h3">{strings.capabilities}</Subtitle2>
      <ul className={styles.list}>
        {capabilityRows(statuses, strings).map((row) => (
          <li key={row.id} data-capability={row.id} data-used={row.used}>
            <Body1>{strings.entry(row.name, row.used ? strings.inUse : strings.notInUse)}</Body1>
            {row.reason && (
              <>
                <br />
                <Caption1 className={styles.muted}>{row.reason}</Caption1>
              </>
            )}
          </li>
        ))}
      </ul>
      <Subtitle2 as="h3">{strings.smoke}</Subtitle2>
      <Caption1 className={styles.muted}>{strings.smokeHint}</Caption1>
      <div>
        <Button disabled={running} onClick={() => void smoke()}>
          {running ? strings.smokeRunning : strings.runSmoke}
        </Button>
      </div>
      {steps.length > 0 && (
        <ol className={styles.list} aria-live="polite">
          {steps.map((step) => (
            <li key={step.step} data-smoke-step={step.step} data-ok={step.ok}>
              <Body1 className={step.ok ? undefined : styles.failed}>
                {strings.entry(
                  strings.step[step.step],
                  step.ok ? strings.stepOk : strings.stepFailed(step.error ?? ''),
                )}
              </Body1>{' '}
              <Caption1 className={styles.muted}>
                {`${step.ok ? strings.figures(step) : ''} · ${step.ms} ms`}
              </Caption1>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * 检查说明: paste an explanation (or read it from the workbook's 情况说明 sheet) and see which of its figures
 * the tables contradict, each with what it should say and the sentence it is in, checked against the
 * workbook as it is now.
 */
import { Body1, Button, Caption1, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import {
  checkNarrative,
  narrativeFromWorkbook,
  narrativeInputs,
  type NarrativeCheck,
} from '../../engine/narrative';
import type { LastYear } from '../../engine/shares';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  mismatch: {
    borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}`,
    paddingInlineStart: tokens.spacingHorizontalS,
    overflowWrap: 'anywhere',
  },
  sentence: { display: 'block', color: tokens.colorNeutralForeground3 },
});

export interface ExplanationCheckProps {
  readonly read: () => Promise<WorkbookSnapshot>;
  /** Last year's figures picked for the year-on-year statements; else the workbook's 上年预算数 sheet. */
  readonly lastYear?: LastYear;
  readonly busy: boolean;
  readonly onError: (error: unknown) => void;
}

export function ExplanationCheck({ read, lastYear, busy, onError }: ExplanationCheckProps) {
  const { fill: strings, relations } = useStrings();
  const styles = useStyles();
  const [text, setText] = useState('');
  const [result, setResult] = useState<NarrativeCheck>();
  const [noSheet, setNoSheet] = useState(false);

  const check = async () => {
    try {
      setResult(checkNarrative(text, narrativeInputs(await read(), lastYear)));
    } catch (error) {
      onError(error);
    }
  };

  const readSheet = async () => {
    try {
      const found = narrativeFromWorkbook(await read());
      setNoSheet(found === undefined);
      if (found !== undefined) setText(found);
    } catch (error) {
      onError(error);
    }
  };

  return (
    <section className={styles.root} aria-label={strings.checkHeading} data-explanation-check>
      <Subtitle2 as="h2">{strings.checkHeading}</Subtitle2>
      <Caption1>{strings.checkHint}</Caption1>
      <Textarea
        aria-label={strings.checkText}
        placeholder={strings.checkText}
        value={text}
        onChange={(_, data) => setText(data.value)}
        resize="vertical"
        textarea={{ rows: 6 }}
      />
      <div className={styles.actions}>
        <Button disabled={busy || text.trim() === ''} onClick={() => void check()}>
          {strings.checkButton}
        </Button>
        <Button disabled={busy} onClick={() => void readSheet()}>
          {strings.readSheet}
        </Button>
      </div>
      {noSheet && <Caption1 role="status">{strings.noSheet}</Caption1>}
      {result && (
        <>
          <Body1 role="status" data-narrative-summary={result.summary.mismatch}>
            {strings.checkSummary(result.summary.ok, result.summary.mismatch, result.summary.unchecked)}
          </Body1>
          <ul className={styles.list}>
            {result.mismatches.map((figure) => (
              <li key={figure.offset} className={styles.mismatch} data-mismatch={figure.text}>
                <Body1>{strings.stated(figure.text, figure.expected, relations.text(figure, 'what'))}</Body1>
                <Caption1 className={styles.sentence}>
                  {strings.sentence}
                  {figure.sentence}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

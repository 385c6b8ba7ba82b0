/**
 * The explanation (第三部分) drafted from the workbook as it is now — fill first, so the totals are there —
 * in a read-only field with 复制. What the tables cannot say is left as 【请填写…】.
 */
import { Button, Caption1, makeStyles, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { draftNarrative, narrativeInputs } from '../../engine/narrative';
import type { LastYear } from '../../engine/shares';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import { useStrings } from '../strings-context';
import { copyText } from './copy-text';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  draft: { width: '100%' },
});

export interface ExplanationDraftProps {
  readonly read: () => Promise<WorkbookSnapshot>;
  /** Last year's figures picked for the year-on-year statements; else the workbook's 上年预算数 sheet. */
  readonly lastYear?: LastYear;
  readonly busy: boolean;
  readonly onError: (error: unknown) => void;
}

export function ExplanationDraft({ read, lastYear, busy, onError }: ExplanationDraftProps) {
  const strings = useStrings().fill;
  const styles = useStyles();
  const field = useRef<HTMLTextAreaElement>(null);
  const [draft, setDraft] = useState<string>();
  const [copied, setCopied] = useState<'copied' | 'selected'>();

  const make = async () => {
    try {
      setDraft(draftNarrative(narrativeInputs(await read(), lastYear)));
      setCopied(undefined);
    } catch (error) {
      onError(error);
    }
  };
  const copy = async () => {
    if (draft !== undefined) setCopied(await copyText(draft, field.current));
  };

  return (
    <section className={styles.root} aria-label={strings.draftHeading} data-explanation-draft>
      <Subtitle2 as="h2">{strings.draftHeading}</Subtitle2>
      <Caption1>{strings.draftHint}</Caption1>
      <div className={styles.actions}>
        <Button disabled={busy} onClick={() => void make()}>
          {strings.makeDraft}
        </Button>
        {draft !== undefined && (
          <Button onClick={() => void copy()} data-copy>
            {strings.copy}
          </Button>
        )}
        {copied && (
          <Caption1 role="status" data-copied={copied}>
            {copied === 'copied' ? strings.copied : strings.copySelected}
          </Caption1>
        )}
      </div>
      {draft !== undefined && (
        <Textarea
          ref={field}
          className={styles.draft}
          aria-label={strings.draftHeading}
          value={draft}
          readOnly
          resize="vertical"
          textarea={{ rows: 12 }}
        />
      )}
    </section>
  );
}

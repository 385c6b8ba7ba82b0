/**
 * The frame both panes share: title (and, outside Office, the language switch) and actions on top, a notice,
 * then the content, scrolling as one column.
 */
import { Button, makeStyles, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Notice, type NoticeMessage } from './report/Notice';
import { useLanguageSwitch, useStrings } from './strings-context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  title: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

export interface ShellProps {
  readonly actions: ReactNode;
  readonly busy: boolean;
  readonly notice?: NoticeMessage;
  readonly children?: ReactNode;
}

export function Shell({ actions, busy, notice, children }: ShellProps) {
  const strings = useStrings();
  const styles = useStyles();
  const languages = useLanguageSwitch();
  return (
    <main className={styles.root} aria-busy={busy}>
      <header className={styles.header}>
        <div className={styles.title}>
          <Subtitle1 as="h1">{strings.appTitle}</Subtitle1>
          {languages && (
            <Button
              appearance="subtle"
              size="small"
              data-language-switch
              aria-label={strings.relations.labelled(strings.review.language, strings.review.otherLanguage)}
              lang={languages.language === 'zh' ? 'en' : 'zh-CN'}
              onClick={() => languages.change(languages.language === 'zh' ? 'en' : 'zh')}
            >
              {strings.review.otherLanguage}
            </Button>
          )}
        </div>
        <div className={styles.actions}>
          {actions}
          {busy && <Spinner size="tiny" label={strings.checking} />}
        </div>
      </header>
      <Notice notice={notice} />
      {children}
    </main>
  );
}

/** The frame both panes share: title and actions on top, a notice, then the content, scrolling as one column. */
import { makeStyles, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { Notice, type NoticeMessage } from './report/Notice';
import { useStrings } from './strings-context';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minWidth: 0,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
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
  return (
    <main className={styles.root} aria-busy={busy}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{strings.appTitle}</Subtitle1>
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

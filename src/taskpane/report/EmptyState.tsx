/** What the 审核 tab says before there is anything to show: what to do first, naming the buttons above. */
import { Body1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalL,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    background: tokens.colorNeutralBackground2,
  },
});

export interface EmptyStateProps {
  readonly title?: string;
  readonly text: string;
}

export function EmptyState({ title, text }: EmptyStateProps) {
  const styles = useStyles();
  return (
    <section className={styles.root} data-empty-state>
      {title && <Subtitle2 as="h2">{title}</Subtitle2>}
      <Body1>{text}</Body1>
    </section>
  );
}

/**
 * A lesson: the relationships of the workbook one by one, in the catalog's order, each with its explanation
 * and an example whose cells are marked. Previous and next sit on top so they stay put from step to step.
 */
import { Body1, Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { LessonStep } from '../../engine/explain';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { InstanceSides } from './InstanceSides';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  nav: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  progress: { flexGrow: 1, textAlign: 'center', color: tokens.colorNeutralForeground3 },
  step: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  assertion: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
});

export interface LessonViewProps {
  readonly steps: readonly LessonStep[];
  /** Zero-based. */
  readonly index: number;
  readonly onStep: (index: number) => void;
  readonly actions: RelationActions;
}

export function LessonView({ steps, index, onStep, actions }: LessonViewProps) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const step = steps[index];
  if (!step) return <Body1 className={styles.muted}>{strings.lessonNeedsCheck}</Body1>;
  return (
    <section className={styles.root} aria-label={strings.lessonMode}>
      <div className={styles.nav}>
        <Button disabled={index === 0} onClick={() => onStep(index - 1)}>
          {strings.previous}
        </Button>
        <Caption1 className={styles.progress}>{`${step.number} / ${step.of}`}</Caption1>
        <Button appearance="primary" disabled={index === steps.length - 1} onClick={() => onStep(index + 1)}>
          {strings.next}
        </Button>
      </div>
      <div className={styles.step} aria-live="polite" data-lesson-step={step.number}>
        <Subtitle2 as="h3">{strings.text(step, 'title')}</Subtitle2>
        <Caption1 className={styles.assertion}>{strings.text(step.relation, 'assertion')}</Caption1>
        <Body1>{strings.text(step, 'explanation')}</Body1>
        <InstanceSides instance={step.example} severity={step.relation.severity} actions={actions} />
      </div>
    </section>
  );
}

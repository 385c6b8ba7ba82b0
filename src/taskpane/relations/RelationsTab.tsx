/** 表间关系: the map, or a lesson stepping through the relationships; each keeps its place while the other shows. */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { cellsToMark, type LessonStep, type RelationshipMap } from '../../engine/explain';
import { useStrings } from '../strings-context';
import type { RelationActions } from './actions';
import { LessonView } from './LessonView';
import { MapView } from './MapView';

type Mode = 'map' | 'lesson';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface RelationsTabProps {
  readonly map: RelationshipMap;
  readonly steps: readonly LessonStep[];
  readonly actions: RelationActions;
}

export function RelationsTab({ map, steps, actions }: RelationsTabProps) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const [mode, setMode] = useState<Mode>('map');
  const [step, setStep] = useState(0);
  const index = Math.min(step, Math.max(0, steps.length - 1));

  const showStep = (i: number) => {
    setStep(i);
    if (steps[i]) actions.show(cellsToMark([steps[i].example]));
  };

  return (
    <div className={styles.root}>
      <TabList
        size="small"
        aria-label={strings.relationsTab}
        selectedValue={mode}
        onTabSelect={(_, data) => {
          setMode(data.value as Mode);
          if (data.value === 'lesson') showStep(index);
        }}
      >
        <Tab value="map">{strings.mapMode}</Tab>
        <Tab value="lesson">{strings.lessonMode}</Tab>
      </TabList>
      <div hidden={mode !== 'map'}>
        <MapView map={map} actions={actions} />
      </div>
      <div hidden={mode !== 'lesson'}>
        <LessonView steps={steps} index={index} onStep={showStep} actions={actions} />
      </div>
    </div>
  );
}

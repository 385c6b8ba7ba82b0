/** 数值 or 公式: what the fill writes, with a line on what each is for. Switching re-plans the same preview. */
import { Caption1, Radio, RadioGroup } from '@fluentui/react-components';
import { useId } from 'react';
import type { FillMode } from '../../engine/derive';
import { useStrings } from '../strings-context';

const MODES: readonly FillMode[] = ['values', 'formulas'];

export interface ModeSwitchProps {
  readonly mode: FillMode;
  readonly disabled: boolean;
  readonly onChange: (mode: FillMode) => void;
}

export function ModeSwitch({ mode, disabled, onChange }: ModeSwitchProps) {
  const strings = useStrings().fill;
  const hint = useId();
  return (
    <div>
      <RadioGroup
        layout="horizontal"
        aria-label={strings.mode}
        aria-describedby={hint}
        value={mode}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value as FillMode)}
      >
        {MODES.map((m) => (
          <Radio key={m} value={m} label={strings.modes[m]} data-mode={m} />
        ))}
      </RadioGroup>
      <Caption1 id={hint}>{strings.modeHints[mode]}</Caption1>
    </div>
  );
}

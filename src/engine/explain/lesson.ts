/**
 * The step-through mode for a lesson: one step per relationship the workbook has instances of, in catalog
 * order (each table's own footing first, then the links between tables, then the soft checks), each with its
 * explanation and an example whose cells the view marks.
 */
import type { Relation } from '../catalog/types';
import type { CheckResult } from '../check';
import type { InstanceView } from './instance-view';
import { relationStates, tallySentence, type RelationState } from './relation-state';
import { summarize, type RelationSummary } from './summary';

export interface LessonStep {
  /** 1-based. */
  readonly number: number;
  readonly of: number;
  /** `第 3 步（共 40 步）：收入总表 各行合计`. */
  readonly title: string;
  /** `Step 3 of 40: Revenue: row totals`. */
  readonly titleEn: string;
  readonly relation: RelationSummary;
  /** The rule, how often it occurs here and how it stands, and the example in figures. */
  readonly explanation: string;
  /**
   * The same in English, without the rule: it is hand-written Chinese, and the step's title and assertion
   * already say it.
   */
  readonly explanationEn: string;
  /** The instance to mark: left side in the first colour, right side in the second. */
  readonly example: InstanceView;
  readonly state: RelationState;
}

function explain(relation: RelationSummary, state: RelationState, example: InstanceView): string {
  const where = example.context ?? example.left.cells[0]?.label ?? '';
  return [
    `${relation.description}。`,
    relation.condition ? `适用条件：${relation.condition}。` : '',
    tallySentence(state.tally, 'zh'),
    `例如${where}：${example.figures}，${example.verdict}。`,
  ].join('');
}

function explainEn(relation: RelationSummary, state: RelationState, example: InstanceView): string {
  // The class a per-code example is about is named as the workbook prints it.
  const where = example.context ? `“${example.context}”` : (example.left.cells[0]?.labelEn ?? '');
  return [
    relation.conditionEn ? `Applies when ${relation.conditionEn}.` : '',
    tallySentence(state.tally, 'en'),
    `For example${where ? ` ${where}` : ''}: ${example.figuresEn}, ${example.verdictEn}.`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function lessonSteps(
  catalog: readonly Relation[],
  result: Pick<CheckResult, 'outcomes'>,
): LessonStep[] {
  const states = relationStates(result.outcomes);
  const present = catalog.flatMap((r) => {
    const state = states.get(r.id);
    return state?.example ? [{ relation: summarize(r), state, example: state.example }] : [];
  });
  return present.map(({ relation, state, example }, i) => ({
    number: i + 1,
    of: present.length,
    title: `第 ${i + 1} 步（共 ${present.length} 步）：${relation.name}`,
    titleEn: `Step ${i + 1} of ${present.length}: ${relation.nameEn}`,
    relation,
    explanation: explain(relation, state, example),
    explanationEn: explainEn(relation, state, example),
    example,
    state,
  }));
}

/** How a relationship stands in one checked workbook: its instances as views, a tally, and an example. */
import type { Outcome } from '../evaluate';
import { instanceView, type InstanceView, type Status } from './instance-view';
import type { Lang } from './names';

export type StatusTally = Readonly<Record<Status, number>>;

export interface RelationState {
  /** Every instance in the workbook, in the engine's order (rows top to bottom, codes ascending). */
  readonly instances: readonly InstanceView[];
  /** The first instance with a figure that is not blank, else the first: what a lesson or the docs show. */
  readonly example?: InstanceView;
  readonly tally: StatusTally;
  /** The worst status of its instances; absent when it has none here (a table is missing or empty). */
  readonly status?: Status;
}

/** `全部成立`, `29 处成立，1 处有尾差`; `all hold`, `29 hold, 1 with a rounding residual`. */
export function tallyText(t: StatusTally, lang: Lang): string {
  const count = t.exact + t.rounding + t.broken;
  if (lang === 'zh') {
    if (t.exact === count) return '全部成立';
    return [
      t.exact ? `${t.exact} 处成立` : '',
      t.rounding ? `${t.rounding} 处有尾差` : '',
      t.broken ? `${t.broken} 处不成立` : '',
    ]
      .filter(Boolean)
      .join('，');
  }
  if (t.exact === count) return count === 1 ? 'it holds' : 'all hold';
  return [
    t.exact ? `${t.exact} ${t.exact === 1 ? 'holds' : 'hold'}` : '',
    t.rounding ? `${t.rounding} with ${t.rounding === 1 ? 'a rounding residual' : 'rounding residuals'}` : '',
    t.broken ? `${t.broken} broken` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

/** `本工作簿中共 30 处，29 处成立，1 处有尾差。`; `30 in this workbook: 29 hold, 1 with a rounding residual.` */
export function tallySentence(t: StatusTally, lang: Lang): string {
  const count = t.exact + t.rounding + t.broken;
  return lang === 'zh'
    ? `本工作簿中共 ${count} 处，${tallyText(t, lang)}。`
    : `${count} in this workbook: ${tallyText(t, lang)}.`;
}

const WORST_FIRST: readonly Status[] = ['broken', 'rounding', 'exact'];

/** The map, the lesson and the rule list each ask for one check's states: they share one computation. */
const computed = new WeakMap<readonly Outcome[], ReadonlyMap<string, RelationState>>();

/** Relation id → its state; a relation with no outcomes gets an empty state. */
export function relationStates(outcomes: readonly Outcome[]): ReadonlyMap<string, RelationState> {
  const known = computed.get(outcomes);
  if (known) return known;
  const grouped = new Map<string, InstanceView[]>();
  for (const o of outcomes) {
    const id = o.instance.relation.id;
    const list = grouped.get(id) ?? [];
    list.push(instanceView(o));
    grouped.set(id, list);
  }
  const states = new Map([...grouped].map(([id, instances]) => [id, stateOf(instances)]));
  computed.set(outcomes, states);
  return states;
}

export const EMPTY_STATE: RelationState = stateOf([]);

function stateOf(instances: readonly InstanceView[]): RelationState {
  const tally: Record<Status, number> = { exact: 0, rounding: 0, broken: 0 };
  for (const i of instances) tally[i.status]++;
  const status = WORST_FIRST.find((s) => tally[s] > 0);
  const example = instances.find((i) => !i.zero) ?? instances[0];
  return { instances, ...(example ? { example } : {}), tally, ...(status ? { status } : {}) };
}

/** How a relationship stands in one checked workbook: its instances as views, a tally, and an example. */
import type { Outcome } from '../evaluate';
import { instanceView, type InstanceView, type Status } from './instance-view';

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

const WORST_FIRST: readonly Status[] = ['broken', 'rounding', 'exact'];

/** Relation id → its state; a relation with no outcomes gets an empty state. */
export function relationStates(outcomes: readonly Outcome[]): ReadonlyMap<string, RelationState> {
  const grouped = new Map<string, InstanceView[]>();
  for (const o of outcomes) {
    const id = o.instance.relation.id;
    const list = grouped.get(id) ?? [];
    list.push(instanceView(o));
    grouped.set(id, list);
  }
  return new Map([...grouped].map(([id, instances]) => [id, stateOf(instances)]));
}

export const EMPTY_STATE: RelationState = stateOf([]);

function stateOf(instances: readonly InstanceView[]): RelationState {
  const tally: Record<Status, number> = { exact: 0, rounding: 0, broken: 0 };
  for (const i of instances) tally[i.status]++;
  const status = WORST_FIRST.find((s) => tally[s] > 0);
  const example = instances.find((i) => !i.zero) ?? instances[0];
  return { instances, ...(example ? { example } : {}), tally, ...(status ? { status } : {}) };
}

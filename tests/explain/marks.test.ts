/** The cells a view marks for a relationship: each once, in the colour of its side. */
import { CATALOG } from '../../src/engine/catalog';
import { cellsToMark, relationshipMap, type RelationState } from '../../src/engine/explain';
import { checkedSample } from './sample';

let states: Map<string, RelationState>;
beforeAll(async () => {
  const map = relationshipMap(CATALOG, await checkedSample());
  const all = [...map.edges, ...map.nodes.flatMap((n) => n.own)];
  states = new Map(all.map((r) => [r.id, r.state!]));
});

const at = (cells: readonly { sheet: string; address: string }[]) =>
  cells.map((c) => `${c.sheet}!${c.address}`);

test('an equality between two tables marks its source and the other member', () => {
  const marks = cellsToMark(states.get('X.basic-expense')!.instances);
  expect(at(marks.left)).toEqual(['表6!C6']);
  expect(at(marks.right)).toEqual(['表5!D6']);
});

test('a rollup marks every total in the first colour and only the leaves in the second', () => {
  const state = states.get('T5.rollup')!;
  const marks = cellsToMark(state.instances);
  const left = new Set(at(marks.left));
  expect(left.has('表5!C6')).toBe(true);
  expect(at(marks.right).filter((c) => left.has(c))).toEqual([]);
  const every = new Set(
    state.instances
      .flatMap((i) => [...i.left.cells, ...i.right.cells])
      .flatMap((c) => (c.cell ? at([c.cell]) : [])),
  );
  expect(left.size + marks.right.length).toBe(every.size);
});

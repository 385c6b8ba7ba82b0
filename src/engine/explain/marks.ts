/** The cells a view marks for one or more instances, in the two colours of their sides. */
import type { CellPlace, InstanceView } from './instance-view';

export interface CellsToMark {
  /** Totals, chain sources, lesser sides: the first colour. */
  readonly left: readonly CellPlace[];
  /** Parts, other members, limits: the second colour. */
  readonly right: readonly CellPlace[];
}

/**
 * Each cell once. In a rollup a 类 row is the total of its 款 and a part of 合计; it keeps the first colour,
 * so every total of the relationship reads as a total.
 */
export function cellsToMark(instances: readonly InstanceView[]): CellsToMark {
  const key = (c: CellPlace) => `${c.sheet}!${c.address}`;
  const left = new Map<string, CellPlace>();
  const right = new Map<string, CellPlace>();
  for (const i of instances) for (const c of i.left.cells) if (c.cell) left.set(key(c.cell), c.cell);
  for (const i of instances) {
    for (const c of i.right.cells) if (c.cell && !left.has(key(c.cell))) right.set(key(c.cell), c.cell);
  }
  return { left: [...left.values()], right: [...right.values()] };
}

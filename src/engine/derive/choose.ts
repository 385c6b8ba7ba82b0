/**
 * One producing candidate per cell. Candidates are taken in priority order (see candidates.ts) and a
 * candidate is refused when one of its parts already depends on its target, so the chosen derivations form
 * an acyclic graph whose sources are the detail cells (the cells that are never chosen as a target).
 */
import type { CellRef } from '../snapshot';
import type { Candidate } from './candidates';

export function cellKey(cell: CellRef): string {
  return `${cell.sheet}!${cell.row},${cell.col}`;
}

export function choose(candidates: readonly Candidate[]): Map<string, Candidate> {
  const ranked = candidates
    .map((c, index) => ({ c, index }))
    .sort((a, b) => a.c.priority - b.c.priority || a.c.order - b.c.order || a.index - b.index)
    .map(({ c }) => c);
  const chosen = new Map<string, Candidate>();

  /** Whether one of `from` depends (through chosen candidates) on `to`: a walk with a stack, not recursion. */
  const reaches = (from: readonly string[], to: string): boolean => {
    const seen = new Set<string>();
    const stack = [...from];
    while (stack.length > 0) {
      const key = stack.pop()!;
      if (key === to) return true;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const p of chosen.get(key)?.parts ?? []) if (p.figure) stack.push(cellKey(p.figure.cell));
    }
    return false;
  };

  for (const c of ranked) {
    const key = cellKey(c.target.figure.cell);
    if (chosen.has(key)) continue;
    const parts = c.parts.flatMap((p) => (p.figure ? [cellKey(p.figure.cell)] : []));
    if (reaches(parts, key)) continue;
    chosen.set(key, c);
  }
  return chosen;
}

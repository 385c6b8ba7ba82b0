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

  /** Whether `from` depends (through chosen candidates) on `to`. */
  const reaches = (from: string, to: string, seen = new Set<string>()): boolean => {
    if (from === to) return true;
    if (seen.has(from)) return false;
    seen.add(from);
    const producer = chosen.get(from);
    return !!producer?.parts.some((p) => p.figure && reaches(cellKey(p.figure.cell), to, seen));
  };

  for (const c of ranked) {
    const key = cellKey(c.target.figure.cell);
    if (chosen.has(key)) continue;
    const seen = new Set<string>();
    if (c.parts.some((p) => p.figure && reaches(cellKey(p.figure.cell), key, seen))) continue;
    chosen.set(key, c);
  }
  return chosen;
}

/**
 * What a report counts, in the words a reader sees. The engine's `info` covers both 尾差 (a figure off by
 * rounding, with figures) and notes (a province's extra table not found). A 尾差 is counted once per cell:
 * one total can be off by a cent against two relations (表1!D37 is the sum of its row and of its column),
 * and that is one figure to look at, not two.
 */
import type { Finding } from '../report';
import { isCounted, type ReviewedFinding } from './state';
import { pushTo } from '../group';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  /** Cells with a 尾差. */
  readonly residuals: number;
  readonly notes: number;
  /** 提示 explained by the department and accepted: shown, not counted among the warnings. */
  readonly explained: number;
}

export type Kind = 'errors' | 'warnings' | 'residuals' | 'notes';

export function kindOf(f: Finding): Kind {
  if (f.severity === 'error') return 'errors';
  if (f.severity === 'warning') return 'warnings';
  return f.difference !== undefined ? 'residuals' : 'notes';
}

/** `表1!D37`: the cell a finding is about, or undefined for a finding about no cell. */
export function checkedCell(f: Finding): string | undefined {
  const cell = f.cells[0];
  return cell && `${cell.sheet}!${cell.address}`;
}

export function countFindings(findings: readonly (Finding | ReviewedFinding)[]): Counts {
  const c = { errors: 0, warnings: 0, residuals: 0, notes: 0, explained: 0 };
  const residualCells = new Set<string>();
  for (const f of findings) {
    if ('key' in f && !isCounted(f)) {
      c.explained++;
      continue;
    }
    const kind = kindOf(f);
    if (kind !== 'residuals') c[kind]++;
    else residualCells.add(checkedCell(f) ?? `#${residualCells.size}`);
  }
  return { ...c, residuals: residualCells.size };
}

/** The same findings' 尾差 together by cell, in order of first appearance: one entry per counted 尾差. */
export function residualsByCell<F extends Finding>(findings: readonly F[]): F[][] {
  const groups = new Map<string, F[]>();
  findings.forEach((f, i) => {
    if (kindOf(f) !== 'residuals') return;
    const cell = checkedCell(f) ?? `#${i}`;
    pushTo(groups, cell, f);
  });
  return [...groups.values()];
}

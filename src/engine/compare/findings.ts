/**
 * Which findings of the earlier version are fixed, which are new and which are still open, matched by finding
 * key (rule and subject, never address). Only what a reviewer asks to be corrected or explained is compared:
 * errors and warnings. An error that became a 尾差 is fixed; 尾差 are counted, not listed.
 */
import type { Finding, FindingCell } from '../report';
import { countFindings } from '../review/counts';
import { findingKeys } from '../review/keys';
import type { FigureChange } from './figures';
import { pushTo } from '../group';

export interface ComparedFinding {
  readonly key: string;
  /** The finding as the later version raises it, or (fixed) as the earlier one did. */
  readonly finding: Finding;
  /** Fixed: the changed figures among the finding's cells, i.e. the corrections that mended it. */
  readonly changed?: readonly FigureChange[];
}

export interface FindingComparison {
  readonly fixed: readonly ComparedFinding[];
  readonly added: readonly ComparedFinding[];
  readonly open: readonly ComparedFinding[];
  /** 尾差 cells before and after. */
  readonly residuals: { readonly before: number; readonly after: number };
}

const isProblem = (f: Finding) => f.severity === 'error' || f.severity === 'warning';

function problems(findings: readonly Finding[]): Map<string, Finding> {
  const keys = findingKeys(findings);
  const map = new Map<string, Finding>();
  findings.forEach((f, i) => {
    if (isProblem(f)) map.set(keys[i], f);
  });
  return map;
}

const at = (c: FindingCell) => `${c.sheet}!${c.address}`;

export function compareFindings(
  before: readonly Finding[],
  after: readonly Finding[],
  figures: readonly FigureChange[] = [],
): FindingComparison {
  const was = problems(before);
  const now = problems(after);
  // Each changed figure by the cell it was in, as its place in `figures`: a finding's changes in that order.
  const changesAt = new Map<string, number[]>();
  figures.forEach((c, i) => {
    if (c.before) pushTo(changesAt, at(c.before), i);
  });
  const fixed: ComparedFinding[] = [];
  for (const [key, finding] of was) {
    if (now.has(key)) continue;
    const places: number[] = [];
    for (const cell of new Set(finding.cells.map(at)))
      for (const i of changesAt.get(cell) ?? []) places.push(i);
    const changed = places.sort((x, y) => x - y).map((i) => figures[i]);
    fixed.push({ key, finding, ...(changed.length > 0 ? { changed } : {}) });
  }
  const added: ComparedFinding[] = [];
  const open: ComparedFinding[] = [];
  for (const [key, finding] of now) (was.has(key) ? open : added).push({ key, finding });
  return {
    fixed,
    added,
    open,
    residuals: { before: countFindings(before).residuals, after: countFindings(after).residuals },
  };
}

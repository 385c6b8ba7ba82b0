import type { CheckReport } from '../engine/report';

/** The one-word outcome a reviewer reads first: any error fails; warnings alone pass with a caveat. */
export type Verdict = 'fail' | 'passWithWarnings' | 'pass';

export function verdictOf(summary: Pick<CheckReport['summary'], 'errors' | 'warnings'>): Verdict {
  if (summary.errors > 0) return 'fail';
  if (summary.warnings > 0) return 'passWithWarnings';
  return 'pass';
}

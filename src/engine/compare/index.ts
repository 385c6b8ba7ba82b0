/**
 * A resubmission compared with the version before it: the figures that changed and the findings fixed, new
 * and still open, all matched by table, line and column (or rule and subject), not by address.
 */
import type { CheckResult } from '../check';
import { compareFindings, type FindingComparison } from './findings';
import { figureChanges, type FigureChange } from './figures';

export type { ComparedFinding, FindingComparison } from './findings';
export type { FigureChange, FigureSide } from './figures';
export { compareFindings } from './findings';
export { figureChanges } from './figures';

export interface Comparison extends FindingComparison {
  /** The earlier version's file name, when known. */
  readonly previous?: string;
  readonly figures: readonly FigureChange[];
}

export function compareChecks(before: CheckResult, after: CheckResult, previous?: string): Comparison {
  const figures = figureChanges(before.tables, after.tables);
  return {
    ...(previous !== undefined ? { previous } : {}),
    figures,
    ...compareFindings(before.report.findings, after.report.findings, figures),
  };
}

/**
 * One workbook's report as one line of JSON, so several files make a JSON Lines stream. Each finding keeps
 * its rule id and gains its `key` (rule and subject, stable across versions) and review mark; `counts` says
 * what the text report counts (尾差 once per cell); `comparison` is there with --compare.
 */
import type { Comparison } from '../engine/compare';
import { countFindings, type ReviewedReport } from '../engine/review';

export function formatJson(
  report: ReviewedReport & { readonly file: string },
  comparison?: Comparison,
): string {
  return JSON.stringify({
    ...report,
    counts: countFindings(report.findings),
    ...(comparison ? { comparison } : {}),
  });
}

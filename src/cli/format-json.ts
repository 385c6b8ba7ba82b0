/**
 * One workbook's report as one line of JSON, so several files make a JSON Lines stream. Each finding keeps
 * its rule id and gains its `key` (rule and subject, stable across versions) and review mark; `counts` says
 * what the text report counts (尾差 once per cell); `comparison` is there with --compare; `notices` when the
 * reader read something otherwise than the file has it (a text cut to Excel's length).
 */
import type { Comparison } from '../engine/compare';
import { countFindings, type ReviewedReport } from '../engine/review';
import type { ReadNotice } from '../hosts/xlsx/read';

export function formatJson(
  report: ReviewedReport & { readonly file: string },
  comparison?: Comparison,
  notices: readonly ReadNotice[] = [],
): string {
  return JSON.stringify({
    ...report,
    counts: countFindings(report.findings),
    ...(comparison ? { comparison } : {}),
    ...(notices.length > 0 ? { notices } : {}),
  });
}

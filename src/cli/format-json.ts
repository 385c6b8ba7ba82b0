/** One workbook's report as one line of JSON, so several files make a JSON Lines stream. */
import type { CheckReport } from '../engine/report';

export function formatJson(report: CheckReport & { readonly file: string }): string {
  return JSON.stringify(report);
}

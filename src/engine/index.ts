/** The engine's public face: a snapshot in, a report out. Pure: no Office, no DOM, no file system. */
import { runCheck, type CheckOptions } from './check';
import { applyReview, reviewFromSnapshot, type ReviewedReport } from './review';
import type { WorkbookSnapshot } from './snapshot';

export * from './snapshot';
export * from './report';
export { CATALOG } from './catalog';
export type { Relation, Shape, CellSelector } from './catalog';
export { runCheck, type CheckOptions, type CheckResult } from './check';
export { tableLabel } from './describe';
export { TABLE_IDS, TABLE_NAMES } from './recognize/titles';
export type { TableId } from './model';
export * as derive from './derive';
export * as shares from './shares';
export * as narrative from './narrative';
export * as explain from './explain';

/**
 * Checks a workbook: every table found, every relationship evaluated, the likely wrong cells ranked, and the
 * review marks its 审核报告 sheet carries applied (an explained 提示 is shown, not counted).
 */
export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): ReviewedReport {
  return applyReview(runCheck(snapshot, options).report, reviewFromSnapshot(snapshot));
}

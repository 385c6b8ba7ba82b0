/** The Office host as the task pane and the ribbon command use it: each call is one `Excel.run`. */
import type { CellsToMark } from '../../engine/explain';
import type { FindingCell } from '../../engine/report';
import { checkAndMark, type CheckOutcome } from './check';
import { officeFeatures } from './features';
import { clearMarks, type ClearOutcome } from './marks';
import { markRelation, type RelationMarkOutcome } from './relation-marks';
import { loadReview } from './review-store';
import type { ReviewState } from '../../engine/review';
import { runExcel } from './run';
import { selectCells, type SelectOutcome } from './select';

export type { CheckOutcome } from './check';
export type { CapabilityId, CapabilityStatus } from './features';
export type { ClearOutcome, MarkOutcome } from './marks';
export type { RelationMarkOutcome } from './relation-marks';
export type { SelectOutcome } from './select';
export { officeCapabilities } from './features';
export { followSelection } from './follow-selection';
export { MarkWriteError } from './marks';
export { FillWriteError } from './fill';

export function checkInExcel(): Promise<CheckOutcome> {
  return runExcel((context) => checkAndMark(context, officeFeatures()));
}

/** As checkInExcel, with the reviewer's marks kept in the workbook, in the same run (the ribbon's verdict). */
export function checkWithReviewInExcel(): Promise<CheckOutcome & { readonly review: ReviewState }> {
  return runExcel(async (context) => {
    const outcome = await checkAndMark(context, officeFeatures());
    return { ...outcome, review: await loadReview(context) };
  });
}

export function clearInExcel(): Promise<ClearOutcome> {
  return runExcel((context) => clearMarks(context, officeFeatures()));
}

/** Jumps to the cells; a hidden sheet is shown first only when `show` (the user said so). */
export function selectInExcel(cells: readonly FindingCell[], show = false): Promise<SelectOutcome> {
  return runExcel((context) => selectCells(context, cells, officeFeatures(), { show }));
}

/** Marks one relationship's cells in its two colours, replacing the previous relationship's marks. */
export function markRelationInExcel(cells: CellsToMark): Promise<RelationMarkOutcome> {
  return runExcel((context) => markRelation(context, cells, officeFeatures()));
}

/** One `Excel.run` that does nothing: afterwards the capabilities know which run options office.js reads. */
export function probeRunOptions(): Promise<void> {
  return runExcel(async () => undefined);
}

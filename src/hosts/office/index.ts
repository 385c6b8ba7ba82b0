/** The Office host as the task pane and the ribbon command use it: each call is one `Excel.run`. */
import type { CellsToMark } from '../../engine/explain';
import type { FindingCell } from '../../engine/report';
import { checkAndMark, type CheckOutcome } from './check';
import { officeFeatures } from './features';
import { clearMarks, type ClearOutcome } from './marks';
import { markRelation, type RelationMarkOutcome } from './relation-marks';
import { selectCells } from './select';

export type { CheckOutcome } from './check';
export type { ClearOutcome, MarkOutcome } from './marks';
export type { RelationMarkOutcome } from './relation-marks';
export { followSelection } from './follow-selection';

export function checkInExcel(): Promise<CheckOutcome> {
  return Excel.run((context) => checkAndMark(context, officeFeatures()));
}

export function clearInExcel(): Promise<ClearOutcome> {
  return Excel.run((context) => clearMarks(context, officeFeatures()));
}

export function selectInExcel(cells: readonly FindingCell[]): Promise<void> {
  return Excel.run((context) => selectCells(context, cells, officeFeatures()));
}

/** Marks one relationship's cells in its two colours, replacing the previous relationship's marks. */
export function markRelationInExcel(cells: CellsToMark): Promise<RelationMarkOutcome> {
  return Excel.run((context) => markRelation(context, cells, officeFeatures()));
}

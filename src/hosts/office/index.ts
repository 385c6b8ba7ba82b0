/** The Office host as the task pane and the ribbon command use it: each call is one `Excel.run`. */
import type { FindingCell } from '../../engine/report';
import { checkAndMark, type CheckOutcome } from './check';
import { officeFeatures } from './features';
import { clearMarks, type ClearOutcome } from './marks';
import { selectCells } from './select';

export type { CheckOutcome } from './check';
export type { ClearOutcome, MarkOutcome } from './marks';

export function checkInExcel(): Promise<CheckOutcome> {
  return Excel.run((context) => checkAndMark(context, officeFeatures()));
}

export function clearInExcel(): Promise<ClearOutcome> {
  return Excel.run((context) => clearMarks(context, officeFeatures()));
}

export function selectInExcel(cells: readonly FindingCell[]): Promise<void> {
  return Excel.run((context) => selectCells(context, cells, officeFeatures()));
}

/** The 填充 view inside Excel: read and write the open workbook through the Office fill adapter. */
import { useRef } from 'react';
import {
  fillInExcel,
  fillIsOneUndoStep,
  readWorkbookInExcel,
  revertFillInExcel,
  type RevertRecord,
} from '../../hosts/office/fill';
import type { FillHost } from './fill-host';

/** Excel has one document for the pane's whole life. */
const OPEN_WORKBOOK = {};

/** `check` re-checks (and re-marks) the workbook after a write, updating the pane's report. */
export function useExcelFill(check: () => Promise<void>): FillHost {
  // In memory for this session; without it 撤销填充 uses the record saved in the workbook's settings.
  const record = useRef<RevertRecord>();
  return {
    document: OPEN_WORKBOOK,
    read: readWorkbookInExcel,
    // The workbook may hold an earlier session's record, so 撤销填充 is always offered.
    canRevert: true,
    // Whether Ctrl+Z takes a fill back in one step here (hosts/office/fill.ts); unknown until Office is ready.
    get singleUndo() {
      return fillIsOneUndoStep();
    },
    async apply(plan) {
      const outcome = await fillInExcel(plan);
      if (outcome.kind === 'applied' && outcome.written > 0) {
        record.current = outcome.revert;
        await check();
      }
      return outcome;
    },
    async revert() {
      const outcome = await revertFillInExcel(record.current);
      if (outcome.kind === 'reverted') {
        record.current = undefined;
        await check();
      }
      return outcome;
    },
  };
}

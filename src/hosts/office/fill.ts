/**
 * Filling inside Excel: apply a fill plan, and 撤销填充. Each is three syncs whatever the number of cells:
 * the sheets (and the saved revert record); the target cells' values, text, formulas and number formats;
 * the writes. Where ExcelApi 1.20 is there, `fillInExcel` runs as one undo group, so Ctrl+Z takes the whole
 * fill back; 撤销填充 works everywhere from the revert record, kept in memory and in the workbook's settings
 * (so it survives closing the task pane). A protected sheet stops the fill before anything is written.
 */
import type { FillPlan } from '../../engine/derive';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import {
  decideApply,
  decideRevert,
  type CellPut,
  type CellState,
  type RevertRecord,
  type Skipped,
} from './fill-plan';
import { officeFeatures, type IsSetSupported } from './features';
import type { ProtectedOutcome } from './marks';
import { readSnapshot } from './read';
import { loadSheets } from './sheets';

export type { CellState, RevertRecord, Skipped } from './fill-plan';

/** The workbook setting that holds the last fill's revert record. */
export const REVERT_SETTING = 'budget-check.fill-revert';

export type ApplyOutcome =
  | {
      readonly kind: 'applied';
      readonly written: number;
      /** Cells changed since the preview: left alone. */
      readonly skipped: readonly Skipped[];
      readonly revert: RevertRecord;
    }
  | ProtectedOutcome;

export type RevertOutcome =
  | { readonly kind: 'reverted'; readonly restored: number; readonly skipped: readonly Skipped[] }
  | { readonly kind: 'nothing-to-revert' }
  | ProtectedOutcome;

type Cell = { readonly sheet: string; readonly address: string };

function protectedSheets(sheets: readonly Excel.Worksheet[], cells: readonly Cell[]): string[] {
  const wanted = new Set(cells.map((c) => c.sheet));
  return sheets.filter((s) => wanted.has(s.name) && s.protection.protected).map((s) => s.name);
}

/** Queues the loads of the cells; the states are read after the caller's sync. */
function queueStates(context: Excel.RequestContext, cells: readonly Cell[]): () => CellState[] {
  const ranges = cells.map((c) => ({
    ...c,
    range: context.workbook.worksheets
      .getItem(c.sheet)
      .getRange(c.address)
      .load('values,text,formulas,numberFormat'),
  }));
  return () =>
    ranges.map(({ sheet, address, range }) => ({
      sheet,
      address,
      value: range.values[0][0] as CellState['value'],
      text: range.text[0][0],
      formula: range.formulas[0][0] as CellState['formula'],
      numberFormat: String(range.numberFormat[0][0] ?? ''),
    }));
}

function queuePuts(context: Excel.RequestContext, puts: readonly CellPut[]): void {
  for (const put of puts) {
    const range = context.workbook.worksheets.getItem(put.sheet).getRange(put.address);
    // The format first, so a restored text amount stays text.
    if (put.numberFormat !== undefined) range.numberFormat = [[put.numberFormat]];
    range.formulas = [[put.content]];
  }
}

export async function applyFill(context: Excel.RequestContext, plan: FillPlan): Promise<ApplyOutcome> {
  const sheets = await loadSheets(context);
  const locked = protectedSheets(sheets, plan.changes);
  if (locked.length > 0) return { kind: 'protected', sheets: locked };
  const states = queueStates(context, plan.changes);
  await context.sync();
  const decision = decideApply(plan, states());
  queuePuts(context, decision.puts);
  // Nothing written keeps the previous fill's record, so it can still be reverted.
  if (decision.puts.length > 0)
    context.workbook.settings.add(REVERT_SETTING, JSON.stringify(decision.revert));
  await context.sync();
  return {
    kind: 'applied',
    written: decision.written.length,
    skipped: decision.skipped,
    revert: decision.revert,
  };
}

/** Reverts `record`, or the one saved in the workbook when none is given. */
export async function revertFill(
  context: Excel.RequestContext,
  record?: RevertRecord,
): Promise<RevertOutcome> {
  const saved = context.workbook.settings.getItemOrNullObject(REVERT_SETTING).load('value');
  const sheets = await loadSheets(context);
  const last = record ?? (saved.isNullObject ? undefined : (JSON.parse(String(saved.value)) as RevertRecord));
  if (!last || last.cells.length === 0) return { kind: 'nothing-to-revert' };
  const locked = protectedSheets(sheets, last.cells);
  if (locked.length > 0) return { kind: 'protected', sheets: locked };
  const states = queueStates(context, last.cells);
  await context.sync();
  const decision = decideRevert(last, states());
  queuePuts(context, decision.puts);
  if (!saved.isNullObject) saved.delete();
  await context.sync();
  return { kind: 'reverted', restored: decision.restored, skipped: decision.skipped };
}

/** ExcelApi 1.20 merges a batch into one undo step. */
export function undoGroupSupported(isSetSupported: IsSetSupported): boolean {
  return isSetSupported('ExcelApi', '1.20');
}

/** The task pane's 预览 reads the workbook as the check does (two syncs). */
export function readWorkbookInExcel(): Promise<WorkbookSnapshot> {
  return Excel.run((context) => readSnapshot(context, officeFeatures()));
}

/** The task pane's 应用: one `Excel.run`, one undo step where Excel supports it. */
export function fillInExcel(plan: FillPlan): Promise<ApplyOutcome> {
  const merge = undoGroupSupported((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  return Excel.run({ mergeUndoGroup: merge }, (context) => applyFill(context, plan));
}

/** The task pane's 撤销填充. */
export function revertFillInExcel(record?: RevertRecord): Promise<RevertOutcome> {
  return Excel.run((context) => revertFill(context, record));
}

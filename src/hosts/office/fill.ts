/**
 * Filling inside Excel: apply a fill plan, and 撤销填充. Each is three syncs for a usual fill: the sheets (and
 * the saved revert record); the target cells' values, text, formulas and number formats; the writes. A
 * larger fill takes more, every request and response sized against Excel's 5 MB limit. If a write fails
 * part-way, the cells already written are put back (`FillWriteError` says whether that worked), so a fill
 * completes or leaves the workbook as it was. A protected sheet stops the fill before anything is written.
 *
 * Where Excel has ExcelApi 1.20 and the loaded office.js reads `mergeUndoGroup`, the fill is one undo step;
 * the npm copy of office.js does not read it, so Ctrl+Z then undoes a fill sync by sync, and the outcome
 * says so (`oneUndoStep`). 撤销填充 works everywhere from the revert record, kept in memory and in the
 * workbook's settings (split in parts when large, so it survives closing the task pane).
 */
import type { FillPlan } from '../../engine/derive';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import { Batch, requestBytes } from './batch';
import {
  decideApply,
  decideRevert,
  type CellPut,
  type CellState,
  type RevertRecord,
  type Skipped,
} from './fill-plan';
import { officeCapabilities, officeFeatures, type ExcelFeatures } from './features';
import type { ProtectedOutcome } from './marks';
import { readSnapshot } from './read';
import { runExcel } from './run';
import { loadSheets } from './sheets';

export type { CellState, RevertRecord, Skipped } from './fill-plan';

/** The workbook setting that holds the last fill's revert record (or, when large, how many parts it has). */
export const REVERT_SETTING = 'budget-check.fill-revert';

/** A part of a large revert record: `budget-check.fill-revert.1` … */
export const revertPart = (n: number) => `${REVERT_SETTING}.${n}`;

/** The most one setting holds: a record larger than this is kept in parts. */
export const RECORD_PART_BYTES = 1024 * 1024;

/** A state's response estimated generously: four properties of a cell that holds a figure or a label. */
const STATE_RESPONSE_BYTES = 1024;

export type ApplyOutcome =
  | {
      readonly kind: 'applied';
      readonly written: number;
      /** Cells changed since the preview: left alone. */
      readonly skipped: readonly Skipped[];
      readonly revert: RevertRecord;
      /** One Ctrl+Z takes the whole fill back; false: Excel undoes it in steps, 撤销填充 in one. */
      readonly oneUndoStep: boolean;
    }
  | ProtectedOutcome;

export type RevertOutcome =
  | { readonly kind: 'reverted'; readonly restored: number; readonly skipped: readonly Skipped[] }
  | { readonly kind: 'nothing-to-revert' }
  | ProtectedOutcome;

/** A write failed part-way; `undone`: the cells already written were put back as they were. */
export class FillWriteError extends Error {
  constructor(
    readonly undone: boolean,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'FillWriteError';
  }
}

type Cell = { readonly sheet: string; readonly address: string };

function protectedSheets(sheets: readonly Excel.Worksheet[], cells: readonly Cell[]): string[] {
  const wanted = new Set(cells.map((c) => c.sheet));
  return sheets.filter((s) => wanted.has(s.name) && s.protection.protected).map((s) => s.name);
}

/** The cells' states, in as many syncs as the limits take (one for a usual fill). */
async function readStates(context: Excel.RequestContext, cells: readonly Cell[]): Promise<CellState[]> {
  const batch = new Batch(context);
  const ranges: { cell: Cell; range: Excel.Range }[] = [];
  const worksheets = context.workbook.worksheets;
  for (const cell of cells) {
    await batch.add(
      requestBytes(3, cell.sheet, cell.address),
      () => {
        const range = worksheets.getItem(cell.sheet).getRange(cell.address);
        ranges.push({ cell, range: range.load('values,text,formulas,numberFormat') });
      },
      STATE_RESPONSE_BYTES,
    );
  }
  await batch.flush();
  return ranges.map(({ cell, range }) => ({
    sheet: cell.sheet,
    address: cell.address,
    value: range.values[0][0] as CellState['value'],
    text: range.text[0][0],
    formula: range.formulas[0][0] as CellState['formula'],
    numberFormat: String(range.numberFormat[0][0] ?? ''),
  }));
}

/** The request of one put: the cell, up to two formats and the content. */
function putBytes(put: CellPut): number {
  return requestBytes(5, put.sheet, put.address, put.numberFormat ?? '', put.content, put.finalFormat ?? '');
}

function queuePut(context: Excel.RequestContext, put: CellPut): void {
  const range = context.workbook.worksheets.getItem(put.sheet).getRange(put.address);
  if (put.numberFormat !== undefined) range.numberFormat = [[put.numberFormat]];
  range.formulas = [[put.content]];
  if (put.finalFormat !== undefined) range.numberFormat = [[put.finalFormat]];
}

/** One call queued through a batch: its estimated request bytes and what it queues. */
export interface Write {
  readonly bytes: number;
  readonly queue: () => void;
}

/**
 * Writes `puts`, then `more` (the revert record), in batches. If a sync fails, the cells of the puts sent so
 * far that hold what was put get back what `record` says they held; `FillWriteError` tells whether that worked.
 */
export async function writePuts(
  context: Excel.RequestContext,
  puts: readonly CellPut[],
  record: RevertRecord,
  more: readonly Write[] = [],
): Promise<void> {
  const batch = new Batch(context);
  let sent = 0;
  try {
    for (const put of puts) {
      await batch.add(putBytes(put), () => queuePut(context, put));
      sent++;
    }
    for (const write of more) await batch.add(write.bytes, write.queue);
    await batch.flush();
  } catch (error) {
    const attempted = new Set(puts.slice(0, sent).map((p) => `${p.sheet}!${p.address}`));
    const undo = { ...record, cells: record.cells.filter((c) => attempted.has(`${c.sheet}!${c.address}`)) };
    try {
      const back = decideRevert(undo, await readStates(context, undo.cells));
      const restore = new Batch(context);
      for (const put of back.puts) await restore.add(putBytes(put), () => queuePut(context, put));
      await restore.flush();
    } catch {
      throw new FillWriteError(false, error);
    }
    throw new FillWriteError(true, error);
  }
}

/** The saved record: its first setting, and (in `parts`) how many more hold the rest. */
interface SavedRecord {
  readonly header: Excel.Setting;
  readonly parts: () => number;
}

function queueSavedRecord(context: Excel.RequestContext): SavedRecord {
  const header = context.workbook.settings.getItemOrNullObject(REVERT_SETTING).load('value');
  return {
    header,
    parts: () => {
      if (header.isNullObject) return 0;
      const parsed = JSON.parse(String(header.value)) as { parts?: number };
      return parsed.parts ?? 0;
    },
  };
}

/** `text` cut into pieces of at most `bytes` in UTF-8, never inside a character. */
export function splitRecord(text: string, bytes = RECORD_PART_BYTES): string[] {
  const parts: string[] = [];
  const utf8 = new TextEncoder();
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + Math.floor(bytes / 3));
    while (end < text.length && utf8.encode(text.slice(start, end + 1024)).length <= bytes) end += 1024;
    while (utf8.encode(text.slice(start, end)).length > bytes) end--;
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
}

/** The writes that save the record: its parts first, the header that names them last, so no reader sees half. */
export function recordWrites(context: Excel.RequestContext, record: RevertRecord, oldParts: number): Write[] {
  const json = JSON.stringify(record);
  const parts = json.length * 3 <= RECORD_PART_BYTES ? [] : splitRecord(json);
  const settings = context.workbook.settings;
  const header = parts.length > 0 ? JSON.stringify({ mode: record.mode, parts: parts.length }) : json;
  return [
    ...parts.map((part, i) => ({
      bytes: requestBytes(2, revertPart(i + 1), part),
      queue: () => settings.add(revertPart(i + 1), part),
    })),
    { bytes: requestBytes(2, REVERT_SETTING, header), queue: () => settings.add(REVERT_SETTING, header) },
    ...Array.from({ length: Math.max(0, oldParts - parts.length) }, (_, i) => ({
      bytes: requestBytes(3),
      queue: () => settings.getItemOrNullObject(revertPart(parts.length + i + 1)).delete(),
    })),
  ];
}

/** The saved record, read (its parts in one more sync, or as many as their size takes). */
async function loadRecord(
  context: Excel.RequestContext,
  saved: SavedRecord,
): Promise<RevertRecord | undefined> {
  if (saved.header.isNullObject) return undefined;
  const count = saved.parts();
  if (count === 0) return JSON.parse(String(saved.header.value)) as RevertRecord;
  const batch = new Batch(context);
  const parts: Excel.Setting[] = [];
  for (let n = 1; n <= count; n++) {
    await batch.add(
      requestBytes(3),
      () => parts.push(context.workbook.settings.getItem(revertPart(n)).load('value')),
      RECORD_PART_BYTES,
    );
  }
  await batch.flush();
  return JSON.parse(parts.map((p) => String(p.value)).join('')) as RevertRecord;
}

export async function applyFill(
  context: Excel.RequestContext,
  plan: FillPlan,
  features: Pick<ExcelFeatures, 'undoGroup'> = { undoGroup: false },
): Promise<ApplyOutcome> {
  const saved = queueSavedRecord(context);
  const sheets = await loadSheets(context);
  const locked = protectedSheets(sheets, plan.changes);
  if (locked.length > 0) return { kind: 'protected', sheets: locked };
  const decision = decideApply(plan, await readStates(context, plan.changes));
  // Nothing written keeps the previous fill's record, so it can still be reverted.
  const record = decision.puts.length > 0 ? recordWrites(context, decision.revert, saved.parts()) : [];
  await writePuts(context, decision.puts, decision.revert, record);
  return {
    kind: 'applied',
    written: decision.written.length,
    skipped: decision.skipped,
    revert: decision.revert,
    oneUndoStep: features.undoGroup,
  };
}

/** Reverts `record`, or the one saved in the workbook when none is given. */
export async function revertFill(
  context: Excel.RequestContext,
  record?: RevertRecord,
): Promise<RevertOutcome> {
  const saved = queueSavedRecord(context);
  const sheets = await loadSheets(context);
  const last = record ?? (await loadRecord(context, saved));
  if (!last || last.cells.length === 0) return { kind: 'nothing-to-revert' };
  const locked = protectedSheets(sheets, last.cells);
  if (locked.length > 0) return { kind: 'protected', sheets: locked };
  const decision = decideRevert(last, await readStates(context, last.cells));
  const parts = saved.parts();
  const batch = new Batch(context);
  for (const put of decision.puts) await batch.add(putBytes(put), () => queuePut(context, put));
  if (!saved.header.isNullObject) await batch.add(requestBytes(2), () => saved.header.delete());
  for (let n = 1; n <= parts; n++) {
    await batch.add(requestBytes(3), () =>
      context.workbook.settings.getItemOrNullObject(revertPart(n)).delete(),
    );
  }
  await batch.flush();
  return { kind: 'reverted', restored: decision.restored, skipped: decision.skipped };
}

/** The task pane's 预览 reads the workbook as the check does. */
export function readWorkbookInExcel(): Promise<WorkbookSnapshot> {
  return runExcel((context) => readSnapshot(context, officeFeatures()));
}

/**
 * Whether a fill here is one undo step: undefined until the first `Excel.run` has shown what the loaded
 * office.js reads (the preview's read is one).
 */
export function fillIsOneUndoStep(): boolean | undefined {
  const status = officeCapabilities().find((c) => c.id === 'undoGroup')!;
  return status.runtime === undefined && status.excel ? undefined : status.used;
}

/** The task pane's 应用: one `Excel.run`, one undo step where Excel and office.js both support it. */
export function fillInExcel(plan: FillPlan): Promise<ApplyOutcome> {
  const features = officeFeatures();
  return runExcel((context) => applyFill(context, plan, features), { oneUndoStep: features });
}

/** The task pane's 撤销填充. */
export function revertFillInExcel(record?: RevertRecord): Promise<RevertOutcome> {
  return runExcel((context) => revertFill(context, record));
}

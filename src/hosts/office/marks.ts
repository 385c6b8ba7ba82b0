/**
 * Marks finding cells and clears those marks. A mark is a conditional format whose formula is always TRUE
 * and carries our tag, plus (ExcelApi 1.18) a note starting with `NOTE_TAG`: the cells' own formats are
 * never touched, so clearing restores them exactly, and the tags are saved in the workbook, so clearing
 * still finds our marks (and only ours) after the workbook is closed and reopened.
 */
import { SEVERITY_COLOURS, SEVERITY_ORDER, type SeverityColour } from '../../ui-shared/severity-colours';
import type { ExcelFeatures } from './features';
import { joinAddresses, NOTE_TAG, type SheetMarks } from './mark-plan';
import { loadSheets } from './sheets';

/** In every formula of ours: clearing removes the formats whose formula contains it, and no others. */
export const MARK_TAG = 'budget-check-mark';
/** ISTEXT of a literal is always TRUE; the literal is the tag that tells our rules from the user's. */
export const MARK_FORMULA = `=ISTEXT("${MARK_TAG}")`;

export type MarkOutcome =
  | {
      readonly kind: 'marked';
      readonly cells: number;
      readonly notes: number;
      /** Cells that already had a note of the user's, which we leave alone. */
      readonly notesSkipped: number;
      readonly notesSupported: boolean;
    }
  | ProtectedOutcome;

export type ClearOutcome =
  { readonly kind: 'cleared'; readonly formats: number; readonly notes: number } | ProtectedOutcome;

/** Nothing was written: these sheets are protected and would have been marked or cleared. */
export interface ProtectedOutcome {
  readonly kind: 'protected';
  readonly sheets: readonly string[];
}

export interface OwnMarks {
  readonly formats: readonly { readonly sheet: string; readonly format: Excel.ConditionalFormat }[];
  readonly notes: readonly { readonly sheet: string; readonly note: Excel.Note }[];
  /** Sheets holding notes that are not ours: a new note there may collide with one. */
  readonly sheetsWithUserNotes: ReadonlySet<string>;
}

/** Queues the loads that find our marks on every sheet; `collect` reads them after the caller's sync. */
export function queueOwnMarks(
  sheets: readonly Excel.Worksheet[],
  features: ExcelFeatures,
): { collect(): OwnMarks } {
  const loads = sheets.map((sheet) => ({
    sheet: sheet.name,
    formats: sheet.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'),
    notes: features.notes ? sheet.notes.load('items/content') : undefined,
  }));
  return {
    collect: () => ({
      formats: loads.flatMap((load) =>
        load.formats.items.filter(isOurFormat).map((format) => ({ sheet: load.sheet, format })),
      ),
      notes: loads.flatMap((load) =>
        (load.notes?.items ?? []).filter(isOurNote).map((note) => ({ sheet: load.sheet, note })),
      ),
      sheetsWithUserNotes: new Set(
        loads.filter((load) => load.notes?.items.some((note) => !isOurNote(note))).map((load) => load.sheet),
      ),
    }),
  };
}

function isOurNote(note: Excel.Note): boolean {
  return note.content.includes(NOTE_TAG);
}

function isOurFormat(format: Excel.ConditionalFormat): boolean {
  return (
    format.type === 'Custom' &&
    !format.customOrNullObject.isNullObject &&
    format.customOrNullObject.rule.formula.includes(MARK_TAG)
  );
}

/** Marks one sync after `queueOwnMarks`'s (two if the user has notes of their own on the marked sheets). */
export async function writeMarks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  own: OwnMarks,
  plan: readonly SheetMarks[],
  features: ExcelFeatures,
): Promise<MarkOutcome> {
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const targets = plan.filter((marks) => byName.has(marks.sheet));
  const locked = protectedAmong(byName, [...targets.map((t) => t.sheet), ...sheetsOf(own)]);
  if (locked.length > 0) return { kind: 'protected', sheets: locked };

  const taken = features.notes
    ? await cellsWithNotes(
        context,
        targets.filter((t) => own.sheetsWithUserNotes.has(t.sheet)),
        byName,
      )
    : new Set<string>();
  removeOwnMarks(own);
  let cells = 0;
  let notes = 0;
  for (const target of targets) {
    const sheet = byName.get(target.sheet)!;
    for (const severity of SEVERITY_ORDER) {
      const addresses = target.cells.filter((c) => c.severity === severity).map((c) => c.address);
      for (const range of rangesOf(sheet, addresses, features)) addMark(range, SEVERITY_COLOURS[severity]);
      cells += addresses.length;
    }
    if (!features.notes) continue;
    for (const cell of target.cells) {
      if (taken.has(cellKey(target.sheet, cell.address))) continue;
      sheet.notes.add(cell.address, cell.note);
      notes++;
    }
  }
  await context.sync();
  return {
    kind: 'marked',
    cells,
    notes,
    notesSkipped: features.notes ? cells - notes : 0,
    notesSupported: features.notes,
  };
}

/** Three syncs: the sheets, their conditional formats and notes, the deletions. */
export async function clearMarks(
  context: Excel.RequestContext,
  features: ExcelFeatures,
): Promise<ClearOutcome> {
  const sheets = await loadSheets(context);
  const pending = queueOwnMarks(sheets, features);
  await context.sync();
  const own = pending.collect();
  const locked = protectedAmong(new Map(sheets.map((s) => [s.name, s])), sheetsOf(own));
  if (locked.length > 0) return { kind: 'protected', sheets: locked };
  removeOwnMarks(own);
  await context.sync();
  return { kind: 'cleared', formats: own.formats.length, notes: own.notes.length };
}

function sheetsOf(own: OwnMarks): string[] {
  return [...own.formats, ...own.notes].map((mark) => mark.sheet);
}

export function protectedAmong(
  byName: ReadonlyMap<string, Excel.Worksheet>,
  names: readonly string[],
): string[] {
  return [...new Set(names)].filter((name) => byName.get(name)?.protection.protected);
}

function removeOwnMarks(own: OwnMarks): void {
  for (const { format } of own.formats) format.delete();
  for (const { note } of own.notes) note.delete();
}

/** Cells among the targets that already hold a note of the user's (ours are deleted before adding). */
async function cellsWithNotes(
  context: Excel.RequestContext,
  targets: readonly SheetMarks[],
  byName: ReadonlyMap<string, Excel.Worksheet>,
): Promise<Set<string>> {
  if (targets.length === 0) return new Set();
  const lookups = targets.flatMap((target) =>
    target.cells.map((cell) => ({
      key: cellKey(target.sheet, cell.address),
      note: byName.get(target.sheet)!.notes.getItemOrNullObject(cell.address).load('content'),
    })),
  );
  await context.sync();
  return new Set(
    lookups
      .filter(({ note }) => !note.isNullObject && !note.content.includes(NOTE_TAG))
      .map(({ key }) => key),
  );
}

function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

/** Multi-area ranges where Excel has them (chunked to short addresses), else one range per cell. */
export function rangesOf(
  sheet: Excel.Worksheet,
  addresses: readonly string[],
  features: ExcelFeatures,
): (Excel.Range | Excel.RangeAreas)[] {
  return features.rangeAreas
    ? joinAddresses(addresses).map((chunk) => sheet.getRanges(chunk))
    : addresses.map((address) => sheet.getRange(address));
}

/** A tagged always-true conditional format in `colour`; `formula` must contain MARK_TAG. */
export function addMark(
  range: Excel.Range | Excel.RangeAreas,
  colour: SeverityColour,
  formula: string = MARK_FORMULA,
): void {
  const format = range.conditionalFormats.add('Custom');
  format.custom.rule.formula = formula;
  format.custom.format.fill.color = colour.fill;
  format.custom.format.font.color = colour.text;
}

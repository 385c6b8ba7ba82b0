/**
 * Marks finding cells and clears those marks. A mark is a conditional format whose formula is always TRUE
 * and carries our tag, plus a note or comment starting with `NOTE_TAG` (see annotations.ts): the cells' own
 * formats are never touched, so clearing restores them exactly, and the tags are saved in the workbook, so
 * clearing still finds our marks (and only ours) after the workbook is closed and reopened.
 *
 * Replacing marks never leaves half of them: the new marks (tagged with a generation of their own) are all
 * added before any old one is removed, every batch sized against Excel's 5 MB request limit. If a sync fails,
 * what is there is read back: new marks complete → the old ones are removed; incomplete → the new ones are,
 * and the old marks stand as they were (`MarkWriteError` says which, and why).
 */
import { SEVERITY_COLOURS, SEVERITY_ORDER, type SeverityColour } from '../../ui-shared/severity-colours';
import {
  addAnnotation,
  annotationKind,
  cellOf,
  isOurs,
  queueAnnotations,
  type Annotation,
  type AnnotationKind,
  type SheetAnnotations,
} from './annotations';
import { Batch, requestBytes } from './batch';
import type { ExcelFeatures } from './features';
import { joinAddresses, type SheetMarks } from './mark-plan';
import { loadSheets } from './sheets';

/** In every formula of ours: clearing removes the formats whose formula contains it, and no others. */
export const MARK_TAG = 'budget-check-mark';

export type MarkFamily = 'finding' | 'relation';

const FAMILY_TAGS: Readonly<Record<MarkFamily, string>> = {
  finding: MARK_TAG,
  relation: `${MARK_TAG}:relation`,
};

/**
 * ISTEXT of a literal is always TRUE; the literal is the tag that tells our rules from the user's, which
 * family they are (a check's findings, or the relationship on show), and which write made them.
 */
export function markFormula(family: MarkFamily, generation: string): string {
  return `=ISTEXT("${FAMILY_TAGS[family]}#${generation}")`;
}

/** The family of one of our formulas (an older one without a generation too); undefined: not ours. */
export function familyOf(formula: string): MarkFamily | undefined {
  if (formula.includes(FAMILY_TAGS.relation)) return 'relation';
  if (formula.includes(MARK_TAG)) return 'finding';
  return undefined;
}

let generations = 0;

/** A token that tells one write's marks from every other's. */
export function newGeneration(): string {
  return `${Date.now().toString(36)}${(generations++).toString(36)}`;
}

export type MarkOutcome =
  | {
      readonly kind: 'marked';
      readonly cells: number;
      /** Cells given a note or comment. */
      readonly notes: number;
      /** Cells that already had a note or comment of the user's, which we leave alone. */
      readonly notesSkipped: number;
      /** The marks carry their findings as text (`annotations`), not only a colour. */
      readonly notesSupported: boolean;
      readonly annotations: AnnotationKind | 'none';
    }
  | ProtectedOutcome;

export type ClearOutcome =
  { readonly kind: 'cleared'; readonly formats: number; readonly notes: number } | ProtectedOutcome;

/** Nothing was written: these sheets are protected and would have been marked or cleared. */
export interface ProtectedOutcome {
  readonly kind: 'protected';
  readonly sheets: readonly string[];
}

/** Marking failed. `left`: the old marks stand unchanged (`old`), or some of each are there (`partial`). */
export class MarkWriteError extends Error {
  constructor(
    readonly left: 'old' | 'partial',
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'MarkWriteError';
  }
}

export interface OwnMarks {
  readonly formats: readonly { readonly sheet: string; readonly format: Excel.ConditionalFormat }[];
  /** Our notes or comments. */
  readonly annotations: readonly { readonly sheet: string; readonly annotation: Annotation }[];
  /** Every note or comment of each sheet, ours and the user's. */
  readonly loaded: readonly SheetAnnotations[];
}

/**
 * Queues the loads that find our marks on every sheet (with the notes or comments, unless
 * `withAnnotations` is false); `collect` reads them after the caller's sync.
 */
export function queueOwnMarks(
  sheets: readonly Excel.Worksheet[],
  features: ExcelFeatures,
  withAnnotations = true,
): { collect(): OwnMarks } {
  const loads = sheets.map((sheet) => ({
    sheet: sheet.name,
    formats: sheet.getRange().conditionalFormats.load('items/type,items/customOrNullObject/rule/formula'),
    annotations: withAnnotations ? queueAnnotations(sheet, features) : undefined,
  }));
  return {
    collect: () => {
      const loaded = loads.flatMap((load) => (load.annotations ? [load.annotations] : []));
      return {
        formats: loads.flatMap((load) =>
          load.formats.items.filter(isOurFormat).map((format) => ({ sheet: load.sheet, format })),
        ),
        annotations: loaded.flatMap((l) =>
          l
            .items()
            .filter(isOurs)
            .map((annotation) => ({ sheet: l.sheet, annotation })),
        ),
        loaded,
      };
    },
  };
}

function formulaOf(format: Excel.ConditionalFormat): string | undefined {
  return format.type === 'Custom' && !format.customOrNullObject.isNullObject
    ? format.customOrNullObject.rule.formula
    : undefined;
}

function isOurFormat(format: Excel.ConditionalFormat): boolean {
  const formula = formulaOf(format);
  return formula !== undefined && familyOf(formula) !== undefined;
}

/** One conditional format to add: `address` is one cell, or (multi-area ranges) a list of cells. */
export interface MarkAdd {
  readonly sheet: string;
  readonly address: string;
  readonly colour: SeverityColour;
}

/** Everything one replacement writes, in the order it is written. */
export interface MarkReplacement {
  readonly family: MarkFamily;
  readonly formula: string;
  readonly adds: readonly MarkAdd[];
  readonly annotationAdds: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly content: string;
  }[];
  /** Our earlier note or comment on a cell marked again: its text is replaced, after all the adds. */
  readonly updates: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly annotation: Annotation;
    readonly content: string;
  }[];
  readonly formatRemovals: readonly { readonly format: Excel.ConditionalFormat }[];
  readonly annotationRemovals: readonly { readonly annotation: Annotation }[];
}

/** Marks one sync after `queueOwnMarks`'s (one more if notes or comments are on the marked sheets). */
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

  const kind = annotationKind(features);
  const onCells = kind ? await locate(context, own, new Set(targets.map((t) => t.sheet))) : new Map();
  const formula = markFormula('finding', newGeneration());
  const adds: MarkAdd[] = [];
  const annotationAdds: MarkReplacement['annotationAdds'][number][] = [];
  const updates: MarkReplacement['updates'][number][] = [];
  let cells = 0;
  let skipped = 0;
  for (const target of targets) {
    for (const severity of SEVERITY_ORDER) {
      const addresses = target.cells.filter((c) => c.severity === severity).map((c) => c.address);
      for (const address of markAddresses(addresses, features)) {
        adds.push({ sheet: target.sheet, address, colour: SEVERITY_COLOURS[severity] });
      }
      cells += addresses.length;
    }
    if (!kind) continue;
    for (const cell of target.cells) {
      const there = onCells.get(cellKey(target.sheet, cell.address));
      if (!there) annotationAdds.push({ sheet: target.sheet, address: cell.address, content: cell.note });
      else if (there.ours) {
        updates.push({
          sheet: target.sheet,
          address: cell.address,
          annotation: there.annotation,
          content: cell.note,
        });
      } else skipped++;
    }
  }
  const updated = new Set(updates.map((u) => u.annotation));
  await replaceMarks(
    context,
    byName,
    {
      family: 'finding',
      formula,
      adds,
      annotationAdds,
      updates,
      formatRemovals: own.formats,
      annotationRemovals: own.annotations.filter((a) => !updated.has(a.annotation)),
    },
    features,
  );
  return {
    kind: 'marked',
    cells,
    notes: annotationAdds.length + updates.length,
    notesSkipped: skipped,
    notesSupported: kind !== undefined,
    annotations: kind ?? 'none',
  };
}

/** The request of adding one mark: the range, the format's parts, the rule and two colours (11 calls). */
function markBytes(add: MarkAdd, formula: string): number {
  return requestBytes(11, add.address, formula, add.colour.fill, add.colour.text);
}

/**
 * Writes `replacement`: the adds, then the removals and text updates, in as many syncs as the request
 * limit takes. After a failed sync it puts things right (see the module comment) or throws `MarkWriteError`.
 */
export async function replaceMarks(
  context: Excel.RequestContext,
  byName: ReadonlyMap<string, Excel.Worksheet>,
  replacement: MarkReplacement,
  features: ExcelFeatures,
): Promise<void> {
  const batch = new Batch(context);
  const sheetOf = (name: string) => byName.get(name)!;
  try {
    for (const add of replacement.adds) {
      await batch.add(markBytes(add, replacement.formula), () =>
        addMark(rangeAt(sheetOf(add.sheet), add.address, features), add.colour, replacement.formula),
      );
    }
    for (const a of replacement.annotationAdds) {
      await batch.add(requestBytes(4, a.address, a.content), () =>
        addAnnotation(sheetOf(a.sheet), a.address, a.content, features),
      );
    }
    for (const { format } of replacement.formatRemovals)
      await batch.add(requestBytes(2), () => format.delete());
    for (const { annotation } of replacement.annotationRemovals) {
      await batch.add(requestBytes(2), () => annotation.delete());
    }
    for (const update of replacement.updates) {
      await batch.add(requestBytes(2, update.content), () => {
        update.annotation.content = update.content;
      });
    }
    await batch.flush();
  } catch (error) {
    await recover(context, byName, replacement, features, error);
  }
}

/**
 * After a failed sync: reads back our formats (and notes or comments) and, if every add is there, does the
 * removals and text updates again from what is left; if not, removes what was added, before which nothing
 * was removed. Returns only when the new marks stand complete; else throws `MarkWriteError`.
 */
async function recover(
  context: Excel.RequestContext,
  byName: ReadonlyMap<string, Excel.Worksheet>,
  replacement: MarkReplacement,
  features: ExcelFeatures,
  reason: unknown,
): Promise<void> {
  const withAnnotations =
    replacement.annotationAdds.length + replacement.updates.length + replacement.annotationRemovals.length >
    0;
  const added = new Map(replacement.annotationAdds.map((a) => [cellKey(a.sheet, a.address), a.content]));
  const planned = new Map([
    ...added,
    ...replacement.updates.map((u) => [cellKey(u.sheet, u.address), u.content] as const),
  ]);
  let complete = false;
  try {
    const pending = queueOwnMarks([...byName.values()], features, withAnnotations);
    await context.sync();
    const own = pending.collect();
    const located = await locate(context, own, new Set(own.annotations.map((a) => a.sheet)));
    const ours = [...located].filter(([, there]) => there.ours);
    const inScope = own.formats.filter(
      ({ format }) => replacement.family === 'finding' || familyOf(formulaOf(format)!) === replacement.family,
    );
    const fresh = inScope.filter(({ format }) => formulaOf(format) === replacement.formula);
    const textAt = new Map(ours.map(([key, there]) => [key, there.annotation.content]));
    complete =
      fresh.length === replacement.adds.length &&
      [...added].every(([key, content]) => textAt.get(key) === content);
    const batch = new Batch(context);
    if (complete) {
      for (const { format } of inScope) {
        if (formulaOf(format) !== replacement.formula)
          await batch.add(requestBytes(2), () => format.delete());
      }
      for (const [key, { annotation }] of ours) {
        const content = planned.get(key);
        if (content === undefined) await batch.add(requestBytes(2), () => annotation.delete());
        else if (annotation.content !== content) {
          await batch.add(requestBytes(2, content), () => {
            annotation.content = content;
          });
        }
      }
    } else {
      for (const { format } of fresh) await batch.add(requestBytes(2), () => format.delete());
      for (const [key, { annotation }] of ours) {
        if (added.has(key)) await batch.add(requestBytes(2), () => annotation.delete());
      }
    }
    await batch.flush();
  } catch {
    throw new MarkWriteError('partial', reason);
  }
  if (!complete) throw new MarkWriteError('old', reason);
}

/** Three syncs: the sheets, their conditional formats and notes or comments, the deletions. */
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
  const batch = new Batch(context);
  for (const { format } of own.formats) await batch.add(requestBytes(2), () => format.delete());
  for (const { annotation } of own.annotations) await batch.add(requestBytes(2), () => annotation.delete());
  await batch.flush();
  return { kind: 'cleared', formats: own.formats.length, notes: own.annotations.length };
}

function sheetsOf(own: OwnMarks): string[] {
  return [...own.formats, ...own.annotations].map((mark) => mark.sheet);
}

export function protectedAmong(
  byName: ReadonlyMap<string, Excel.Worksheet>,
  names: readonly string[],
): string[] {
  return [...new Set(names)].filter((name) => byName.get(name)?.protection.protected);
}

interface Located {
  readonly annotation: Annotation;
  readonly ours: boolean;
}

/** Cell → the note or comment on it, on `sheets` (ours and the user's): one sync, only when there are any. */
async function locate(
  context: Excel.RequestContext,
  own: OwnMarks,
  sheets: ReadonlySet<string>,
): Promise<Map<string, Located>> {
  const found = own.loaded
    .filter((l) => sheets.has(l.sheet))
    .flatMap((l) => l.items().map((annotation) => ({ sheet: l.sheet, annotation })));
  if (found.length === 0) return new Map();
  const batch = new Batch(context);
  const located: { sheet: string; annotation: Annotation; range: Excel.Range }[] = [];
  for (const f of found) {
    // The address comes back with its sheet name: at most a few hundred bytes.
    await batch.add(
      requestBytes(3),
      () => located.push({ ...f, range: f.annotation.getLocation().load('address') }),
      400,
    );
  }
  await batch.flush();
  return new Map(
    located.map((l) => [
      cellKey(l.sheet, cellOf(l.range.address)),
      { annotation: l.annotation, ours: isOurs(l.annotation) },
    ]),
  );
}

function cellKey(sheet: string, address: string): string {
  return `${sheet}!${address}`;
}

/** Multi-area lists where Excel has them (chunked to short addresses), else one cell each. */
export function markAddresses(addresses: readonly string[], features: ExcelFeatures): string[] {
  return features.rangeAreas ? joinAddresses(addresses) : [...addresses];
}

/** The range of `address` as `markAddresses` made it. */
function rangeAt(
  sheet: Excel.Worksheet,
  address: string,
  features: ExcelFeatures,
): Excel.Range | Excel.RangeAreas {
  return features.rangeAreas ? sheet.getRanges(address) : sheet.getRange(address);
}

/** A tagged always-true conditional format in `colour`; `formula` must contain MARK_TAG. */
export function addMark(
  range: Excel.Range | Excel.RangeAreas,
  colour: SeverityColour,
  formula: string,
): void {
  const format = range.conditionalFormats.add('Custom');
  format.custom.rule.formula = formula;
  format.custom.format.fill.color = colour.fill;
  format.custom.format.font.color = colour.text;
}

/**
 * The decisions of applying and reverting a fill, apart from Excel so they are tested without it. Applying
 * writes a planned cell only if it still reads as the preview saw it (the user may have typed since), and
 * records each written cell's previous content (value, text or formula, and number format) so 撤销填充 can put
 * it back exactly. Reverting restores a cell only if it still holds what the fill wrote.
 *
 * Excel parses what is written as it parses typing (`1,234.00` becomes a number, `-…` a formula), so text
 * goes back as text: the cell is formatted `@` for the write and gets its own format back after it.
 */
import { parseAmountCell, parseAmountText, type ParsedAmount } from '../../engine/amount';
import { cellWrite, type FillChange, type FillMode, type FillPlan } from '../../engine/derive';

/** A cell as Excel reports it: `formulas` holds the formula, or the constant when there is none. */
export interface CellState {
  readonly sheet: string;
  readonly address: string;
  readonly value: string | number | boolean;
  readonly text: string;
  readonly formula: string | number | boolean;
  readonly numberFormat: string;
}

/** What to set on one cell, in this order: the number format (if any), the content, the final format. */
export interface CellPut {
  readonly sheet: string;
  readonly address: string;
  /** Set first: `@` makes the content text; another format is the one the content is shown in. */
  readonly numberFormat?: string;
  /** A formula, or a constant ('' clears the cell); set through `range.formulas`. */
  readonly content: string | number | boolean;
  /** Set last: the cell's own format, where the first one was only for the write. */
  readonly finalFormat?: string;
}

/** What a cell held: a formula, text, or a number, logical or blank. */
export type ContentKind = 'formula' | 'text' | 'value';

export interface RevertRecord {
  readonly mode: FillMode;
  /** Each written cell: what it held before, and what the fill put there. */
  readonly cells: readonly {
    readonly sheet: string;
    readonly address: string;
    readonly before: {
      readonly content: string | number | boolean;
      readonly numberFormat: string;
      /** Absent in records saved before it was kept: then told from the content. */
      readonly kind?: ContentKind;
    };
    readonly after: string | number | boolean;
  }[];
}

export interface Skipped {
  readonly sheet: string;
  readonly address: string;
  /** What the cell shows now. */
  readonly now: string;
}

const key = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;

function sameAmount(a: ParsedAmount, b: ParsedAmount): boolean {
  if (a.kind === 'amount' && b.kind === 'amount') return a.value.eq(b.value);
  return a.kind === b.kind && (a.kind !== 'invalid' || (b.kind === 'invalid' && a.text === b.text));
}

/** The content the fill puts in a cell for a change: a formula, a number, or '' for a blank. */
export function contentOf(change: FillChange): string | number {
  const write = cellWrite(change);
  if (write.kind === 'formula') return write.formula;
  return write.value ?? '';
}

function isGeneral(format: string): boolean {
  return format === '' || /^general$/i.test(format);
}

const TEXT_FORMAT = '@';

/** A constant text reads the same through `values` and `formulas`; a formula's `formulas` is its source. */
export function contentKind(state: Pick<CellState, 'value' | 'formula'>): ContentKind {
  if (typeof state.formula === 'string' && state.formula !== '') {
    return state.formula === state.value ? 'text' : 'formula';
  }
  return 'value';
}

function kindOf(before: RevertRecord['cells'][number]['before']): ContentKind {
  if (before.kind) return before.kind;
  const { content } = before;
  if (typeof content !== 'string' || content === '') return 'value';
  return content.startsWith('=') ? 'formula' : 'text';
}

/** The writes that put `before` back exactly: text as text, a formula or figure outside a text format. */
function restore(cell: RevertRecord['cells'][number]): CellPut {
  const { sheet, address, before } = cell;
  const kind = kindOf(before);
  const own = before.numberFormat;
  if (kind === 'text') {
    return {
      sheet,
      address,
      numberFormat: TEXT_FORMAT,
      content: before.content,
      ...(own !== TEXT_FORMAT ? { finalFormat: own } : {}),
    };
  }
  if (own === TEXT_FORMAT)
    return { sheet, address, numberFormat: 'General', content: before.content, finalFormat: own };
  return { sheet, address, numberFormat: own, content: before.content };
}

export interface ApplyDecision {
  readonly puts: readonly CellPut[];
  readonly written: readonly FillChange[];
  readonly skipped: readonly Skipped[];
  readonly revert: RevertRecord;
}

/** `states` are the planned cells as re-read just before writing. */
export function decideApply(plan: FillPlan, states: readonly CellState[]): ApplyDecision {
  const byKey = new Map(states.map((s) => [key(s), s]));
  const puts: CellPut[] = [];
  const written: FillChange[] = [];
  const skipped: Skipped[] = [];
  const cells: RevertRecord['cells'][number][] = [];
  for (const change of plan.changes) {
    const state = byKey.get(key(change));
    if (!state) continue;
    const now = parseAmountCell({ value: state.value === '' ? null : state.value, text: state.text });
    if (!sameAmount(now, parseAmountText(change.current))) {
      skipped.push({ sheet: change.sheet, address: change.address, now: state.text });
      continue;
    }
    const content = contentOf(change);
    // A General cell takes the column's format; a text cell must lose `@`, or the figure stays text.
    const numberFormat =
      content !== '' && (isGeneral(state.numberFormat) || state.numberFormat === TEXT_FORMAT)
        ? change.numberFormat
        : undefined;
    puts.push({
      sheet: change.sheet,
      address: change.address,
      content,
      ...(numberFormat ? { numberFormat } : {}),
    });
    written.push(change);
    cells.push({
      sheet: change.sheet,
      address: change.address,
      before: { content: state.formula, numberFormat: state.numberFormat, kind: contentKind(state) },
      after: content,
    });
  }
  return { puts, written, skipped, revert: { mode: plan.mode, cells } };
}

export interface RevertDecision {
  readonly puts: readonly CellPut[];
  readonly restored: number;
  /** Cells changed since the fill: left as they are. */
  readonly skipped: readonly Skipped[];
}

/** A cell holds what the fill wrote: the same formula, or the same figure. */
function stillFilled(state: CellState, after: string | number | boolean): boolean {
  if (typeof after === 'string' && after.startsWith('=')) return state.formula === after;
  if (after === '') return state.text === '' || state.value === '';
  return sameAmount(
    parseAmountCell({ value: state.value === '' ? null : state.value }),
    parseAmountCell({ value: after }),
  );
}

export function decideRevert(record: RevertRecord, states: readonly CellState[]): RevertDecision {
  const byKey = new Map(states.map((s) => [key(s), s]));
  const puts: CellPut[] = [];
  const skipped: Skipped[] = [];
  for (const cell of record.cells) {
    const state = byKey.get(key(cell));
    if (!state) continue;
    if (!stillFilled(state, cell.after)) {
      skipped.push({ sheet: cell.sheet, address: cell.address, now: state.text });
      continue;
    }
    puts.push(restore(cell));
  }
  return { puts, restored: puts.length, skipped };
}

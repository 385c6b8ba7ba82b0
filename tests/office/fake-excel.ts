/**
 * A fake of the Excel JavaScript API that refuses what Excel refuses: the objects the Office adapter uses, with
 * Office.js's batching. Calls queue; `context.sync()` runs the queue in order; a property read before the sync
 * that loads it throws; calls before a failing one stay applied, as in Excel.
 *
 * - Its surface is the shipped runtime's: every fake object answers only the members its class has in
 *   Microsoft's office.js (tests/office/runtime.ts loads it), so `sheet.notes` is `undefined` and
 *   `sheet.notes.load` a TypeError, as in Excel with the npm copy. `{ officeJs: 'cdn' }` adds what the CDN's
 *   current office.js has beyond it and the adapter uses (ExcelApi 1.18 notes, `RangeAreas.select`,
 *   `mergeUndoGroup`); `CDN_EXTRAS` lists it, and the surface test checks it against the typings.
 * - Each sync's request and response is measured (a request priced per call, calibrated against the shipped
 *   runtime's own serialisation in runtime-surface.test.ts) and refused over Excel on the web's 5 MB.
 * - Written strings are re-parsed as Excel parses typing: `1,234.00` into a General cell becomes the number
 *   1234 (shown `1,234.00`), text starting with `=` (or `+`/`-` and not a number) becomes a formula; a cell
 *   formatted as text (`@`) keeps the string.
 * - `getMergedAreasOrNullObject` fails past 512 merged areas; a hidden sheet cannot be activated or selected
 *   in; a protected sheet refuses the write, part-way through a batch if it became protected after the read;
 *   a sync while the user edits a cell fails unless the run asked for `delayForCellEdit`.
 * - The selection is modelled: `getSelectedRange`, and `onSelectionChanged` handlers called by `userSelects`.
 *
 * Writes land in the workbook: values, formulas (recalculated after every sync, as Excel calculates
 * automatically) and number formats, which shape the shown text. Only the formulas fill writes are
 * understood (sums of cells, ranges and other sheets' cells; see tests/derive/helpers.ts). The workbook is
 * plain data (`FakeWorkbook`): cloning it is "save, close and reopen".
 */
import {
  address as a1,
  parseRange,
  type CellSnapshot,
  type WorkbookSnapshot,
} from '../../src/engine/snapshot';
import type { LoadedRuntime } from '../../src/hosts/office/features';
import { evaluateFormula } from '../derive/helpers';
import { shippedClasses } from './runtime';

export interface FakeCell {
  readonly value: string | number | boolean;
  /** Shown text; defaults to String(value). */
  readonly text?: string;
  /** The value is an Excel error such as `#REF!`. */
  readonly error?: boolean;
  /** A formula (`=SUM(C8:C11)`); `value` is its result, recalculated after each sync. */
  readonly formula?: string;
  /** The cell's number format; none is Excel's `General`. */
  readonly numberFormat?: string;
}

export interface FakeCellFormat {
  /** `null` is Excel's "No Fill". */
  fill: string | null;
  bold: boolean;
}

export interface FakeConditionalFormat {
  /** One or more comma-separated areas. */
  readonly ranges: string;
  readonly type: 'Custom' | 'CellValue';
  formula?: string;
  fill?: string;
  fontColor?: string;
}

export interface FakeSheet {
  readonly name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  readonly cells: Record<string, FakeCell>;
  /** The cells' own formats; a cell not listed has no fill and is not bold. */
  readonly formats: Record<string, FakeCellFormat>;
  readonly merges: string[];
  readonly conditionalFormats: FakeConditionalFormat[];
  /** Notes by cell address. */
  readonly notes: Record<string, string>;
  /** (Threaded) comments by cell address: the first comment's text. */
  comments?: Record<string, string>;
}

export interface FakeWorkbook {
  readonly sheets: FakeSheet[];
  activeSheet?: string;
  /** `Sheet!A1:B2`, or several areas `Sheet!A1,C3`; undefined when a shape or chart is selected. */
  selection?: string;
  /** The document's settings (`workbook.settings`), saved with the workbook. */
  settings?: Record<string, unknown>;
  /** The user is typing in a cell: a sync fails, or waits if its run asked for `delayForCellEdit`. */
  editing?: boolean;
}

export type WriteKind =
  | 'value'
  | 'format'
  | 'conditionalFormat.add'
  | 'conditionalFormat.delete'
  | 'note.add'
  | 'note.update'
  | 'note.delete'
  | 'comment.add'
  | 'comment.update'
  | 'comment.delete'
  | 'activate'
  | 'select'
  | 'visibility'
  | 'setting.add'
  | 'setting.delete';

export interface FakeStats {
  syncs: number;
  /** Bytes of loaded data each sync returned, as JSON. */
  readonly responseBytes: number[];
  /** Bytes each sync sent, priced per call like the shipped runtime's request. */
  readonly requestBytes: number[];
  readonly writes: { kind: WriteKind; sheet: string; address: string }[];
}

/** Excel on the web refuses a request or a response over 5 MB. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** Excel refuses to list the merged areas of a range holding more than this many. */
export const MERGED_AREAS_LIMIT = 512;

/**
 * The request bytes of one call (a method, a navigation to another object, a property set): the shipped
 * runtime sends an object path and an action of 100–300 bytes of JSON for each, plus the arguments.
 */
export const CALL_BYTES = 280;

export type OfficeJs = 'local' | 'cdn';

/** What Microsoft's CDN office.js has beyond the shipped copy, as far as the adapter uses it (all ExcelApi 1.18). */
export const CDN_EXTRAS: Readonly<Record<string, readonly string[]>> = {
  Worksheet: ['notes'],
  RangeAreas: ['select'],
  NoteCollection: ['add', 'getItemOrNullObject', 'items', 'load'],
  Note: ['content', 'delete', 'getLocation', 'isNullObject', 'load'],
};

/** The `Excel.run` options each office.js reads (the shipped one's are checked in runtime-surface.test.ts). */
export const RUN_OPTIONS_READ: Readonly<Record<OfficeJs, readonly string[]>> = {
  local: ['session', 'previousObjects', 'delayForCellEdit'],
  cdn: ['session', 'previousObjects', 'delayForCellEdit', 'mergeUndoGroup'],
};

export interface FakeOptions {
  /** The office.js the add-in loaded: the shipped npm copy (the default) or Microsoft's CDN. */
  readonly officeJs?: OfficeJs;
  /** The run asked Excel to wait while the user edits a cell. */
  readonly delayForCellEdit?: boolean;
}

export function sheet(name: string, cells: Record<string, FakeCell['value'] | FakeCell> = {}): FakeSheet {
  return {
    name,
    visibility: 'Visible',
    protected: false,
    cells: Object.fromEntries(
      Object.entries(cells).map(([address, cell]) => [
        address,
        typeof cell === 'object' ? cell : { value: cell },
      ]),
    ),
    formats: {},
    merges: [],
    conditionalFormats: [],
    notes: {},
    comments: {},
  };
}

/** Save, close and reopen: a deep copy with no live objects carried over. */
export function reopen(workbook: FakeWorkbook): FakeWorkbook {
  return structuredClone(workbook);
}

type Rect = ReturnType<typeof parseRange>;
type Op = () => unknown;

export class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

const utf8 = (value: unknown) => Buffer.byteLength(JSON.stringify(value) ?? '');

const surfaces = new Map<OfficeJs, Surface>();

/** The surface one office.js gives each proxy class. */
class Surface {
  private readonly classes: ReadonlyMap<string, ReadonlySet<string>>;

  constructor(officeJs: OfficeJs) {
    const shipped = shippedClasses();
    const names = new Set([...Object.keys(shipped), ...(officeJs === 'cdn' ? Object.keys(CDN_EXTRAS) : [])]);
    this.classes = new Map(
      [...names].map((name) => [
        name,
        new Set([...(shipped[name] ?? []), ...(officeJs === 'cdn' ? (CDN_EXTRAS[name] ?? []) : [])]),
      ]),
    );
  }

  has(className: string, member: string): boolean {
    return this.classes.get(className)?.has(member) ?? false;
  }

  /** An `Excel` namespace of stand-ins whose prototypes carry these members, for `'notes' in …prototype`. */
  namespace(): Record<string, unknown> {
    return Object.fromEntries(
      [...this.classes]
        .filter(([name]) => !name.includes('.'))
        .map(([name, members]) => {
          const proxyClass = function () {};
          for (const member of members)
            Object.defineProperty(proxyClass.prototype, member, { value: undefined });
          return [name, proxyClass];
        }),
    );
  }
}

function surfaceFor(officeJs: OfficeJs): Surface {
  let surface = surfaces.get(officeJs);
  if (!surface) surfaces.set(officeJs, (surface = new Surface(officeJs)));
  return surface;
}

const targets = new WeakMap<object, object>();

/** The object itself behind an `api` proxy (a Range passed as an argument, say). */
function unwrap<T>(value: T): T {
  return (typeof value === 'object' && value !== null ? (targets.get(value) as T) : undefined) ?? value;
}

/** Handlers of `workbook.onSelectionChanged`, by workbook: they outlive the run that added them. */
const selectionHandlers = new WeakMap<FakeWorkbook, Set<(args: unknown) => Promise<unknown>>>();

/**
 * The user selects `selection` (`Sheet!A1` or `Sheet!A1:B2`): Excel's selection changes and each handler of
 * `onSelectionChanged` is called, in turn.
 */
export async function userSelects(model: FakeWorkbook, selection: string | undefined): Promise<void> {
  model.selection = selection;
  for (const handler of selectionHandlers.get(model) ?? []) {
    await handler({ type: 'WorkbookSelectionChanged', workbook: undefined });
  }
}

export class FakeContext {
  readonly stats: FakeStats = { syncs: 0, responseBytes: [], requestBytes: [], writes: [] };
  readonly workbook: FakeWorkbookApi;
  readonly officeJs: OfficeJs;
  readonly delayForCellEdit: boolean;
  /** Called before each sync runs (`n` counts from 1): a test changes the workbook between syncs here. */
  beforeSync?: (n: number) => void;
  /** A write this says yes to fails (Excel's `GeneralException`), as writes do part-way through a batch. */
  failWrite?: (kind: WriteKind, sheet: string, address: string) => boolean;
  private readonly surface: Surface;
  private queue: Op[] = [];
  private pendingBytes = 0;
  private excel?: Excel.RequestContext;

  constructor(
    readonly model: FakeWorkbook,
    options: FakeOptions = {},
  ) {
    this.officeJs = options.officeJs ?? 'local';
    this.delayForCellEdit = options.delayForCellEdit ?? false;
    this.surface = surfaceFor(this.officeJs);
    this.workbook = this.api(new FakeWorkbookApi(this), 'Workbook');
  }

  /**
   * `target` as Office.js shows an object of `className`: members the runtime lacks read as `undefined`
   * (calling one is a TypeError), setting one does nothing, and `in` tells the truth.
   */
  api<T extends object>(target: T, className: string): T {
    const surface = this.surface;
    const proxy = new Proxy(target, {
      get(t, key) {
        if (typeof key === 'string' && !surface.has(className, key)) return undefined;
        const value = Reflect.get(t, key, t) as unknown;
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
      },
      set(t, key, value) {
        if (typeof key === 'string' && !surface.has(className, key)) return true;
        return Reflect.set(t, key, value, t);
      },
      has: (t, key) => (typeof key === 'string' ? surface.has(className, key) : key in t),
    });
    targets.set(proxy, target);
    return proxy;
  }

  /** Queues `op`; the call that queued it adds its price to the request. */
  enqueue(op: Op, args: unknown = ''): void {
    this.charge(args);
    this.queue.push(op);
  }

  /** A call that sends something to Excel without an effect of its own here (a navigation). */
  charge(args: unknown = ''): void {
    this.pendingBytes += CALL_BYTES + utf8(args);
  }

  /**
   * Runs the queued calls in order, as one round trip. The whole request is refused over 5 MB; calls before a failing one stay
   * applied; a response over 5 MB fails the sync after the calls ran.
   */
  async sync(): Promise<void> {
    // Office.js sends nothing for a sync with no calls queued (navigations alone are no calls).
    if (this.queue.length === 0) {
      this.pendingBytes = 0;
      recalculate(this.model);
      return;
    }
    this.stats.syncs++;
    const queue = this.queue;
    const request = this.pendingBytes;
    this.queue = [];
    this.pendingBytes = 0;
    this.stats.requestBytes.push(request);
    this.beforeSync?.(this.stats.syncs);
    if (this.model.editing) {
      if (!this.delayForCellEdit) {
        this.stats.responseBytes.push(0);
        throw new FakeError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode');
      }
      while (this.model.editing) await new Promise((resolve) => setTimeout(resolve, 1));
    }
    if (request > PAYLOAD_LIMIT) {
      this.stats.responseBytes.push(0);
      throw new FakeError('RequestPayloadSizeLimitExceeded', `a request of ${request} bytes`);
    }
    let bytes = 0;
    try {
      for (const op of queue) {
        const loaded = op();
        if (loaded !== undefined) bytes += utf8(loaded);
      }
    } finally {
      this.stats.responseBytes.push(bytes);
      recalculate(this.model);
    }
    if (bytes > PAYLOAD_LIMIT) {
      throw new FakeError('ResponsePayloadSizeLimitExceeded', `a response of ${bytes} bytes`);
    }
  }

  sheetModel(name: string): FakeSheet {
    const found = this.model.sheets.find((s) => s.name === name);
    if (!found) throw new FakeError('ItemNotFound', `no sheet ${name}`);
    return found;
  }

  write(kind: WriteKind, sheetName: string, address: string): FakeSheet {
    const target = this.sheetModel(sheetName);
    if (target.protected && kind !== 'activate' && kind !== 'select') {
      throw new FakeError('AccessDenied', `sheet ${sheetName} is protected`);
    }
    if ((kind === 'activate' || kind === 'select') && target.visibility !== 'Visible') {
      throw new FakeError('InvalidOperation', `sheet ${sheetName} is hidden`);
    }
    if (this.failWrite?.(kind, sheetName, address)) {
      throw new FakeError('GeneralException', `${kind} on ${sheetName}!${address} failed`);
    }
    this.stats.writes.push({ kind, sheet: sheetName, address });
    return target;
  }

  /** A workbook-level write (settings): no sheet, never protected. */
  writeWorkbook(kind: WriteKind, key: string): FakeWorkbook {
    this.stats.writes.push({ kind, sheet: '', address: key });
    return this.model;
  }

  /** The context as code under test takes it: a `RequestContext` with the runtime's surface, nothing more. */
  get asExcel(): Excel.RequestContext {
    this.excel ??= this.api(this, 'RequestContext') as unknown as Excel.RequestContext;
    return this.excel;
  }
}

/** Properties that exist only after the sync that loads them. */
class Loadable {
  protected loaded: Record<string, unknown> | undefined;

  protected get<T>(property: string): T {
    if (!this.loaded || !(property in this.loaded)) {
      throw new FakeError('PropertyNotLoaded', `${property} read before context.sync()`);
    }
    return this.loaded[property] as T;
  }

  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
}

/** The loads the fake understands of each object, so a load of something else fails loudly. */
function expectLoad(what: string, properties: string, allowed: readonly string[]): string[] {
  const wanted = properties.split(',').map((p) => p.trim());
  const unknown = wanted.filter((p) => !allowed.includes(p));
  if (unknown.length > 0) throw new Error(`the fake does not load ${what} ${unknown.join(',')}`);
  return wanted;
}

class FakeWorkbookApi {
  private sheets?: FakeWorksheets;
  private store?: FakeSettings;
  private selectionEvent?: { add(handler: (args: unknown) => Promise<unknown>): unknown };

  constructor(private readonly context: FakeContext) {}

  get worksheets(): FakeWorksheets {
    if (!this.sheets) {
      this.context.charge();
      this.sheets = this.context.api(new FakeWorksheets(this.context), 'WorksheetCollection');
    }
    return this.sheets;
  }

  get settings(): FakeSettings {
    if (!this.store) {
      this.context.charge();
      this.store = this.context.api(new FakeSettings(this.context), 'SettingCollection');
    }
    return this.store;
  }

  /** Excel's selection, resolved when the batch runs; a shape's or several areas' selection fails. */
  getSelectedRange(): FakeRange {
    const model = this.context.model;
    const selected = () => {
      const selection = model.selection;
      if (!selection || selection.includes(',')) throw new FakeError('InvalidSelection', 'not one range');
      const bang = selection.lastIndexOf('!');
      const name = selection.slice(0, bang);
      const sheet = /^'.*'$/.test(name) ? name.slice(1, -1).replace(/''/g, "'") : name;
      return { sheet, rect: parseRange(selection.slice(bang + 1).replace(/\$/g, '')) };
    };
    this.context.charge();
    const range = new FakeRange(
      this.context,
      () => selected().sheet,
      () => selected().rect,
    );
    return this.context.api(range, 'Range');
  }

  get onSelectionChanged() {
    const context = this.context;
    this.selectionEvent ??= context.api(
      {
        add(handler: (args: unknown) => Promise<unknown>) {
          let handlers = selectionHandlers.get(context.model);
          if (!handlers) selectionHandlers.set(context.model, (handlers = new Set()));
          const result = {
            context: context.asExcel,
            remove: () => context.enqueue(() => handlers!.delete(handler)),
          };
          context.enqueue(() => handlers!.add(handler));
          return context.api(result, 'OfficeExtension.EventHandlerResult');
        },
      },
      'OfficeExtension.EventHandlers',
    );
    return this.selectionEvent;
  }
}

class FakeWorksheets extends Loadable {
  constructor(private readonly context: FakeContext) {
    super();
  }

  load(properties: string): this {
    const wanted = expectLoad('worksheets', properties, [
      'items/name',
      'items/visibility',
      'items/protection/protected',
    ]);
    this.context.enqueue(() => {
      const items = this.context.model.sheets.map((s) =>
        this.context.api(new FakeWorksheet(this.context, s.name, s, wanted), 'Worksheet'),
      );
      this.loaded = { items };
      return this.context.model.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        p: s.protected,
      }));
    }, properties);
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  getItem(name: string): FakeWorksheet {
    this.context.charge(name);
    return this.context.api(new FakeWorksheet(this.context, name), 'Worksheet');
  }
}

const WORKSHEET_PROPERTIES = ['name', 'visibility', 'protection/protected'];

class FakeWorksheet {
  private noteCollection?: FakeNotes;
  private commentCollection?: FakeComments;

  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private snapshot?: FakeSheet,
    /** Loaded properties, as `items/name` (from the collection's load) or `name`. */
    private wanted: readonly string[] = [],
  ) {}

  private known<T>(property: string, value: () => T): T {
    if (!this.snapshot || !(this.wanted.includes(`items/${property}`) || this.wanted.includes(property))) {
      throw new FakeError('PropertyNotLoaded', `worksheet.${property}`);
    }
    return value();
  }

  load(properties: string): this {
    const wanted = expectLoad('worksheet', properties, WORKSHEET_PROPERTIES);
    this.context.enqueue(() => {
      const model = this.context.sheetModel(this.sheetName);
      this.snapshot = structuredClone(model);
      this.wanted = wanted;
      return { name: model.name, visibility: model.visibility, p: model.protected };
    }, properties);
    return this;
  }

  get name(): string {
    return this.known('name', () => this.sheetName);
  }

  get visibility(): string {
    return this.known('visibility', () => this.snapshot!.visibility);
  }

  set visibility(visibility: FakeSheet['visibility']) {
    this.context.enqueue(() => {
      this.context.write('visibility', this.sheetName, '').visibility = visibility;
    }, visibility);
  }

  get protection(): { protected: boolean } {
    const value = this.known('protection/protected', () => this.snapshot!.protected);
    return this.context.api({ protected: value }, 'WorksheetProtection');
  }

  get notes(): FakeNotes {
    if (!this.noteCollection) {
      this.context.charge();
      this.noteCollection = this.context.api(new FakeNotes(this.context, this.sheetName), 'NoteCollection');
    }
    return this.noteCollection;
  }

  get comments(): FakeComments {
    if (!this.commentCollection) {
      this.context.charge();
      this.commentCollection = this.context.api(
        new FakeComments(this.context, this.sheetName),
        'CommentCollection',
      );
    }
    return this.commentCollection;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('the fake models valuesOnly used ranges only');
    this.context.charge(valuesOnly);
    const range = new FakeRange(
      this.context,
      () => this.sheetName,
      () => usedRect(this.context.sheetModel(this.sheetName)),
    );
    return this.context.api(range, 'Range');
  }

  getRange(address?: string): FakeRange {
    this.context.charge(address);
    const range = new FakeRange(
      this.context,
      () => this.sheetName,
      () => (address ? parseRange(address) : WHOLE_SHEET),
    );
    return this.context.api(range, 'Range');
  }

  getRanges(addresses: string): FakeRangeAreas {
    this.context.charge(addresses);
    return this.context.api(new FakeRangeAreas(this.context, this.sheetName, addresses), 'RangeAreas');
  }

  activate(): void {
    this.context.enqueue(() => {
      this.context.write('activate', this.sheetName, '');
      this.context.model.activeSheet = this.sheetName;
    });
  }
}

const WHOLE_SHEET: Rect = { top: 0, left: 0, bottom: 1048575, right: 16383 };

function rectAddress(rect: Rect): string {
  const from = a1(rect.top, rect.left);
  const to = a1(rect.bottom, rect.right);
  return from === to ? from : `${from}:${to}`;
}

function cellsIn(rect: Rect, model: FakeSheet): string[] {
  return Object.keys(model.cells).filter((address) => {
    const { top, left } = parseRange(address);
    return top >= rect.top && top <= rect.bottom && left >= rect.left && left <= rect.right;
  });
}

function usedRect(model: FakeSheet, within: Rect = WHOLE_SHEET): Rect | null {
  let used: Rect | null = null;
  for (const address of cellsIn(within, model)) {
    if (model.cells[address].value === '') continue;
    const { top, left } = parseRange(address);
    used = used
      ? {
          top: Math.min(used.top, top),
          left: Math.min(used.left, left),
          bottom: Math.max(used.bottom, top),
          right: Math.max(used.right, left),
        }
      : { top, left, bottom: top, right: left };
  }
  return used;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

const RANGE_PROPERTIES = ['address', 'values', 'text', 'valueTypes', 'formulas', 'numberFormat'];

class FakeRange extends Loadable {
  private formats?: FakeConditionalFormats;

  constructor(
    private readonly context: FakeContext,
    /** The sheet, and the rectangle (null: a null object): both evaluated when the batch runs. */
    private readonly sheetOf: () => string,
    private readonly resolve: () => Rect | null,
  ) {
    super();
  }

  private get sheetName(): string {
    return this.sheetOf();
  }

  /** For the fake's own use (a Range passed as a cell): the rectangle, as the batch runs. */
  rect(): Rect | null {
    return this.resolve();
  }

  load(properties: string): this {
    const wanted = expectLoad('range', properties, RANGE_PROPERTIES);
    this.context.enqueue(() => {
      const rect = this.resolve();
      if (!rect) {
        this.loaded = { isNullObject: true };
        return this.loaded;
      }
      const model = this.context.sheetModel(this.sheetName);
      const rows = Array.from({ length: rect.bottom - rect.top + 1 }, (_, r) =>
        Array.from(
          { length: rect.right - rect.left + 1 },
          (_, c) => model.cells[a1(rect.top + r, rect.left + c)],
        ),
      );
      const all: Record<string, () => unknown> = {
        address: () => `${quoteSheet(this.sheetName)}!${rectAddress(rect)}`,
        values: () => rows.map((row) => row.map((cell) => cell?.value ?? '')),
        text: () => rows.map((row) => row.map(shownText)),
        valueTypes: () => rows.map((row) => row.map(valueType)),
        formulas: () => rows.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? '')),
        numberFormat: () => rows.map((row) => row.map((cell) => cell?.numberFormat ?? 'General')),
      };
      const data = Object.fromEntries(wanted.map((p) => [p, all[p]()]));
      this.loaded = { ...data, isNullObject: false };
      return data;
    }, properties);
    return this;
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  /** As typed: strings are parsed as Excel parses input (numbers, formulas), unless the cell is text (`@`). */
  set values(values: FakeCell['value'][][]) {
    this.put('value', values, typed);
  }
  get text(): string[][] {
    return this.get('text');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  /** Formulas, or constants (`''` clears the cell), parsed like `values`. */
  set formulas(formulas: FakeCell['value'][][]) {
    this.put('value', formulas, typed);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  /** A new format shapes the shown text; it never re-parses what the cell holds. */
  set numberFormat(formats: string[][]) {
    this.put('format', formats, (cell, numberFormat) => ({ ...dropText(cell), numberFormat }));
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  /** Queues a write of one item per cell of the range (a matrix of the range's size, as Excel wants). */
  private put<T>(
    kind: WriteKind,
    matrix: T[][],
    cellWith: (cell: FakeCell | undefined, item: T) => FakeCell,
  ) {
    this.context.enqueue(() => {
      const rect = this.resolve();
      if (!rect) throw new FakeError('InvalidArgument', 'write to a null range');
      const model = this.context.write(kind, this.sheetName, rectAddress(rect));
      if (matrix.length !== rect.bottom - rect.top + 1 || matrix[0].length !== rect.right - rect.left + 1) {
        throw new FakeError(
          'InvalidArgument',
          `a ${matrix.length}×${matrix[0].length} matrix for ${rectAddress(rect)}`,
        );
      }
      matrix.forEach((row, r) =>
        row.forEach((item, c) => {
          const at = a1(rect.top + r, rect.left + c);
          model.cells[at] = cellWith(model.cells[at], item);
        }),
      );
    }, matrix);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('the fake models valuesOnly used ranges only');
    this.context.charge(valuesOnly);
    const range = new FakeRange(this.context, this.sheetOf, () => {
      const within = this.resolve();
      return within && usedRect(this.context.sheetModel(this.sheetName), within);
    });
    return this.context.api(range, 'Range');
  }

  /** Fails, as Excel does, when more than 512 merged areas meet the range. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.charge();
    const areas = new FakeRangeAreas(this.context, this.sheetName, () => {
      const within = this.resolve();
      const merges = this.context
        .sheetModel(this.sheetName)
        .merges.filter((m) => within !== null && overlaps(parseRange(m), within));
      if (merges.length > MERGED_AREAS_LIMIT) {
        throw new FakeError('GeneralException', `${merges.length} merged areas in one range`);
      }
      return merges.length ? merges.map((m) => `${quoteSheet(this.sheetName)}!${m}`).join(', ') : null;
    });
    return this.context.api(areas, 'RangeAreas');
  }

  get conditionalFormats(): FakeConditionalFormats {
    if (!this.formats) {
      this.context.charge();
      const formats = new FakeConditionalFormats(this.context, this.sheetName, () => {
        const rect = this.resolve();
        return rect ? rectAddress(rect) : '';
      });
      this.formats = this.context.api(formats, 'ConditionalFormatCollection');
    }
    return this.formats;
  }

  select(): void {
    this.context.enqueue(() => {
      const rect = this.resolve();
      this.context.write('select', this.sheetName, rect ? rectAddress(rect) : '');
      this.context.model.selection = `${this.sheetName}!${rect ? rectAddress(rect) : ''}`;
    });
  }
}

/** A cell's number format survives a new content; its formula, error and shown text do not. */
function kept(cell: FakeCell | undefined): Pick<FakeCell, 'numberFormat'> {
  return cell?.numberFormat === undefined ? {} : { numberFormat: cell.numberFormat };
}

function isGeneral(format: string | undefined): boolean {
  return format === undefined || format === '' || /^general$/i.test(format);
}

/** `1,234.00`, `-12.5`, `1234`: a number as Excel reads it from typing, with the format typing it implies. */
const TYPED_NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;

/**
 * What a cell holds after `content` is written to it through `values` or `formulas`, as Excel parses typed
 * input: a text cell (`@`) keeps the string; `'…` is text without its apostrophe; `=…` is a formula; a
 * number (with thousands separators: its General cell takes `#,##0.00`-style format) is a number; other
 * text starting with `+` or `-` is a formula too; TRUE/FALSE are logical.
 */
function typed(cell: FakeCell | undefined, content: FakeCell['value']): FakeCell {
  const format = kept(cell);
  if (typeof content !== 'string' || content === '') return { ...format, value: content };
  if (format.numberFormat === '@') return { ...format, value: content };
  if (content.startsWith("'")) return { ...format, value: content.slice(1) };
  if (content.startsWith('=')) return { ...format, value: 0, formula: content };
  const number = TYPED_NUMBER.exec(content.trim());
  if (number) {
    const value = Number(`${number[1]}${number[2].replaceAll(',', '')}.${number[3] ?? '0'}`);
    const grouped = number[2].includes(',');
    const implied = grouped ? `#,##0${number[3] ? `.${'0'.repeat(number[3].length)}` : ''}` : undefined;
    return {
      ...(implied && isGeneral(format.numberFormat) ? { numberFormat: implied } : format),
      value,
    };
  }
  if (content.startsWith('+') || content.startsWith('-'))
    return { ...format, value: 0, formula: `=${content}` };
  if (/^(true|false)$/i.test(content)) return { ...format, value: /^true$/i.test(content) };
  return { ...format, value: content };
}

function dropText(cell: FakeCell | undefined): FakeCell {
  if (!cell) return { value: '' };
  const rest = { ...cell };
  delete rest.text;
  return rest;
}

/**
 * What Excel shows: the cell's own text when a test gave one, else a number in its format (`#,##0.00`,
 * `0.00`; General shows it as is).
 */
function shownText(cell: FakeCell | undefined): string {
  if (!cell) return '';
  if (cell.text !== undefined) return cell.text;
  const format = /^#?(,?)#*0\.?(0*)$/.exec(cell.numberFormat ?? '');
  if (typeof cell.value !== 'number' || !format) return String(cell.value);
  const decimals = format[2].length;
  return cell.value.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: format[1] === ',',
  });
}

/** The workbook as the engine reads it, for evaluating formulas. */
function snapshotOf(model: FakeWorkbook): WorkbookSnapshot {
  return {
    sheets: model.sheets.map((s) => {
      const rows: CellSnapshot[][] = [];
      for (const [at, cell] of Object.entries(s.cells)) {
        if (cell.value === '') continue;
        const { top, left } = parseRange(at);
        (rows[top] ??= [])[left] = { value: cell.value, text: shownText(cell) };
      }
      return { name: s.name, rows };
    }),
  };
}

/** A formula's value, or `#NAME?` for one the fake cannot read (as Excel shows for `=-abc`). */
function valueOf(
  formula: string,
  sheetName: string,
  snapshot: WorkbookSnapshot,
): Pick<FakeCell, 'value' | 'error'> {
  try {
    return { value: evaluateFormula(formula, sheetName, snapshot).toNumber() };
  } catch {
    return { value: '#NAME?', error: true };
  }
}

/** Automatic calculation: every formula's value from the cells it reads, until nothing changes. */
function recalculate(model: FakeWorkbook): void {
  const formulas = model.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, cell]) => cell.formula !== undefined)
      .map(([at]) => ({ sheet: s, at })),
  );
  if (formulas.length === 0) return;
  for (let pass = 0; pass <= formulas.length; pass++) {
    const snapshot = snapshotOf(model);
    let changed = false;
    for (const { sheet: s, at } of formulas) {
      const cell = s.cells[at];
      const result = valueOf(cell.formula!, s.name, snapshot);
      if (result.value !== cell.value) {
        const rest = dropText(cell);
        delete (rest as { error?: boolean }).error;
        s.cells[at] = { ...rest, ...result };
        changed = true;
      }
    }
    if (!changed) return;
  }
  throw new FakeError('CircularReference', 'formulas do not settle');
}

function valueType(cell: FakeCell | undefined): string {
  if (!cell || cell.value === '') return 'Empty';
  if (cell.error) return 'Error';
  if (typeof cell.value === 'number') return 'Double';
  if (typeof cell.value === 'boolean') return 'Boolean';
  return 'String';
}

function quoteSheet(name: string): string {
  return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

class FakeRangeAreas extends Loadable {
  private readonly addresses: () => string | null;
  private formats?: FakeConditionalFormats;

  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    addresses: string | (() => string | null),
  ) {
    super();
    this.addresses = typeof addresses === 'string' ? () => addresses : addresses;
    if (typeof addresses === 'string' && addresses.length > 8192) {
      throw new FakeError('InvalidArgument', `address of ${addresses.length} characters`);
    }
  }

  load(properties: string): this {
    expectLoad('range areas', properties, ['address']);
    this.context.enqueue(() => {
      const address = this.addresses();
      this.loaded = address === null ? { isNullObject: true } : { isNullObject: false, address };
      return this.loaded;
    }, properties);
    return this;
  }

  get address(): string {
    return this.get('address');
  }

  get conditionalFormats(): FakeConditionalFormats {
    if (!this.formats) {
      this.context.charge();
      const formats = new FakeConditionalFormats(this.context, this.sheetName, () => this.addresses() ?? '');
      this.formats = this.context.api(formats, 'ConditionalFormatCollection');
    }
    return this.formats;
  }

  select(): void {
    this.context.enqueue(() => {
      const address = this.addresses() ?? '';
      this.context.write('select', this.sheetName, address);
      this.context.model.selection = `${this.sheetName}!${address}`;
    });
  }
}

class FakeConditionalFormats extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private readonly target: () => string,
  ) {
    super();
  }

  add(type: 'Custom'): FakeConditionalFormatProxy {
    const proxy = new FakeConditionalFormatProxy(this.context, this.sheetName);
    this.context.enqueue(() => {
      const ranges = this.target();
      const model = this.context.write('conditionalFormat.add', this.sheetName, ranges);
      const format: FakeConditionalFormat = { ranges, type };
      model.conditionalFormats.push(format);
      proxy.bind(format);
    }, type);
    return this.context.api(proxy, 'ConditionalFormat');
  }

  load(properties: string): this {
    if (properties !== 'items/type,items/customOrNullObject/rule/formula') {
      throw new Error(`the fake does not load ${properties}`);
    }
    this.context.enqueue(() => {
      const target = this.target()
        .split(',')
        .map((area) => parseRange(area));
      const formats = this.context
        .sheetModel(this.sheetName)
        .conditionalFormats.filter((f) =>
          f.ranges.split(',').some((area) => target.some((t) => overlaps(parseRange(area), t))),
        );
      const items = formats.map((format) => {
        const proxy = new FakeConditionalFormatProxy(this.context, this.sheetName, true);
        proxy.bind(format, true);
        return this.context.api(proxy, 'ConditionalFormat');
      });
      this.loaded = { items };
      return formats.map((f) => ({ type: f.type, formula: f.formula }));
    }, properties);
    return this;
  }

  get items(): FakeConditionalFormatProxy[] {
    return this.get('items');
  }
}

/**
 * An item of a loaded collection: its object path goes with the first call that uses it, as the runtime's
 * request names the item before acting on it.
 */
class Item extends Loadable {
  constructor(
    protected readonly context: FakeContext,
    private unpriced = false,
  ) {
    super();
  }

  protected priced(): void {
    if (this.unpriced) this.context.charge();
    this.unpriced = false;
  }

  protected enqueueOnItem(op: Op, args?: unknown): void {
    this.priced();
    this.context.enqueue(op, args);
  }
}

/** A conditional format: its writable parts queue writes; `type` and the formula need a load. */
class FakeConditionalFormatProxy extends Item {
  private model?: FakeConditionalFormat;
  private readable = false;
  private parts?: unknown;

  constructor(
    context: FakeContext,
    private readonly sheetName: string,
    fromLoad = false,
  ) {
    super(context, fromLoad);
  }

  bind(model: FakeConditionalFormat, readable = false): void {
    this.model = model;
    this.readable = readable;
  }

  private read(): FakeConditionalFormat {
    if (!this.readable || !this.model) throw new FakeError('PropertyNotLoaded', 'conditional format');
    return this.model;
  }

  get type(): string {
    return this.read().type;
  }

  get customOrNullObject(): { isNullObject: boolean; rule: { formula: string } } {
    const model = this.read();
    if (model.type !== 'Custom') {
      return this.context.api(
        {
          isNullObject: true,
          get rule(): never {
            throw new FakeError('InvalidObjectPath', 'rule of a null object');
          },
        },
        'CustomConditionalFormat',
      );
    }
    return this.context.api(
      {
        isNullObject: false,
        rule: this.context.api({ formula: model.formula ?? '' }, 'ConditionalFormatRule'),
      },
      'CustomConditionalFormat',
    );
  }

  /** The custom format's rule and format: each navigation and each colour set is a call. */
  get custom() {
    if (this.parts) return this.parts;
    const context = this.context;
    const set = (apply: (model: FakeConditionalFormat) => void, value: string) =>
      context.enqueue(() => {
        if (!this.model) throw new FakeError('InvalidObjectPath', 'conditional format not created');
        apply(this.model);
      }, value);
    const navigate = <T extends object>(target: T, className: string): T => {
      context.charge();
      return context.api(target, className);
    };
    this.parts = navigate(
      {
        rule: navigate(
          {
            set formula(formula: string) {
              set((m) => (m.formula = formula), formula);
            },
          },
          'ConditionalFormatRule',
        ),
        format: navigate(
          {
            fill: navigate(
              {
                set color(color: string) {
                  set((m) => (m.fill = color), color);
                },
              },
              'ConditionalRangeFill',
            ),
            font: navigate(
              {
                set color(color: string) {
                  set((m) => (m.fontColor = color), color);
                },
              },
              'ConditionalRangeFont',
            ),
          },
          'ConditionalRangeFormat',
        ),
      },
      'CustomConditionalFormat',
    );
    return this.parts as {
      rule: { formula: string };
      format: { fill: { color: string }; font: { color: string } };
    };
  }

  delete(): void {
    this.enqueueOnItem(() => {
      const model = this.context.write('conditionalFormat.delete', this.sheetName, this.model?.ranges ?? '');
      const i = model.conditionalFormats.indexOf(this.model!);
      if (i < 0) throw new FakeError('ItemNotFound', 'conditional format already deleted');
      model.conditionalFormats.splice(i, 1);
    });
  }
}

/** What notes and comments share: text on one cell, kept by cell address. */
type AnnotationKind = 'note' | 'comment';

function annotationsOf(model: FakeSheet, kind: AnnotationKind): Record<string, string> {
  if (kind === 'note') return model.notes;
  return (model.comments ??= {});
}

/** A `Range` or `'Sheet'!A1` → the one cell it names. */
function oneCell(where: unknown): string {
  const target = unwrap(where);
  let rect: Rect | null;
  if (target instanceof FakeRange) rect = target.rect();
  else if (typeof target === 'string')
    rect = parseRange(target.slice(target.lastIndexOf('!') + 1).replace(/\$/g, ''));
  else throw new FakeError('InvalidArgument', 'not a cell');
  if (!rect || rect.top !== rect.bottom || rect.left !== rect.right) {
    throw new FakeError('InvalidArgument', 'a comment or note goes on one cell');
  }
  return rectAddress(rect);
}

class FakeAnnotations extends Loadable {
  constructor(
    protected readonly context: FakeContext,
    protected readonly sheetName: string,
    private readonly kind: AnnotationKind,
    private readonly className: string,
  ) {
    super();
  }

  add(cellAddress: unknown, content: string): FakeAnnotation {
    const item = new FakeAnnotation(this.context, this.sheetName, this.kind, () => at);
    let at = '';
    this.context.enqueue(() => {
      at = oneCell(cellAddress);
      const model = this.context.write(`${this.kind}.add`, this.sheetName, at);
      const existing = annotationsOf(model, this.kind);
      if (at in existing) throw new FakeError('InvalidArgument', `${at} already has a ${this.kind}`);
      existing[at] = content;
    }, content);
    return this.context.api(item, this.className);
  }

  load(properties: string): this {
    if (properties !== 'items/content') throw new Error(`the fake does not load ${properties}`);
    this.context.enqueue(() => {
      const all = annotationsOf(this.context.sheetModel(this.sheetName), this.kind);
      this.loaded = {
        items: Object.entries(all).map(([address, content]) =>
          this.context.api(
            new FakeAnnotation(this.context, this.sheetName, this.kind, () => address, content),
            this.className,
          ),
        ),
      };
      return all;
    }, properties);
    return this;
  }

  get items(): FakeAnnotation[] {
    return this.get('items');
  }
}

class FakeNotes extends FakeAnnotations {
  constructor(context: FakeContext, sheetName: string) {
    super(context, sheetName, 'note', 'Note');
  }

  getItemOrNullObject(address: string): FakeAnnotation {
    this.context.charge(address);
    return this.context.api(new FakeAnnotation(this.context, this.sheetName, 'note', () => address), 'Note');
  }
}

class FakeComments extends FakeAnnotations {
  constructor(context: FakeContext, sheetName: string) {
    super(context, sheetName, 'comment', 'Comment');
  }
}

/** A note or a comment: its text and its cell. */
class FakeAnnotation extends Item {
  constructor(
    context: FakeContext,
    private readonly sheetName: string,
    private readonly kind: AnnotationKind,
    private readonly cell: () => string,
    content?: string,
  ) {
    super(context, content !== undefined);
    if (content !== undefined) this.loaded = { isNullObject: false, content };
  }

  load(properties: string): this {
    expectLoad(this.kind, properties, ['content']);
    this.enqueueOnItem(() => {
      const content = annotationsOf(this.context.sheetModel(this.sheetName), this.kind)[this.cell()];
      this.loaded = content === undefined ? { isNullObject: true } : { isNullObject: false, content };
      return this.loaded;
    }, properties);
    return this;
  }

  get content(): string {
    return this.get('content');
  }

  set content(content: string) {
    this.enqueueOnItem(() => {
      const at = this.cell();
      const all = annotationsOf(this.context.write(`${this.kind}.update`, this.sheetName, at), this.kind);
      if (!(at in all)) throw new FakeError('ItemNotFound', `no ${this.kind} at ${at}`);
      all[at] = content;
    }, content);
  }

  getLocation(): FakeRange {
    this.priced();
    this.context.charge();
    const range = new FakeRange(
      this.context,
      () => this.sheetName,
      () => parseRange(this.cell()),
    );
    return this.context.api(range, 'Range');
  }

  delete(): void {
    this.enqueueOnItem(() => {
      const at = this.cell();
      const all = annotationsOf(this.context.write(`${this.kind}.delete`, this.sheetName, at), this.kind);
      if (!(at in all)) throw new FakeError('ItemNotFound', `no ${this.kind} at ${at}`);
      delete all[at];
    });
  }
}

/** `workbook.settings`: key-value pairs saved in the document. */
class FakeSettings {
  constructor(private readonly context: FakeContext) {}

  add(key: string, value: unknown): void {
    this.context.enqueue(() => {
      const model = this.context.writeWorkbook('setting.add', key);
      model.settings = { ...model.settings, [key]: value };
    }, [key, value]);
  }

  getItemOrNullObject(key: string): FakeSetting {
    this.context.charge(key);
    return this.context.api(new FakeSetting(this.context, key), 'Setting');
  }

  /** As `getItemOrNullObject`, but a missing key fails the sync. */
  getItem(key: string): FakeSetting {
    this.context.charge(key);
    return this.context.api(new FakeSetting(this.context, key, true), 'Setting');
  }
}

class FakeSetting extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly key: string,
    private readonly required = false,
  ) {
    super();
  }

  load(properties: string): this {
    expectLoad('setting', properties, ['value']);
    this.context.enqueue(() => {
      const settings = this.context.model.settings ?? {};
      if (this.required && !Object.hasOwn(settings, this.key)) {
        throw new FakeError('ItemNotFound', `no setting ${this.key}`);
      }
      this.loaded = Object.hasOwn(settings, this.key)
        ? { isNullObject: false, value: settings[this.key] }
        : { isNullObject: true };
      return this.loaded;
    }, properties);
    return this;
  }

  get value(): unknown {
    return this.get('value');
  }

  delete(): void {
    this.context.enqueue(() => {
      const model = this.context.writeWorkbook('setting.delete', this.key);
      if (!model.settings || !Object.hasOwn(model.settings, this.key)) {
        throw new FakeError('ItemNotFound', `no setting ${this.key}`);
      }
      delete model.settings[this.key];
    });
  }
}

/** The fill a person sees: the newest conditional format over the cell (all ours are always true), else the cell's own. */
export function shownFill(model: FakeSheet, address: string): string | null {
  const cell = parseRange(address);
  const format = [...model.conditionalFormats]
    .reverse()
    .find((f) => f.ranges.split(',').some((area) => overlaps(parseRange(area), cell)));
  return format?.fill ?? model.formats[address]?.fill ?? null;
}

/** An office.js as the capabilities see it: its proxy classes, and the run options it reads. */
export function fakeRuntime(officeJs: OfficeJs): LoadedRuntime {
  return {
    excel: surfaceFor(officeJs).namespace(),
    readsRunOption: (option) => RUN_OPTIONS_READ[officeJs].includes(option),
  };
}

/** One `Excel.run` the fake Excel received: the options its office.js read, and its context. */
export interface FakeRun {
  readonly options: Readonly<Record<string, unknown>>;
  readonly context: FakeContext;
}

export interface FakeExcel {
  readonly runs: FakeRun[];
  /** Removes the `Office` and `Excel` globals. */
  uninstall(): void;
}

/**
 * Installs `Excel` and `Office` globals for code that calls `Excel.run` itself: Excel supporting ExcelApi up to
 * 1.`excelApi` (and the DelayForCellEdit set), and `officeJs`'s `Excel.run`, which reads the options that
 * office.js reads, as the shipped runtime does: a plain options object, or a context to run on again.
 */
export function installFakeExcel(
  model: FakeWorkbook,
  {
    officeJs = 'local',
    excelApi = 20,
    onContext,
  }: {
    officeJs?: OfficeJs;
    excelApi?: number;
    /** Called with each new context, before the batch runs on it. */
    onContext?: (context: FakeContext) => void;
  } = {},
): FakeExcel {
  const runs: FakeRun[] = [];
  const contexts = new WeakMap<object, FakeContext>();
  const run = async (...args: unknown[]) => {
    const batch = args.pop() as (context: Excel.RequestContext) => Promise<unknown>;
    const first = args[0] as Record<string, unknown> | undefined;
    const previous: FakeContext | undefined = first ? contexts.get(first) : undefined;
    const options: Record<string, unknown> = {};
    if (first && !previous) {
      for (const key of RUN_OPTIONS_READ[officeJs]) options[key] = first[key];
    }
    const earlier = options.previousObjects as object | undefined;
    const again = (earlier ? contexts.get(earlier) : undefined) ?? previous;
    let context = again;
    if (!context) {
      context = new FakeContext(model, { officeJs, delayForCellEdit: options.delayForCellEdit === true });
      onContext?.(context);
    }
    contexts.set(context.asExcel, context);
    runs.push({ options, context });
    const result = await batch(context.asExcel);
    await context.sync();
    return result;
  };
  Object.assign(globalThis, {
    Excel: { ...surfaceFor(officeJs).namespace(), run },
    Office: {
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            (name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= excelApi) ||
            name === 'DelayForCellEdit',
        },
      },
    },
  });
  return {
    runs,
    uninstall() {
      delete (globalThis as Record<string, unknown>).Excel;
      delete (globalThis as Record<string, unknown>).Office;
    },
  };
}

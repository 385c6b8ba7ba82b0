/**
 * A small fake of the Excel JavaScript API: just the objects the Office adapter uses, with Office.js's
 * batching semantics. Calls queue; `context.sync()` runs the queue in order; a property read before the sync
 * that loads it throws, as in Excel. It counts syncs, measures each sync's response, and logs every write,
 * so tests can prove sync counts, payload sizes and that checking writes no value.
 *
 * Writes land in the workbook: values, formulas (recalculated after every sync, as Excel calculates
 * automatically) and number formats, which shape the shown text. Only the formulas fill writes are
 * understood (sums of cells, ranges and other sheets' cells; see tests/derive/helpers.ts).
 *
 * The workbook is plain data (`FakeWorkbook`): cloning it is "save, close and reopen".
 */
import {
  address as a1,
  parseRange,
  type CellSnapshot,
  type WorkbookSnapshot,
} from '../../src/engine/snapshot';
import { evaluateFormula } from '../derive/helpers';

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
}

export interface FakeWorkbook {
  readonly sheets: FakeSheet[];
  activeSheet?: string;
  selection?: string;
  /** The document's settings (`workbook.settings`), saved with the workbook. */
  settings?: Record<string, unknown>;
}

export type WriteKind =
  | 'value'
  | 'format'
  | 'conditionalFormat.add'
  | 'conditionalFormat.delete'
  | 'note.add'
  | 'note.delete'
  | 'activate'
  | 'select'
  | 'setting.add'
  | 'setting.delete';

export interface FakeStats {
  syncs: number;
  /** Bytes of loaded data each sync returned, as JSON. */
  readonly responseBytes: number[];
  readonly writes: { kind: WriteKind; sheet: string; address: string }[];
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
  };
}

/** Save, close and reopen: a deep copy with no live objects carried over. */
export function reopen(workbook: FakeWorkbook): FakeWorkbook {
  return structuredClone(workbook);
}

type Rect = ReturnType<typeof parseRange>;
type Op = () => unknown;

class FakeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export class FakeContext {
  readonly stats: FakeStats = { syncs: 0, responseBytes: [], writes: [] };
  readonly workbook: { readonly worksheets: FakeWorksheets; readonly settings: FakeSettings };
  private queue: Op[] = [];

  constructor(readonly model: FakeWorkbook) {
    this.workbook = { worksheets: new FakeWorksheets(this), settings: new FakeSettings(this) };
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  /** Runs the queued calls in order. Like Excel, calls before a failing one stay applied. */
  async sync(): Promise<void> {
    this.stats.syncs++;
    const queue = this.queue;
    this.queue = [];
    let bytes = 0;
    try {
      for (const op of queue) {
        const loaded = op();
        if (loaded !== undefined) bytes += Buffer.byteLength(JSON.stringify(loaded));
      }
    } finally {
      this.stats.responseBytes.push(bytes);
      recalculate(this.model);
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
    this.stats.writes.push({ kind, sheet: sheetName, address });
    return target;
  }

  /** A workbook-level write (settings): no sheet, never protected. */
  writeWorkbook(kind: WriteKind, key: string): FakeWorkbook {
    this.stats.writes.push({ kind, sheet: '', address: key });
    return this.model;
  }

  /** For code under test that takes `Excel.RequestContext`. */
  get asExcel(): Excel.RequestContext {
    return this as unknown as Excel.RequestContext;
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

class FakeWorksheets extends Loadable {
  constructor(private readonly context: FakeContext) {
    super();
  }

  load(properties: string): this {
    const wanted = properties.split(',').map((p) => p.trim());
    this.context.enqueue(() => {
      const items = this.context.model.sheets.map((s) => new FakeWorksheet(this.context, s.name, s, wanted));
      this.loaded = { items };
      return this.context.model.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        p: s.protected,
      }));
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.get('items');
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, name);
  }
}

class FakeWorksheet {
  readonly notes: FakeNotes;

  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private readonly snapshot?: FakeSheet,
    private readonly wanted: readonly string[] = [],
  ) {
    this.notes = new FakeNotes(context, sheetName);
  }

  private known<T>(property: string, value: () => T): T {
    if (!this.snapshot || !this.wanted.includes(`items/${property}`)) {
      throw new FakeError('PropertyNotLoaded', `worksheet.${property}`);
    }
    return value();
  }

  get name(): string {
    return this.known('name', () => this.sheetName);
  }

  get visibility(): string {
    return this.known('visibility', () => this.snapshot!.visibility);
  }

  get protection(): { protected: boolean } {
    return { protected: this.known('protection/protected', () => this.snapshot!.protected) };
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('the fake models valuesOnly used ranges only');
    return new FakeRange(this.context, this.sheetName, () =>
      usedRect(this.context.sheetModel(this.sheetName)),
    );
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, this.sheetName, () => (address ? parseRange(address) : WHOLE_SHEET));
  }

  getRanges(addresses: string): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.sheetName, addresses);
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

class FakeRange extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    /** Evaluated at sync time, as Excel resolves ranges when the batch runs. */
    private readonly resolve: () => Rect | null,
  ) {
    super();
  }

  load(properties: string): this {
    const wanted = properties.split(',').map((p) => p.trim());
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
      const all: Record<string, unknown> = {
        address: `${quoteSheet(this.sheetName)}!${rectAddress(rect)}`,
        values: rows.map((row) => row.map((cell) => cell?.value ?? '')),
        text: rows.map((row) => row.map(shownText)),
        valueTypes: rows.map((row) => row.map(valueType)),
        formulas: rows.map((row) => row.map((cell) => cell?.formula ?? cell?.value ?? '')),
        numberFormat: rows.map((row) => row.map((cell) => cell?.numberFormat ?? 'General')),
      };
      const data = Object.fromEntries(wanted.map((p) => [p, all[p]]));
      this.loaded = { ...data, isNullObject: false };
      return data;
    });
    return this;
  }

  get address(): string {
    return this.get('address');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  set values(values: FakeCell['value'][][]) {
    this.put('value', values, (cell, value) => constant(cell, value));
  }
  get text(): string[][] {
    return this.get('text');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  /** Formulas, or constants (`''` clears the cell), as Excel takes them. */
  set formulas(formulas: FakeCell['value'][][]) {
    this.put('value', formulas, (cell, content) =>
      typeof content === 'string' && content.startsWith('=')
        ? { ...kept(cell), value: 0, formula: content }
        : constant(cell, content),
    );
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(formats: string[][]) {
    this.put('format', formats, (cell, numberFormat) => ({ ...dropText(cell), numberFormat }));
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
    });
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('the fake models valuesOnly used ranges only');
    return new FakeRange(this.context, this.sheetName, () => {
      const within = this.resolve();
      return within && usedRect(this.context.sheetModel(this.sheetName), within);
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, this.sheetName, () => {
      const within = this.resolve();
      const merges = this.context
        .sheetModel(this.sheetName)
        .merges.filter((m) => within !== null && overlaps(parseRange(m), within));
      return merges.length ? merges.map((m) => `${quoteSheet(this.sheetName)}!${m}`).join(', ') : null;
    });
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.context, this.sheetName, () => {
      const rect = this.resolve();
      return rect ? rectAddress(rect) : '';
    });
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

function constant(cell: FakeCell | undefined, value: FakeCell['value']): FakeCell {
  return { ...kept(cell), value };
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

/** Automatic calculation: every formula's value from the cells it reads, until nothing changes. */
function recalculate(model: FakeWorkbook): void {
  const formulas = model.sheets.flatMap((s) =>
    Object.entries(s.cells)
      .filter(([, cell]) => cell.formula !== undefined)
      .map(([at]) => ({ sheet: s, at })),
  );
  for (let pass = 0; pass <= formulas.length; pass++) {
    const snapshot = snapshotOf(model);
    let changed = false;
    for (const { sheet: s, at } of formulas) {
      const cell = s.cells[at];
      const value = evaluateFormula(cell.formula!, s.name, snapshot).toNumber();
      if (value !== cell.value) {
        s.cells[at] = { ...dropText(cell), value };
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
    if (properties !== 'address') throw new Error('the fake loads only the address of range areas');
    this.context.enqueue(() => {
      const address = this.addresses();
      this.loaded = address === null ? { isNullObject: true } : { isNullObject: false, address };
      return this.loaded;
    });
    return this;
  }

  get address(): string {
    return this.get('address');
  }

  get conditionalFormats(): FakeConditionalFormats {
    return new FakeConditionalFormats(this.context, this.sheetName, () => this.addresses() ?? '');
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
    });
    return proxy;
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
        const proxy = new FakeConditionalFormatProxy(this.context, this.sheetName);
        proxy.bind(format, true);
        return proxy;
      });
      this.loaded = { items };
      return formats.map((f) => ({ type: f.type, formula: f.formula }));
    });
    return this;
  }

  get items(): FakeConditionalFormatProxy[] {
    return this.get('items');
  }
}

/** A conditional format: its writable parts queue writes; `type` and the formula need a load. */
class FakeConditionalFormatProxy {
  private model?: FakeConditionalFormat;
  private readable = false;

  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
  ) {}

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
      return {
        isNullObject: true,
        get rule(): never {
          throw new FakeError('InvalidObjectPath', 'rule of a null object');
        },
      };
    }
    return { isNullObject: false, rule: { formula: model.formula ?? '' } };
  }

  get custom() {
    const set = (apply: (model: FakeConditionalFormat) => void) =>
      this.context.enqueue(() => {
        if (!this.model) throw new FakeError('InvalidObjectPath', 'conditional format not created');
        apply(this.model);
      });
    return {
      rule: {
        set formula(formula: string) {
          set((m) => (m.formula = formula));
        },
      },
      format: {
        fill: {
          set color(color: string) {
            set((m) => (m.fill = color));
          },
        },
        font: {
          set color(color: string) {
            set((m) => (m.fontColor = color));
          },
        },
      },
    };
  }

  delete(): void {
    this.context.enqueue(() => {
      const model = this.context.write('conditionalFormat.delete', this.sheetName, this.model?.ranges ?? '');
      const i = model.conditionalFormats.indexOf(this.model!);
      if (i < 0) throw new FakeError('ItemNotFound', 'conditional format already deleted');
      model.conditionalFormats.splice(i, 1);
    });
  }
}

class FakeNotes extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
  ) {
    super();
  }

  add(address: string, content: string): void {
    this.context.enqueue(() => {
      if (parseRange(address).top !== parseRange(address).bottom) {
        throw new FakeError('InvalidCellAddress', address);
      }
      const model = this.context.write('note.add', this.sheetName, address);
      if (address in model.notes) throw new FakeError('InvalidArgument', `${address} already has a note`);
      model.notes[address] = content;
    });
  }

  load(properties: string): this {
    if (properties !== 'items/content') throw new Error(`the fake does not load ${properties}`);
    this.context.enqueue(() => {
      const notes = this.context.sheetModel(this.sheetName).notes;
      this.loaded = {
        items: Object.entries(notes).map(
          ([address, content]) => new FakeNote(this.context, this.sheetName, address, content),
        ),
      };
      return notes;
    });
    return this;
  }

  get items(): FakeNote[] {
    return this.get('items');
  }

  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, this.sheetName, address);
  }
}

class FakeNote extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly sheetName: string,
    private readonly cell: string,
    content?: string,
  ) {
    super();
    if (content !== undefined) this.loaded = { isNullObject: false, content };
  }

  load(properties: string): this {
    if (properties !== 'content') throw new Error(`the fake does not load ${properties}`);
    this.context.enqueue(() => {
      const content = this.context.sheetModel(this.sheetName).notes[this.cell];
      this.loaded = content === undefined ? { isNullObject: true } : { isNullObject: false, content };
      return this.loaded;
    });
    return this;
  }

  get content(): string {
    return this.get('content');
  }

  delete(): void {
    this.context.enqueue(() => {
      const model = this.context.write('note.delete', this.sheetName, this.cell);
      if (!(this.cell in model.notes)) throw new FakeError('ItemNotFound', `no note at ${this.cell}`);
      delete model.notes[this.cell];
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
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, key);
  }
}

class FakeSetting extends Loadable {
  constructor(
    private readonly context: FakeContext,
    private readonly key: string,
  ) {
    super();
  }

  load(properties: string): this {
    if (properties !== 'value') throw new Error(`the fake does not load ${properties}`);
    this.context.enqueue(() => {
      const settings = this.context.model.settings ?? {};
      this.loaded = Object.hasOwn(settings, this.key)
        ? { isNullObject: false, value: settings[this.key] }
        : { isNullObject: true };
      return this.loaded;
    });
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

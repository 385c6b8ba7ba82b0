/**
 * A small fake of the Excel JavaScript API: just the objects the Office adapter uses, with Office.js's
 * batching semantics. Calls queue; `context.sync()` runs the queue in order; a property read before the sync
 * that loads it throws, as in Excel. It counts syncs, measures each sync's response, and logs every write,
 * so tests can prove sync counts, payload sizes and that checking writes no value.
 *
 * The workbook is plain data (`FakeWorkbook`): cloning it is "save, close and reopen".
 */
import { address as a1, parseRange } from '../../src/engine/snapshot';

export interface FakeCell {
  readonly value: string | number | boolean;
  /** Shown text; defaults to String(value). */
  readonly text?: string;
  /** The value is an Excel error such as `#REF!`. */
  readonly error?: boolean;
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
}

export type WriteKind =
  | 'value'
  | 'format'
  | 'conditionalFormat.add'
  | 'conditionalFormat.delete'
  | 'note.add'
  | 'note.delete'
  | 'activate'
  | 'select';

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
  readonly workbook: { readonly worksheets: FakeWorksheets };
  private queue: Op[] = [];

  constructor(readonly model: FakeWorkbook) {
    this.workbook = { worksheets: new FakeWorksheets(this) };
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
        text: rows.map((row) => row.map((cell) => cell?.text ?? (cell ? String(cell.value) : ''))),
        valueTypes: rows.map((row) => row.map(valueType)),
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
  set values(_: unknown[][]) {
    this.context.enqueue(() => this.context.write('value', this.sheetName, String(this.resolve())));
  }
  get text(): string[][] {
    return this.get('text');
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

/** The fill a person sees: the newest conditional format over the cell (all ours are always true), else the cell's own. */
export function shownFill(model: FakeSheet, address: string): string | null {
  const cell = parseRange(address);
  const format = [...model.conditionalFormats]
    .reverse()
    .find((f) => f.ranges.split(',').some((area) => overlaps(parseRange(area), cell)));
  return format?.fill ?? model.formats[address]?.fill ?? null;
}

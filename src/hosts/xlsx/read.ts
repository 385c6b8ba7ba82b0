/**
 * .xlsx bytes → WorkbookSnapshot, with ExcelJS. No fs here: the same module runs in Node (CLI) and in the
 * browser (a file picked in the task pane). Anything that is not a readable .xlsx becomes a WorkbookReadError
 * with a reason code and a message a budget compiler can act on. Before ExcelJS sees the package, its zip
 * directory and its parts are measured against READ_LIMITS (limits.ts), its text is checked to be UTF-8, and
 * its sheets are scanned for number cells that store no number (scan.ts).
 */
import ExcelJS from './exceljs';
import { address, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from '../../engine/snapshot';
import { limitDetail, MAX_CELL_TEXT, READ_LIMITS, type LimitKind, type ReadLimits } from './limits';
import { SheetScanner, xmlText } from './scan';
import { InflateLimitError, inflateEntry, readZipDirectory, type ZipEntry } from './zip';

export type WorkbookReadReason =
  | 'not-xlsx'
  | 'not-workbook'
  | 'corrupt'
  | 'encrypted'
  | 'legacy-xls'
  | 'empty'
  | 'unreadable'
  | 'too-large'
  | 'bad-text';

const MESSAGES: Record<WorkbookReadReason, string> = {
  'not-xlsx': '不是 Excel 工作簿（.xlsx）文件',
  'not-workbook': '不是 Excel 工作簿（.xlsx）文件：这是一个压缩包，但里面没有工作簿（xl/workbook.xml）',
  corrupt: '工作簿文件不完整或已损坏，无法读取；请在 Excel 中打开后重新保存，或重新获取文件',
  encrypted: '工作簿已加密（设有打开密码），请先取消密码再审核',
  'legacy-xls': '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx',
  empty: '工作簿中没有任何工作表',
  unreadable: '无法读取文件',
  'too-large': '超出了本工具的处理上限',
  'bad-text':
    '工作簿中有不是有效 UTF-8 编码的文字，文件可能已被其他程序改坏；请在 Excel 中打开修复后另存，或重新导出',
};

/** How the detail joins the message: after a colon, or in brackets where it is an aside. */
function composed(reason: WorkbookReadReason, detail: string | undefined): string {
  if (!detail) return MESSAGES[reason];
  if (reason === 'too-large') return `${MESSAGES[reason]}：${detail}`;
  if (reason === 'bad-text') return MESSAGES[reason].replace('文字，', `文字（${detail}），`);
  return `${MESSAGES[reason]}（${detail}）`;
}

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadReason,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(composed(reason, detail), options);
    this.name = 'WorkbookReadError';
  }
}

export interface ReadOptions {
  /** Limits other than READ_LIMITS (a benchmark reading more than a user may). */
  readonly limits?: Partial<ReadLimits>;
}

/** Reads an .xlsx file's bytes; `name` (e.g. the file name) is kept for messages. */
export async function readWorkbook(
  data: Uint8Array | ArrayBuffer,
  name?: string,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const limits = { ...READ_LIMITS, ...options.limits };
  const directory = checkContainer(bytes);
  // Unparsable directories are left to ExcelJS, which then reports them as corrupt.
  const inspection = directory ? await inspectPackage(bytes, directory, limits) : undefined;

  const book = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings say Buffer; at run time it hands the bytes to JSZip, which takes any Uint8Array.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw loadError(error);
  }
  if (book.worksheets.length === 0) throw new WorkbookReadError('empty');
  if (book.worksheets.length > limits.sheets) throw tooLarge('sheets', limits, book.worksheets.length);
  try {
    return {
      name,
      sheets: book.worksheets.map((ws) => readSheet(ws, inspection?.badNumbers.get(ws.name))),
    };
  } catch (error) {
    throw loadError(error);
  }
}

/** ExcelJS's failure in words: out of memory or stack is the file's size, anything else its damage. */
function loadError(error: unknown): WorkbookReadError {
  if ((error as Error | undefined)?.name === 'RangeError')
    return new WorkbookReadError('too-large', '工作簿过大，读取时内存不足', { cause: error });
  return new WorkbookReadError('corrupt', undefined, { cause: error });
}

function tooLarge(kind: LimitKind, limits: ReadLimits, found?: number, cause?: unknown): WorkbookReadError {
  return new WorkbookReadError('too-large', limitDetail(kind, limits, found), { cause });
}

/**
 * Recognises what the bytes are before ExcelJS sees them, so each wrong kind of file gets its own message;
 * returns the zip's directory, or undefined when it cannot be read.
 */
function checkContainer(bytes: Uint8Array): ZipEntry[] | undefined {
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // An encrypted .xlsx is an OLE2 compound file holding an EncryptedPackage stream; a plain one is an .xls.
    throw new WorkbookReadError(contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacy-xls');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WorkbookReadError('not-xlsx');
  const entries = readZipDirectory(bytes);
  if (entries && !entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw new WorkbookReadError('not-workbook');
  }
  return entries;
}

/** The parts ExcelJS reads as worksheets (it reads no others). */
const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;

interface Inspection {
  /** Sheet name → address → what a number cell stores that is not a number. */
  readonly badNumbers: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

/**
 * Measures the package against the limits, from its directory first (nothing inflated), then by inflating
 * each part with a ceiling (a directory can lie); checks the workbook, shared strings and sheets are UTF-8;
 * counts cells and finds number cells that store no number.
 */
async function inspectPackage(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limits: ReadLimits,
): Promise<Inspection> {
  if (entries.length > limits.entries) throw tooLarge('entries', limits, entries.length);
  const declared = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (declared > limits.totalBytes) throw tooLarge('totalBytes', limits, declared);
  const big = entries.find((e) => e.uncompressedSize > limits.partBytes);
  if (big) throw partTooLarge(big.name, limits);

  let inflated = 0;
  const inflate = async (entry: ZipEntry, sink: (chunk: Uint8Array) => void): Promise<boolean> => {
    const room = Math.min(limits.partBytes, limits.totalBytes - inflated);
    try {
      return await inflateEntry(bytes, entry, room, (chunk) => {
        inflated += chunk.length;
        sink(chunk);
      });
    } catch (error) {
      if (!(error instanceof InflateLimitError)) throw error;
      throw room < limits.partBytes
        ? tooLarge('totalBytes', limits, undefined, error)
        : partTooLarge(entry.name, limits, error);
    }
  };
  const text = async (entry: ZipEntry, where: string, sink: (text: string) => void): Promise<boolean> => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const decode = (chunk?: Uint8Array): string => {
      try {
        return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
      } catch (error) {
        throw new WorkbookReadError('bad-text', where, { cause: error });
      }
    };
    const read = await inflate(entry, (chunk) => sink(decode(chunk)));
    if (read) sink(decode());
    return read;
  };
  const byName = new Map(entries.map((e) => [e.name, e]));
  const whole = async (name: string, where: string): Promise<string | undefined> => {
    const entry = byName.get(name);
    if (!entry) return undefined;
    let xml = '';
    return (await text(entry, where, (piece) => (xml += piece))) ? xml : undefined;
  };

  const workbook = await whole('xl/workbook.xml', '工作表目录 xl/workbook.xml');
  const sheets = workbook === undefined ? [] : sheetsOf(workbook);
  if (sheets.length > limits.sheets) throw tooLarge('sheets', limits, sheets.length);
  const rels = await whole('xl/_rels/workbook.xml.rels', 'xl/_rels/workbook.xml.rels');
  const names = partNames(sheets, rels ?? '');

  const done = new Set<ZipEntry>();
  const strings = byName.get('xl/sharedStrings.xml');
  if (strings) {
    await text(strings, '共享文字 xl/sharedStrings.xml', () => undefined);
    done.add(strings);
  }
  let cells = 0;
  const badNumbers = new Map<string, Map<string, string>>();
  for (const entry of entries.filter((e) => WORKSHEET_PART.test(e.name))) {
    done.add(entry);
    const sheet = names.get(entry.name);
    const scanner = new SheetScanner();
    const counted = cells;
    const over = () => counted + scanner.cells > limits.cells;
    try {
      await text(entry, sheet === undefined ? entry.name : `工作表「${sheet}」`, (piece) => {
        scanner.feed(piece);
        // Stop inflating a sheet as soon as it is past the limit.
        if (over()) throw new CellLimitReached();
      });
    } catch (error) {
      if (!(error instanceof CellLimitReached)) throw error;
    }
    scanner.end();
    cells += scanner.cells;
    if (cells > limits.cells) throw tooLarge('cells', limits, over() ? undefined : cells);
    if (sheet !== undefined && scanner.badNumbers.length > 0)
      badNumbers.set(sheet, new Map(scanner.badNumbers.map((b) => [b.address, b.stored])));
  }
  // Every other part is inflated and dropped, only to be measured: ExcelJS would inflate it whole.
  for (const entry of entries) if (!done.has(entry)) await inflate(entry, () => undefined);
  return { badNumbers };
}

class CellLimitReached extends Error {}

function partTooLarge(part: string, limits: ReadLimits, cause?: unknown): WorkbookReadError {
  const detail = limitDetail('partBytes', limits).replace('其中一个部件', `部件 ${part} `);
  return new WorkbookReadError('too-large', detail, { cause });
}

/** An attribute's value from a tag's attribute text; `name` is a pattern (`\w+:id` for `r:id`). */
function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** The sheets of xl/workbook.xml, in order: name and relationship id. */
function sheetsOf(xml: string): { name: string; id: string }[] {
  return [...xml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)].map((m) => ({
    name: xmlText(attribute(m[1], 'name') ?? ''),
    id: attribute(m[1], '\\w+:id') ?? '',
  }));
}

/** Part name (`xl/worksheets/sheet3.xml`) → sheet name, through the workbook's relationships. */
function partNames(sheets: readonly { name: string; id: string }[], rels: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attribute(m[1], 'Id');
    const target = attribute(m[1], 'Target');
    if (id && target)
      targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);
  }
  const names = new Map<string, string>();
  for (const { name, id } of sheets) {
    const part = targets.get(id);
    if (part) names.set(part, name);
  }
  return names;
}

const ZIP_SIGNATURE = [0x50, 0x4b];
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Compound-file directory entries name their streams in UTF-16LE. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function contains(bytes: Uint8Array, pattern: readonly number[]): boolean {
  const last = bytes.length - pattern.length;
  for (let i = bytes.indexOf(pattern[0]); i >= 0 && i <= last; i = bytes.indexOf(pattern[0], i + 1)) {
    if (pattern.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

/**
 * What a number cell that stores no number is read as: what it stores, as text, for the engine to find
 * unreadable where it needs a figure (and to take as a label where it needs one). An empty `<v></v>` stores
 * nothing; it is shown as such.
 */
const EMPTY_STORED = '（空）';

function readSheet(
  ws: ExcelJS.Worksheet,
  badNumbers: ReadonlyMap<string, string> | undefined,
): SheetSnapshot {
  const rows: CellSnapshot[][] = [];
  // ExcelJS marks every non-anchor cell of a merged area as a Merge cell pointing at its anchor.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  const put = (r: number, c: number, snapshot: CellSnapshot) => ((rows[r - 1] ??= [])[c - 1] = snapshot);
  const bad = new Map(badNumbers);
  const readBad = (cell: ExcelJS.Cell, stored: string) =>
    put(Number(cell.row), Number(cell.col), { value: stored || EMPTY_STORED, ...formatOf(cell) });
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      const stored = bad.get(cell.address);
      if (stored !== undefined) {
        bad.delete(cell.address);
        readBad(cell, stored);
        return;
      }
      if (cell.type === ExcelJS.ValueType.Merge) {
        const anchor = cell.master.fullAddress;
        const area = merges.get(anchor.address) ?? { top: anchor.row, left: anchor.col, bottom: r, right: c };
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
        merges.set(anchor.address, area);
        return;
      }
      const snapshot = readCell(cell);
      if (!snapshot) return;
      put(r, c, cutToLength(snapshot));
    });
  });
  // An empty `<v></v>` in a formatted cell is a blank to ExcelJS, so eachCell does not visit it.
  for (const [a1, stored] of bad) readBad(ws.getCell(a1), stored);
  return {
    name: ws.name,
    rows,
    merges: [...merges.values()].map(
      (m) => `${address(m.top - 1, m.left - 1)}:${address(m.bottom - 1, m.right - 1)}`,
    ),
    hidden: ws.state !== 'visible',
  };
}

function formatOf(cell: ExcelJS.Cell): { format?: string } {
  return cell.numFmt ? { format: cell.numFmt } : {};
}

/** A text longer than Excel allows in a cell is cut to that length; the engine tells the user (cell-text-cut). */
function cutToLength(snapshot: CellSnapshot): CellSnapshot {
  const { value } = snapshot;
  if (typeof value !== 'string' || value.length <= MAX_CELL_TEXT) return snapshot;
  return { ...snapshot, value: value.slice(0, MAX_CELL_TEXT), cutFrom: value.length };
}

type Value = CellSnapshot['value'];

function readCell(cell: ExcelJS.Cell): CellSnapshot | undefined {
  const format = formatOf(cell);
  const v = cell.value;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
      return undefined;
    case ExcelJS.ValueType.Error:
      return { value: null, error: (v as ExcelJS.CellErrorValue).error, ...format };
    case ExcelJS.ValueType.Formula: {
      const result = (v as ExcelJS.CellFormulaValue | ExcelJS.CellSharedFormulaValue).result;
      if (result === undefined || result === null)
        return { value: null, formulaWithoutResult: true, ...format };
      if (isError(result)) return { value: null, error: result.error, ...format };
      return { value: plain(result), ...format };
    }
    default:
      return { value: plain(v), ...format };
  }
}

function isError(value: unknown): value is ExcelJS.CellErrorValue {
  return typeof value === 'object' && value !== null && 'error' in value;
}

/** A value as number, string or boolean: rich text and hyperlinks become their text, dates ISO strings. */
function plain(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('richText' in value)
      return (value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join('');
    if ('text' in value) return plain((value as ExcelJS.CellHyperlinkValue).text);
  }
  return String(value);
}

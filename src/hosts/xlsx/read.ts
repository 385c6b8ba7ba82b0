/**
 * .xlsx bytes → WorkbookSnapshot, with ExcelJS. No fs here: the same module runs in Node (CLI) and in the
 * browser (a file picked in the task pane). Anything that is not a readable .xlsx becomes a WorkbookReadError
 * with a reason code and a message a budget compiler can act on.
 */
import ExcelJS from './exceljs';
import { address, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from '../../engine/snapshot';

export type WorkbookReadReason =
  'not-xlsx' | 'not-workbook' | 'corrupt' | 'encrypted' | 'legacy-xls' | 'empty' | 'unreadable';

const MESSAGES: Record<WorkbookReadReason, string> = {
  'not-xlsx': '不是 Excel 工作簿（.xlsx）文件',
  'not-workbook': '不是 Excel 工作簿（.xlsx）文件：这是一个压缩包，但里面没有工作簿（xl/workbook.xml）',
  corrupt: '工作簿文件不完整或已损坏，无法读取；请在 Excel 中打开后重新保存，或重新获取文件',
  encrypted: '工作簿已加密（设有打开密码），请先取消密码再审核',
  'legacy-xls': '这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx',
  empty: '工作簿中没有任何工作表',
  unreadable: '无法读取文件',
};

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookReadReason,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    super(detail ? `${MESSAGES[reason]}（${detail}）` : MESSAGES[reason], options);
    this.name = 'WorkbookReadError';
  }
}

/** Reads an .xlsx file's bytes; `name` (e.g. the file name) is kept for messages. */
export async function readWorkbook(data: Uint8Array | ArrayBuffer, name?: string): Promise<WorkbookSnapshot> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  checkContainer(bytes);

  const book = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings say Buffer; at run time it hands the bytes to JSZip, which takes any Uint8Array.
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookReadError('corrupt', undefined, { cause: error });
  }
  if (book.worksheets.length === 0) throw new WorkbookReadError('empty');
  try {
    return { name, sheets: book.worksheets.map(readSheet) };
  } catch (error) {
    throw new WorkbookReadError('corrupt', undefined, { cause: error });
  }
}

/** Recognises what the bytes are before ExcelJS sees them, so each wrong kind of file gets its own message. */
function checkContainer(bytes: Uint8Array): void {
  if (startsWith(bytes, CFB_SIGNATURE)) {
    // An encrypted .xlsx is an OLE2 compound file holding an EncryptedPackage stream; a plain one is an .xls.
    throw new WorkbookReadError(contains(bytes, ENCRYPTED_PACKAGE) ? 'encrypted' : 'legacy-xls');
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new WorkbookReadError('not-xlsx');
  const names = zipEntryNames(bytes);
  // Unparsable directories are left to ExcelJS, which then reports them as corrupt.
  if (names && !names.some((n) => n.replace(/^\//, '') === 'xl/workbook.xml')) {
    throw new WorkbookReadError('not-workbook');
  }
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

/** The file names in a zip's central directory, or undefined when it cannot be found (e.g. truncated). */
function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const names: string[] = [];
    let at = view.getUint32(end + 16, true);
    for (let i = view.getUint16(end + 10, true); i > 0; i--) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const nameLength = view.getUint16(at + 28, true);
      names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return names;
  }
  return undefined;
}

function readSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const rows: CellSnapshot[][] = [];
  // ExcelJS marks every non-anchor cell of a merged area as a Merge cell pointing at its anchor.
  const merges = new Map<string, { top: number; left: number; bottom: number; right: number }>();
  ws.eachRow((row, r) => {
    row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) {
        const anchor = cell.master.fullAddress;
        const area = merges.get(anchor.address) ?? { top: anchor.row, left: anchor.col, bottom: r, right: c };
        area.bottom = Math.max(area.bottom, r);
        area.right = Math.max(area.right, c);
        merges.set(anchor.address, area);
        return;
      }
      const snapshot = readCell(cell);
      if (snapshot) (rows[r - 1] ??= [])[c - 1] = snapshot;
    });
  });
  return {
    name: ws.name,
    rows,
    merges: [...merges.values()].map(
      (m) => `${address(m.top - 1, m.left - 1)}:${address(m.bottom - 1, m.right - 1)}`,
    ),
    hidden: ws.state !== 'visible',
  };
}

type Value = CellSnapshot['value'];

function readCell(cell: ExcelJS.Cell): CellSnapshot | undefined {
  const format = cell.numFmt ? { format: cell.numFmt } : {};
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

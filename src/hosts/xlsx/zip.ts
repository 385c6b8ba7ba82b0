/**
 * A zip's central directory read from its bytes, and one entry inflated with a ceiling: what the reader needs
 * to know about a package before ExcelJS (which inflates every part into memory at once) is given it. No fs
 * and no Node modules: DecompressionStream is in Node 18+ and every browser the task pane runs in.
 */

export interface ZipEntry {
  /** The name as stored, without a leading `/`. */
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is left to ExcelJS to refuse. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the directory says: a zip bomb may understate it, so inflating never trusts it. */
  readonly uncompressedSize: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** The entries of the central directory, or undefined when it cannot be found or read (e.g. truncated). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const decoder = new TextDecoder();
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== EOCD) continue;
    let count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (count === 0xffff || at === MAX32) {
      const zip64 = zip64Directory(view, end);
      if (!zip64) return undefined;
      ({ count, at } = zip64);
    }
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)).replace(/^\//, '');
      let compressedSize = view.getUint32(at + 20, true);
      let uncompressedSize = view.getUint32(at + 24, true);
      let localHeaderOffset = view.getUint32(at + 42, true);
      if (compressedSize === MAX32 || uncompressedSize === MAX32 || localHeaderOffset === MAX32) {
        // The zip64 extra field holds, in this order, only the values the fixed fields could not.
        const extra = findExtra(view, at + 46 + nameLength, extraLength, 0x0001);
        if (!extra) return undefined;
        let field = extra.start;
        const next = () => {
          if (field + 8 > extra.end) return Number.NaN;
          const value = readUint64(view, field);
          field += 8;
          return value;
        };
        if (uncompressedSize === MAX32) uncompressedSize = next();
        if (compressedSize === MAX32) compressedSize = next();
        if (localHeaderOffset === MAX32) localHeaderOffset = next();
        if ([uncompressedSize, compressedSize, localHeaderOffset].some(Number.isNaN)) return undefined;
      }
      entries.push({
        name,
        method: view.getUint16(at + 10, true),
        compressedSize,
        uncompressedSize,
        localHeaderOffset,
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }
  return undefined;
}

function zip64Directory(view: DataView, end: number): { count: number; at: number } | undefined {
  const locator = end - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) return undefined;
  const record = readUint64(view, locator + 8);
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) return undefined;
  return { count: readUint64(view, record + 32), at: readUint64(view, record + 48) };
}

function findExtra(
  view: DataView,
  start: number,
  length: number,
  id: number,
): { start: number; end: number } | undefined {
  const end = Math.min(start + length, view.byteLength);
  for (let at = start; at + 4 <= end;) {
    const size = view.getUint16(at + 2, true);
    if (view.getUint16(at, true) === id) return { start: at + 4, end: Math.min(at + 4 + size, end) };
    at += 4 + size;
  }
  return undefined;
}

/** A little-endian 64-bit field as a number (exact below 2^53, far beyond any file this reads). */
function readUint64(view: DataView, at: number): number {
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

/** The entry's data is larger, inflated, than `limit` bytes. */
export class InflateLimitError extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} inflates to more than ${limit} bytes`);
    this.name = 'InflateLimitError';
  }
}

/**
 * Inflates one entry chunk by chunk into `sink`, stopping as soon as more than `limit` bytes have come out
 * (an InflateLimitError), whatever the directory claims. Returns false when the entry's data cannot be
 * inflated here (an unknown method, a damaged stream): the caller leaves such an entry to ExcelJS.
 */
export async function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
  sink: (chunk: Uint8Array) => void,
): Promise<boolean> {
  const data = entryData(bytes, entry);
  if (!data) return false;
  if (entry.method === 0) {
    if (data.length > limit) throw new InflateLimitError(entry.name, limit);
    sink(data);
    return true;
  }
  if (entry.method !== 8 || typeof DecompressionStream === 'undefined') return false;
  let inflating: DecompressionStream;
  try {
    inflating = new DecompressionStream('deflate-raw');
  } catch {
    // A browser that knows only 'deflate' and 'gzip'.
    return false;
  }
  const reader = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(inflating).getReader();
  let total = 0;
  try {
    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch {
        // A damaged stream: ExcelJS will say what it makes of it.
        return false;
      }
      if (chunk.done) return true;
      total += chunk.value.length;
      if (total > limit) throw new InflateLimitError(entry.name, limit);
      sink(chunk.value);
    }
  } finally {
    // Stops the inflating when the sink or the limit ends the reading early.
    void reader.cancel().catch(() => undefined);
  }
}

/** The entry's stored bytes, found through its local header; undefined when they are not all in the file. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end <= bytes.length ? bytes.subarray(start, end) : undefined;
}

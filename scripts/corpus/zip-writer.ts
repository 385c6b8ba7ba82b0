/**
 * A zip written byte by byte, for packages no zip library writes: entries that share one stored stream (the
 * "overlapping" zip bomb) and entries whose directory understates their size. Fixed dates, so the bytes are
 * the same on every run.
 */
import { deflateRawSync } from 'zlib';

export interface RawEntry {
  readonly name: string;
  readonly data: Uint8Array | string;
  /** Deflate (the default) or store. */
  readonly store?: boolean;
  /** The uncompressed size the headers state, when it is to differ from the truth. */
  readonly statedSize?: number;
  /** Further names in the central directory for this same stored stream. */
  readonly aliases?: readonly string[];
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 2026-01-01 00:00 in MS-DOS form. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  let count = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    const stored = entry.store ? data : new Uint8Array(deflateRawSync(data, { level: 9 }));
    const fields = {
      method: entry.store ? 0 : 8,
      crc: crc32(data),
      compressed: stored.length,
      size: entry.statedSize ?? data.length,
    };
    const name = encoder.encode(entry.name);
    const local = header(0x04034b50, 30, name, fields);
    chunks.push(local, stored);
    for (const alias of [entry.name, ...(entry.aliases ?? [])]) {
      central.push(header(0x02014b50, 46, encoder.encode(alias), fields, offset));
      count++;
    }
    offset += local.length + stored.length;
  }
  const directory = concat(central);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, directory.length, true);
  view.setUint32(16, offset, true);
  return concat([...chunks, directory, end]);
}

function header(
  signature: number,
  size: number,
  name: Uint8Array,
  fields: { method: number; crc: number; compressed: number; size: number },
  localOffset?: number,
): Uint8Array {
  const bytes = new Uint8Array(size + name.length);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, signature, true);
  // The central header has "version made by" before the fields it shares with the local one.
  const at = localOffset === undefined ? 4 : 6;
  if (localOffset !== undefined) view.setUint16(4, 20, true);
  view.setUint16(at, 20, true);
  view.setUint16(at + 2, 0x0800, true); // names in UTF-8
  view.setUint16(at + 4, fields.method, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, fields.crc, true);
  view.setUint32(at + 14, fields.compressed, true);
  view.setUint32(at + 18, fields.size, true);
  view.setUint16(at + 22, name.length, true);
  if (localOffset !== undefined) view.setUint32(42, localOffset, true);
  bytes.set(name, size);
  return bytes;
}

/** The parts one after another (also the compound-file writer's). */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

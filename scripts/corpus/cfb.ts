/**
 * A minimal writer of OLE2 compound files (MS-CFB version 3, 512-byte sectors): the container of legacy .xls
 * files and of password-protected .xlsx files. Enough for a few small streams in the root storage; it exists
 * so the corpus can hold such files without a binary dependency.
 */
import { concat } from './zip-writer';

export interface Stream {
  readonly name: string;
  readonly data: Uint8Array;
}

const SECTOR = 512;
const MINI_SECTOR = 64;
const MINI_CUTOFF = 4096;
const ENTRY = 128;
const FREESECT = 0xffffffff;
const ENDOFCHAIN = 0xfffffffe;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;

export function compoundFile(streams: readonly Stream[]): Uint8Array {
  if (streams.some((s) => s.data.length === 0))
    throw new Error('compoundFile: empty streams are not supported');
  const small = streams.filter((s) => s.data.length < MINI_CUTOFF);
  const miniStream = concat(small.map((s) => pad(s.data, MINI_SECTOR)));
  const dirSectors = Math.ceil(((streams.length + 1) * ENTRY) / SECTOR);
  const miniFatSectors = small.length > 0 ? Math.ceil(((miniStream.length / MINI_SECTOR) * 4) / SECTOR) : 0;

  // Sector 0 is the FAT; then the directory, the mini FAT, the mini stream, and each large stream.
  const fat: number[] = [FATSECT];
  const chain = (count: number): number => {
    const first = fat.length;
    for (let i = 0; i < count; i++) fat.push(i === count - 1 ? ENDOFCHAIN : fat.length + 1);
    return count > 0 ? first : ENDOFCHAIN;
  };
  const dirStart = chain(dirSectors);
  const miniFatStart = chain(miniFatSectors);
  const miniStreamStart = chain(Math.ceil(miniStream.length / SECTOR));
  const starts = new Map<Stream, number>();
  let miniAt = 0;
  for (const s of streams) {
    if (s.data.length < MINI_CUTOFF) {
      starts.set(s, miniAt);
      miniAt += Math.ceil(s.data.length / MINI_SECTOR);
    } else starts.set(s, chain(Math.ceil(s.data.length / SECTOR)));
  }
  if (fat.length > SECTOR / 4) throw new Error('compoundFile: more than one FAT sector is not supported');

  const miniFat: number[] = [];
  for (const s of small) {
    const count = Math.ceil(s.data.length / MINI_SECTOR);
    for (let i = 0; i < count; i++) miniFat.push(i === count - 1 ? ENDOFCHAIN : miniFat.length + 1);
  }

  const tree = siblingTree(streams.map((s) => s.name));
  const entries = [
    dirEntry('Root Entry', 5, 1, NOSTREAM, NOSTREAM, tree.root, miniStreamStart, miniStream.length),
    ...streams.map((s, i) =>
      dirEntry(
        s.name,
        2,
        tree.colour[i],
        tree.left[i],
        tree.right[i],
        NOSTREAM,
        starts.get(s)!,
        s.data.length,
      ),
    ),
  ];

  return concat([
    header(dirStart, miniFatStart, miniFatSectors),
    words(fat, SECTOR, FREESECT),
    pad(concat(entries), SECTOR, emptyEntry()),
    miniFatSectors > 0 ? words(miniFat, miniFatSectors * SECTOR, FREESECT) : new Uint8Array(0),
    pad(miniStream, SECTOR),
    ...streams.filter((s) => s.data.length >= MINI_CUTOFF).map((s) => pad(s.data, SECTOR)),
  ]);
}

function header(dirStart: number, miniFatStart: number, miniFatSectors: number): Uint8Array {
  const h = new Uint8Array(SECTOR);
  const v = new DataView(h.buffer);
  h.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  v.setUint16(0x18, 0x003e, true); // minor version
  v.setUint16(0x1a, 3, true); // major version 3: 512-byte sectors
  v.setUint16(0x1c, 0xfffe, true); // little-endian
  v.setUint16(0x1e, 9, true); // sector shift: 2^9
  v.setUint16(0x20, 6, true); // mini sector shift: 2^6
  v.setUint32(0x2c, 1, true); // FAT sectors
  v.setUint32(0x30, dirStart, true);
  v.setUint32(0x38, MINI_CUTOFF, true);
  v.setUint32(0x3c, miniFatStart, true);
  v.setUint32(0x40, miniFatSectors, true);
  v.setUint32(0x44, ENDOFCHAIN, true); // no DIFAT sectors
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + 4 * i, i === 0 ? 0 : FREESECT, true);
  return h;
}

function dirEntry(
  name: string,
  type: number,
  colour: number,
  left: number,
  right: number,
  child: number,
  start: number,
  size: number,
): Uint8Array {
  const e = new Uint8Array(ENTRY);
  const v = new DataView(e.buffer);
  for (let i = 0; i < name.length; i++) v.setUint16(2 * i, name.charCodeAt(i), true);
  v.setUint16(0x40, 2 * (name.length + 1), true);
  e[0x42] = type;
  e[0x43] = colour;
  v.setUint32(0x44, left, true);
  v.setUint32(0x48, right, true);
  v.setUint32(0x4c, child, true);
  v.setUint32(0x74, start, true);
  v.setUint32(0x78, size, true);
  return e;
}

/** An unused directory slot: zeros, with no siblings and no child. */
function emptyEntry(): Uint8Array {
  const e = new Uint8Array(ENTRY);
  e.fill(0xff, 0x44, 0x50);
  return e;
}

/**
 * The root storage's children as a balanced binary tree in CFB order (shorter names first, then by upper
 * case), its last incomplete level red: a valid red-black tree. Ids are directory entry numbers (1-based).
 */
function siblingTree(names: readonly string[]): {
  root: number;
  left: number[];
  right: number[];
  colour: number[];
} {
  const order = names
    .map((name, i) => ({ key: name.toUpperCase(), i }))
    .sort((a, b) => a.key.length - b.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((x) => x.i);
  const left = names.map(() => NOSTREAM);
  const right = names.map(() => NOSTREAM);
  const colour = names.map(() => 1);
  const blackDepth = Math.floor(Math.log2(names.length + 1));
  const build = (from: number, to: number, depth: number): number => {
    if (from > to) return NOSTREAM;
    const mid = Math.floor((from + to) / 2);
    const i = order[mid];
    left[i] = build(from, mid - 1, depth + 1);
    right[i] = build(mid + 1, to, depth + 1);
    colour[i] = depth < blackDepth ? 1 : 0;
    return i + 1;
  };
  return { root: build(0, order.length - 1, 0), left, right, colour };
}

function words(values: readonly number[], size: number, filler: number): Uint8Array {
  const out = new Uint8Array(size);
  const v = new DataView(out.buffer);
  for (let i = 0; i < size / 4; i++) v.setUint32(4 * i, values[i] ?? filler, true);
  return out;
}

/** `data` padded to a multiple of `unit` (with copies of `filler`, else zeros). */
function pad(data: Uint8Array, unit: number, filler?: Uint8Array): Uint8Array {
  const size = Math.ceil(data.length / unit) * unit;
  const out = new Uint8Array(size);
  out.set(data);
  if (filler) for (let at = data.length; at < size; at += filler.length) out.set(filler, at);
  return out;
}

/** ExcelJS workbooks written byte-for-byte the same on every run, and the seed sample to start from. */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const SEED = path.join(__dirname, '..', '..', 'samples', 'seed-2026.xlsx');
/** Fixed document and zip-entry dates: ExcelJS would stamp the current time. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

export function newBook(): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'budget-table-checker';
  book.lastModifiedBy = 'budget-table-checker';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  return book;
}

/** samples/seed-2026.xlsx, to be changed in one way and written back. */
export async function loadSeed(): Promise<ExcelJS.Workbook> {
  const book = newBook();
  await book.xlsx.load(fs.readFileSync(SEED) as unknown as ExcelJS.Buffer);
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  return book;
}

export async function seedBytes(): Promise<Uint8Array> {
  return new Uint8Array(fs.readFileSync(SEED));
}

export async function bookBytes(book: ExcelJS.Workbook): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  return zipBytes(zip);
}

/** A zip of the given entries (text or bytes), with fixed dates. */
export async function zipOf(entries: Readonly<Record<string, string | Uint8Array>>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zipBytes(zip);
}

/** The seed's package changed part by part: for what ExcelJS would not write (or would write correctly). */
export async function patchSeed(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SEED));
  await edit(zip);
  return zipBytes(zip);
}

/**
 * The seed with one sheet's XML rewritten: for what ExcelJS cannot write without building every cell, such
 * as a merge over whole columns.
 */
export async function patchSeedSheet(name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  return patchSeed(async (zip) => {
    const file = await sheetPart(zip, name);
    zip.file(file, edit(await zip.file(file)!.async('string')));
  });
}

/** One part of the package as text, changed by `edit`. */
export async function patchPart(zip: JSZip, part: string, edit: (xml: string) => string): Promise<void> {
  zip.file(part, edit(await zip.file(part)!.async('string')));
}

/** `xl/worksheets/sheet3.xml` for the sheet named `name`, through the workbook's relationships. */
export async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const read = (part: string) => zip.file(part)?.async('string') ?? '';
  const sheetTag = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(
    await read('xl/workbook.xml'),
  );
  const rels = await read('xl/_rels/workbook.xml.rels');
  const target = sheetTag && new RegExp(`Id="${sheetTag[1]}"[^>]*Target="([^"]+)"`).exec(rels);
  if (!target) throw new Error(`no sheet ${name}`);
  return `xl/${target[1].replace(/^\/?xl\//, '')}`;
}

async function zipBytes(zip: JSZip): Promise<Uint8Array> {
  zip.forEach((_, entry) => {
    entry.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

export function sheet(book: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = book.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** The row number (1-based) of the first row whose cell in `col` reads `label`. */
export function rowOf(ws: ExcelJS.Worksheet, label: string, col = 1): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (String(ws.getCell(r, col).value ?? '').trim() === label) return r;
  }
  throw new Error(`${ws.name}: no row ${label}`);
}

/** A deterministic pseudo-random sequence (mulberry32), so generated files are the same on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Workbooks past what the reader takes (src/hosts/xlsx/limits.ts), each a small file that is large only once
 * inflated: the reader must refuse each with one line naming the limit, before building it in memory.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { rawZip, type RawEntry } from './zip-writer';

const SEED = path.join(__dirname, '..', '..', 'samples', 'seed-2026.xlsx');

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '</Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '</Relationships>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
  '</Relationships>';

function workbookXml(sheets: readonly string[]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
    sheets.map((name, i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId1"/>`).join('') +
    '</sheets></workbook>'
  );
}

function sheetXml(rows: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`
  );
}

const text = (t: string) => `<c t="inlineStr"><is><t>${t}</t></is></c>`;
const number = (n: number) => `<c><v>${n}</v></c>`;

/**
 * A 预算支出总表 of 600,000 rows of 5 cells, 3,000,000 cells, like the one that overflowed the stack after
 * 21 s at 1.7 GB. Its rows are alike and carry no addresses (Excel reads cells in order without them), its
 * labels are shared strings, so 45 MB of XML deflates to a few hundred KB.
 */
export async function threeMillionCells(): Promise<Uint8Array> {
  const words = ['2026年预算支出总表', '单位：万元', '科目编码', '科目名称', '合计', '基本支出', '项目支出'];
  const strings =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${words.length + 2}" uniqueCount="${words.length + 2}">` +
    [...words, '2010301', '行政运行'].map((w) => `<si><t>${w}</t></si>`).join('') +
    '</sst>';
  const shared = (i: number) => `<c t="s"><v>${i}</v></c>`;
  const header = `<row>${shared(0)}</row><row>${shared(1)}</row><row>${[2, 3, 4, 5, 6].map(shared).join('')}</row>`;
  const line = `<row>${shared(7)}${shared(8)}${number(3)}${number(2)}${number(1)}</row>`;
  return rawZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(['支出总表']) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/sharedStrings.xml', data: strings },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(header + line.repeat(600_000)) },
  ]);
}

/** 1,001 sheets (one more than the limit), all showing the same small part. */
export async function manySheets(): Promise<Uint8Array> {
  const names = Array.from({ length: 1001 }, (_, i) => `单位${String(i + 1).padStart(4, '0')}`);
  return rawZip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: ROOT_RELS },
    { name: 'xl/workbook.xml', data: workbookXml(names) },
    { name: 'xl/_rels/workbook.xml.rels', data: WORKBOOK_RELS },
    { name: 'xl/worksheets/sheet1.xml', data: sheetXml(`<row>${text('2026年预算支出总表')}</row>`) },
  ]);
}

/**
 * The seed with an "overlapping" zip bomb in it: one stored stream of 64 MB of zeros, deflated to 64 KB,
 * listed under ten image names, so the directory promises 640 MB that any reader would inflate in full.
 */
export async function zipBomb(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(fs.readFileSync(SEED));
  const entries: RawEntry[] = [];
  for (const [name, file] of Object.entries(zip.files)) {
    if (!file.dir) entries.push({ name, data: await file.async('uint8array') });
  }
  const images = Array.from({ length: 10 }, (_, i) => `xl/media/image${i + 1}.png`);
  entries.push({ name: images[0], data: new Uint8Array(64 * 2 ** 20), aliases: images.slice(1) });
  return rawZip(entries);
}

/**
 * The seed with one oddity in its XML that no spreadsheet program writes but files carry: number cells that
 * store no number, text that is not UTF-8, a label past Excel's length, sheet names Excel allows but most
 * code trips on, a figure near the largest a number can be.
 */
import { patchPart, patchSeed, sheetPart } from './workbook';

/** Replaces `<v>…</v>` of cell `a1` (which must hold one) in the sheet's XML by `stored`. */
function storeIn(xml: string, a1: string, stored: (attrs: string) => string): string {
  const cell = new RegExp(`<c r="${a1}"([^>]*)><v>[^<]*</v></c>`);
  if (!cell.test(xml)) throw new Error(`no number cell ${a1}`);
  return xml.replace(cell, (_m, attrs: string) => stored(attrs));
}

/**
 * Four number cells whose stored value is not a number: 表3!D9 `<v>0x10</v>` (a hexadecimal), 表5!C8 an empty
 * `<v></v>` in a formatted cell, 表6!C9 an empty `<v/>` in a cell with no format, 表2!H9 `<v>453.29元</v>`.
 * ExcelJS reads the first as 0, the second and third as blank, the last as 453.29.
 */
export async function storedNotNumbers(): Promise<Uint8Array> {
  return patchSeed(async (zip) => {
    const edits: [string, string, (attrs: string) => string][] = [
      ['表3', 'D9', (attrs) => `<c r="D9"${attrs}><v>0x10</v></c>`],
      ['表5', 'C8', (attrs) => `<c r="C8"${attrs}><v></v></c>`],
      ['表6', 'C9', () => `<c r="C9"><v/></c>`],
      ['表2', 'H9', (attrs) => `<c r="H9"${attrs}><v>453.29元</v></c>`],
    ];
    for (const [sheet, a1, stored] of edits) {
      await patchPart(zip, await sheetPart(zip, sheet), (xml) => storeIn(xml, a1, stored));
    }
  });
}

/** The shared strings with one byte that is not UTF-8 (0xFF, which no UTF-8 text holds) inside 行政运行. */
export async function invalidUtf8(): Promise<Uint8Array> {
  return patchSeed(async (zip) => {
    const part = 'xl/sharedStrings.xml';
    const bytes = Buffer.from(await zip.file(part)!.async('uint8array'));
    const at = bytes.indexOf(Buffer.from('行政运行'));
    if (at < 0) throw new Error('no 行政运行');
    bytes[at + 3] = 0xff;
    zip.file(part, bytes);
  });
}

/** 表3's 行政运行 label with 1,048,576 characters after it (Excel stops at 32,767). */
export async function longLabel(): Promise<Uint8Array> {
  return patchSeed(async (zip) => {
    await patchPart(zip, await sheetPart(zip, '表3'), (xml) => {
      const cell = /<c r="B9"([^>]*?) t="s"><v>\d+<\/v><\/c>/;
      if (!cell.test(xml)) throw new Error('no 表3!B9');
      const label = `行政运行${'（说明）'.repeat(2 ** 18)}`;
      return xml.replace(
        cell,
        (_m, attrs: string) => `<c r="B9"${attrs} t="inlineStr"><is><t>${label}</t></is></c>`,
      );
    });
  });
}

/**
 * Sheet names Excel allows: 表2 in apostrophes (`'表2 收入'`, as other programs write), 表3 with a tab, 表5
 * in Arabic script with a right-to-left mark, 表6 with an apostrophe inside; 表3 also has print titles that
 * name it.
 */
export const ODD_SHEET_NAMES: Readonly<Record<string, string>> = {
  表2: "'表2 收入'",
  表3: '表3\t支出',
  表5: '\u200f表5 ميزانية',
  表6: "It's 表6",
};

export async function oddSheetNames(): Promise<Uint8Array> {
  const attr = (name: string) =>
    name.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/\t/g, '&#9;');
  return patchSeed(async (zip) => {
    await patchPart(zip, 'xl/workbook.xml', (xml) => {
      let out = xml;
      for (const [from, to] of Object.entries(ODD_SHEET_NAMES)) {
        if (!out.includes(`name="${from}"`)) throw new Error(`no sheet ${from}`);
        out = out.replace(`name="${from}"`, `name="${attr(to)}"`);
      }
      const titles = `'${ODD_SHEET_NAMES['表3'].replace(/'/g, "''")}'!$4:$5`;
      return out.replace(
        '</sheets>',
        `</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="2">${attr(titles)}</definedName></definedNames>`,
      );
    });
  });
}

/** 表3!D9 (基本支出 of 行政运行) holds 1.7E+308, near the largest number a cell can hold. */
export async function hugeNumber(): Promise<Uint8Array> {
  return patchSeed(async (zip) => {
    await patchPart(zip, await sheetPart(zip, '表3'), (xml) =>
      storeIn(xml, 'D9', (attrs) => `<c r="D9"${attrs}><v>1.7E+308</v></c>`),
    );
  });
}

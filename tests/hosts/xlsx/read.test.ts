import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  cellAt,
  parseAddress,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../../src/engine/snapshot';
import { readWorkbook, WorkbookReadError, type WorkbookReadReason } from '../../../src/hosts/xlsx/read';
import { readWorkbookFile } from '../../../src/hosts/xlsx/read-file';
import { buildWorkbook } from '../../fixtures/layouts';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');
const sampleBytes = () => fs.readFileSync(path.join(SAMPLES, 'seed-2026.xlsx'));

function at(sheet: SheetSnapshot | undefined, a1: string) {
  if (!sheet) throw new Error('no such sheet');
  const { row, col } = parseAddress(a1);
  return cellAt(sheet, row, col);
}

function named(workbook: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return workbook.sheets.find((s) => s.name === name);
}

/** Builds a one-sheet workbook with ExcelJS and returns its bytes. */
async function xlsxWith(fill: (ws: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  fill(book.addWorksheet('S'), book);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

async function reasonFor(bytes: Uint8Array | ArrayBuffer): Promise<WorkbookReadReason> {
  try {
    await readWorkbook(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    return (error as WorkbookReadError).reason;
  }
  throw new Error('read did not fail');
}

describe('reading the seed sample', () => {
  let workbook: WorkbookSnapshot;
  beforeAll(async () => {
    workbook = await readWorkbookFile(path.join(SAMPLES, 'seed-2026.xlsx'));
  });

  it('lists the sheets in order, visible, under the file name', () => {
    expect(workbook.name).toBe('seed-2026.xlsx');
    expect(workbook.sheets.map((s) => s.name)).toEqual(Array.from({ length: 13 }, (_, i) => `表${i + 1}`));
    expect(workbook.sheets.every((s) => s.hidden === false)).toBe(true);
  });

  it('reads 表2: the 合计 row as formatted numbers, codes as text, the header merges', () => {
    const t2 = named(workbook, '表2');
    expect(at(t2, 'A7')).toEqual({ value: '合计' });
    expect(at(t2, 'C7')).toEqual({ value: 5660.05, format: '#,##0.00' });
    expect(at(t2, 'D7')?.value).toBe(4542.59);
    expect(at(t2, 'E7')).toBeUndefined();
    expect(at(t2, 'H7')?.value).toBe(1117.45);
    expect(at(t2, 'I7')?.value).toBe(10.27);
    expect(at(t2, 'A10')).toEqual({ value: '2010301', format: '@' });
    expect(t2?.merges).toEqual(expect.arrayContaining(['A2:I2', 'A5:B5', 'C5:H5', 'I5:I6']));
    // A merged area's other cells are not repeated as values.
    expect(at(t2, 'B5')).toBeUndefined();
    expect(at(t2, 'I6')).toBeUndefined();
  });

  it('holds exactly what the fixture builder holds', () => {
    const sorted = (w: WorkbookSnapshot) =>
      w.sheets.map((s) => ({ name: s.name, rows: s.rows, merges: [...(s.merges ?? [])].sort() }));
    expect(sorted(workbook)).toEqual(sorted(buildWorkbook()));
  });

  it('finds each planted error where planted-errors.json says', async () => {
    const planted = await readWorkbook(fs.readFileSync(path.join(SAMPLES, 'seed-2026-planted-errors.xlsx')));
    const records = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'planted-errors.json'), 'utf8')) as {
      sheet: string;
      address: string;
      original: string;
      planted: string;
    }[];
    expect(records).toHaveLength(4);
    expect(new Set(records.map((r) => r.sheet)).size).toBeGreaterThan(1);
    for (const r of records) {
      expect(at(named(workbook, r.sheet), r.address)?.value).toBe(Number(r.original));
      expect(at(named(planted, r.sheet), r.address)?.value).toBe(Number(r.planted));
    }
  });

  it('accepts an ArrayBuffer as well', async () => {
    const bytes = sampleBytes();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect((await readWorkbook(buffer)).sheets).toHaveLength(13);
  });
});

describe('cell values', () => {
  let workbook: WorkbookSnapshot;
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    const bytes = await xlsxWith((ws, book) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('A3').value = { formula: 'SUM(A1:A2)', result: 3 };
      ws.getCell('A3').numFmt = '0.00';
      ws.getCell('A4').value = { formula: 'SUM(A1:A2)', date1904: false };
      ws.getCell('B1').value = { formula: 'A1*2', result: 2 };
      ws.getCell('B2').value = { sharedFormula: 'B1', result: 4, date1904: false };
      ws.getCell('B3').value = { sharedFormula: 'B1', date1904: false };
      ws.getCell('C1').value = { error: '#REF!' };
      ws.getCell('C2').value = { formula: '1/0', result: { error: '#DIV/0!' }, date1904: false };
      ws.getCell('D1').value = { richText: [{ text: '一般公共', font: { bold: true } }, { text: '预算' }] };
      ws.getCell('D2').value = { text: '链接', hyperlink: 'https://example.org' };
      ws.getCell('D3').value = true;
      ws.getCell('D4').value = { formula: 'IF(A1>0,"是","否")', result: '是', date1904: false };
      ws.getCell('E1').border = { top: { style: 'thin' } };
      book.addWorksheet('hidden').state = 'hidden';
      book.addWorksheet('very').state = 'veryHidden';
    });
    workbook = await readWorkbook(bytes);
    sheet = workbook.sheets[0];
  });

  it('tells hidden and very hidden sheets', () => {
    expect(workbook.sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['S', false],
      ['hidden', true],
      ['very', true],
    ]);
  });

  it('gives a formula its cached result, with its format', () => {
    expect(at(sheet, 'A3')).toEqual({ value: 3, format: '0.00' });
    expect(at(sheet, 'D4')).toEqual({ value: '是' });
  });

  it('marks a formula without a cached result', () => {
    expect(at(sheet, 'A4')).toEqual({ value: null, formulaWithoutResult: true });
  });

  it('reads shared formulas like plain ones', () => {
    expect(at(sheet, 'B2')).toEqual({ value: 4 });
    expect(at(sheet, 'B3')).toEqual({ value: null, formulaWithoutResult: true });
  });

  it('reports error values, typed or computed', () => {
    expect(at(sheet, 'C1')).toEqual({ value: null, error: '#REF!' });
    expect(at(sheet, 'C2')).toEqual({ value: null, error: '#DIV/0!' });
  });

  it('flattens rich text and hyperlinks to their text, keeps booleans', () => {
    expect(at(sheet, 'D1')).toEqual({ value: '一般公共预算' });
    expect(at(sheet, 'D2')).toEqual({ value: '链接' });
    expect(at(sheet, 'D3')).toEqual({ value: true });
  });

  it('skips cells that only carry formatting', () => {
    expect(at(sheet, 'E1')).toBeUndefined();
  });
});

describe('files that are not readable workbooks', () => {
  it('rejects random bytes and an empty file', async () => {
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    expect(await reasonFor(random)).toBe('not-xlsx');
    expect(await reasonFor(new Uint8Array(0))).toBe('not-xlsx');
  });

  it('rejects a zip that holds no workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    expect(await reasonFor(await zip.generateAsync({ type: 'uint8array' }))).toBe('not-workbook');
  });

  it('reports a truncated file as corrupt', async () => {
    const bytes = sampleBytes();
    expect(await reasonFor(bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe('corrupt');
  });

  it('reports a workbook whose XML is broken as corrupt', async () => {
    const zip = await JSZip.loadAsync(sampleBytes());
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="x" sheetId="1" r:id="rId1"');
    zip.file('xl/worksheets/sheet1.xml', 'not xml at all <<<');
    expect(await reasonFor(await zip.generateAsync({ type: 'uint8array' }))).toBe('corrupt');
  });

  it('tells an encrypted workbook from an old .xls', async () => {
    const cfb = (withEncryptedPackage: boolean) => {
      const bytes = new Uint8Array(2048);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      const stream = withEncryptedPackage ? 'EncryptedPackage' : 'Workbook';
      Array.from(stream).forEach((ch, i) => (bytes[1024 + 2 * i] = ch.charCodeAt(0)));
      return bytes;
    };
    expect(await reasonFor(cfb(true))).toBe('encrypted');
    expect(await reasonFor(cfb(false))).toBe('legacy-xls');
    await expect(readWorkbook(cfb(true))).rejects.toThrow('工作簿已加密（设有打开密码），请先取消密码再审核');
    await expect(readWorkbook(cfb(false))).rejects.toThrow('这是旧版 .xls 文件，请在 Excel 中另存为 .xlsx');
  });

  it('rejects a workbook without sheets', async () => {
    const bytes = new Uint8Array(await new ExcelJS.Workbook().xlsx.writeBuffer());
    expect(await reasonFor(bytes)).toBe('empty');
  });

  it('keeps the underlying error and a Chinese message', async () => {
    const error = await readWorkbook(sampleBytes().subarray(0, 1000)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as WorkbookReadError).message).toMatch(/损坏/);
    expect((error as WorkbookReadError).cause).toBeInstanceOf(Error);
    await expect(readWorkbook(new Uint8Array([1, 2, 3]))).rejects.toThrow('不是 Excel 工作簿（.xlsx）文件');
  });

  it('reports a missing file as unreadable', async () => {
    await expect(readWorkbookFile(path.join(SAMPLES, 'no-such-file.xlsx'))).rejects.toMatchObject({
      reason: 'unreadable',
    });
  });
});

describe('size', () => {
  it('reads a 20,000-row sheet in reasonable time', async () => {
    const bytes = await xlsxWith((ws) => {
      for (let r = 0; r < 20000; r++) {
        ws.addRow([String(2010300 + (r % 100)), `项目${r}`, r + 0.25, r / 2, null, r % 3 ? r : null]);
      }
    });
    const started = Date.now();
    const [sheet] = (await readWorkbook(bytes)).sheets;
    expect(Date.now() - started).toBeLessThan(15000);
    expect(sheet.rows).toHaveLength(20000);
    expect(at(sheet, 'C20000')).toEqual({ value: 19999.25 });
    expect(at(sheet, 'E20000')).toBeUndefined();
  }, 60000);
});

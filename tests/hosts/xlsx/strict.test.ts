/**
 * The reader before ExcelJS: limits measured from the zip directory and while inflating (a directory can
 * lie), text that must be UTF-8, number cells that store no number, text past Excel's length, sheet names
 * other programs write. The corpus (tests/corpus) holds one file of each at the real limits; here the limits
 * are lowered so the files stay small and each rule is seen alone.
 */
import * as fs from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { rawZip } from '../../../scripts/corpus/zip-writer';
import { cellAt, parseAddress, type WorkbookSnapshot } from '../../../src/engine/snapshot';
import { READ_LIMITS } from '../../../src/hosts/xlsx/limits';
import { runCheck } from '../../../src/engine';
import { readWorkbook, WorkbookReadError, type ReadOptions } from '../../../src/hosts/xlsx/read';
import { SheetScanner } from '../../../src/hosts/xlsx/scan';
import { readZipDirectory } from '../../../src/hosts/xlsx/zip';

const SEED = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'samples', 'seed-2026.xlsx'));

async function refusal(bytes: Uint8Array, options?: ReadOptions): Promise<WorkbookReadError> {
  try {
    await readWorkbook(bytes, 'x.xlsx', options);
  } catch (error) {
    if (error instanceof WorkbookReadError) return error;
    throw error;
  }
  throw new Error('read did not fail');
}

/** The seed with some parts replaced (text, or bytes as they are). */
async function seedWith(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(SEED);
  for (const [name, data] of Object.entries(parts)) zip.file(name, data);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

async function part(name: string): Promise<string> {
  return (await JSZip.loadAsync(SEED)).file(name)!.async('string');
}

function at(workbook: WorkbookSnapshot, sheet: string, a1: string) {
  const { row, col } = parseAddress(a1);
  return cellAt(
    workbook.sheets.find((s) => s.name === sheet)!,
    row,
    col,
  );
}

/** 表3 (sheet3.xml) with cell `a1`'s `<c …>…</c>` replaced by `cell`. */
async function seedWithCell(a1: string, cell: string): Promise<Uint8Array> {
  const xml = await part('xl/worksheets/sheet3.xml');
  const re = new RegExp(`<c r="${a1}"[^>]*?(?:/>|>.*?</c>)`);
  expect(xml).toMatch(re);
  return seedWith({ 'xl/worksheets/sheet3.xml': xml.replace(re, cell) });
}

describe('limits', () => {
  it('are what docs/cli.md says', () => {
    const doc = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'docs', 'cli.md'), 'utf8');
    for (const figure of ['1,000,000 个', '1,000 张', '10,000 个', '256 MB', '512 MB', '32,767 个字符'])
      expect(doc).toContain(figure);
    expect(READ_LIMITS).toEqual({
      entries: 10_000,
      sheets: 1_000,
      cells: 1_000_000,
      partBytes: 256 * 2 ** 20,
      totalBytes: 512 * 2 ** 20,
    });
  });

  it('refuse a package of too many entries, from its directory', async () => {
    const error = await refusal(SEED, { limits: { entries: 20 } });
    expect([error.reason, error.message]).toEqual([
      'too-large',
      `超出了本工具的处理上限：压缩包中的条目有 ${readZipDirectory(SEED)!.length} 个，最多 20 个`,
    ]);
  });

  it('refuse too many cells, counted before ExcelJS builds any', async () => {
    const error = await refusal(SEED, { limits: { cells: 1000 } });
    expect(error.message).toMatch(
      /^超出了本工具的处理上限：单元格(超过 1,000 个|有 [\d,]+ 个，最多 1,000 个)$/,
    );
    // The seed itself is far inside.
    await expect(readWorkbook(SEED, 'seed.xlsx')).resolves.toBeDefined();
  });

  it('refuse too many sheets', async () => {
    expect((await refusal(SEED, { limits: { sheets: 12 } })).message).toBe(
      '超出了本工具的处理上限：工作表有 13 张，最多 12 张',
    );
  });

  it('refuse a part that inflates past its limit though the directory understates it', async () => {
    const bytes = rawZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook><sheets/></workbook>' },
      // 4 MB of zeros said to be 100 bytes: only inflating tells.
      { name: 'xl/media/image1.png', data: new Uint8Array(4 * 2 ** 20), statedSize: 100 },
    ]);
    expect(readZipDirectory(bytes)!.map((e) => e.uncompressedSize)).toEqual([8, 30, 100]);
    const error = await refusal(bytes, { limits: { partBytes: 2 ** 20 } });
    expect(error.message).toBe(
      '超出了本工具的处理上限：部件 xl/media/image1.png 解压后超过 1 MB（可能是“压缩炸弹”）',
    );
    const total = await refusal(bytes, { limits: { totalBytes: 2 * 2 ** 20 } });
    expect(total.message).toBe('超出了本工具的处理上限：解压后超过 2 MB（可能是“压缩炸弹”）');
  });

  it('refuse by the directory alone when it states more than the total', async () => {
    const stated = readZipDirectory(SEED)!.reduce((sum, e) => sum + e.uncompressedSize, 0);
    const error = await refusal(SEED, { limits: { totalBytes: 2 ** 16 } });
    expect(error.message).toBe(
      `超出了本工具的处理上限：解压后共 ${Math.round(stated / 1024)} KB，最多 64 KB（可能是“压缩炸弹”）`,
    );
  });
});

describe('text that is not UTF-8', () => {
  it('in a sheet: the sheet is named', async () => {
    const xml = Buffer.from(await part('xl/worksheets/sheet3.xml'));
    const at = xml.indexOf('<sheetData>');
    const broken = Buffer.concat([xml.subarray(0, at), Buffer.from([0xc3, 0x28]), xml.subarray(at)]);
    const error = await refusal(await seedWith({ 'xl/worksheets/sheet3.xml': broken }));
    expect([error.reason, error.message]).toEqual([
      'bad-text',
      '工作簿中有不是有效 UTF-8 编码的文字（工作表「表3」），文件可能已被其他程序改坏；请在 Excel 中打开修复后另存，或重新导出',
    ]);
  });

  it('cut off part way through a character at the end of a part', async () => {
    const xml = Buffer.from(await part('xl/sharedStrings.xml'));
    const cut = Buffer.concat([xml, Buffer.from('行').subarray(0, 2)]);
    expect((await refusal(await seedWith({ 'xl/sharedStrings.xml': cut }))).reason).toBe('bad-text');
  });
});

describe('number cells that store no number', () => {
  it.each([
    ['0x10', '<c r="D9" s="4"><v>0x10</v></c>', '0x10'],
    ['an empty value', '<c r="D9" s="4"><v></v></c>', '（空）'],
    ['an empty value, no format', '<c r="D9"><v/></c>', '（空）'],
    ['text after the figure', '<c r="D9" s="4"><v>1682.87abc</v></c>', '1682.87abc'],
    ['INF', '<c r="D9" s="4" t="n"><v>INF</v></c>', 'INF'],
    ['a formula whose cached result is no number', '<c r="D9" s="4"><f>1+1</f><v>0x10</v></c>', '0x10'],
  ])('%s is read as the text it stores, for the engine to find unreadable', async (_what, cell, stored) => {
    const workbook = await readWorkbook(await seedWithCell('D9', cell));
    expect(at(workbook, '表3', 'D9')?.value).toBe(stored);
  });

  it.each([
    ['a plain number', '<c r="D9" s="4"><v>1682.87</v></c>', 1682.87],
    ['spaces around it', '<c r="D9" s="4"><v> 1682.87 </v></c>', 1682.87],
    ['an exponent', '<c r="D9" s="4"><v>1.68287E3</v></c>', 1682.87],
    ['a formula without result', '<c r="D9" s="4"><f>1+1</f><v></v></c>', null],
  ])('%s reads as before', async (_what, cell, value) => {
    const workbook = await readWorkbook(await seedWithCell('D9', cell));
    expect(at(workbook, '表3', 'D9')?.value).toBe(value);
  });

  it('scans cells without addresses by their place, and counts every cell', () => {
    const scanner = new SheetScanner();
    scanner.feed('<sheetData><row r="4"><c><v>1</v></c><c t="s"><v>0</v></c>');
    scanner.feed('<c><v>x</v></c></row><row><c r="C5"/><c><v></v></c></row></sheetData>');
    scanner.end();
    expect(scanner.cells).toBe(5);
    expect(scanner.badNumbers).toEqual([
      { address: 'C4', stored: 'x' },
      { address: 'D5', stored: '' },
    ]);
  });
});

describe('text past Excel’s 32,767 characters', () => {
  it('is cut to that length, the row still read, and the check tells the user on that cell', async () => {
    const label = `行政运行${'长'.repeat(40_000)}`;
    const bytes = await seedWithCell('B9', `<c r="B9" t="inlineStr"><is><t>${label}</t></is></c>`);
    const workbook = await readWorkbook(bytes, 'x.xlsx');
    expect(at(workbook, '表3', 'B9')).toMatchObject({ value: label.slice(0, 32_767), cutFrom: 40_004 });
    expect(at(workbook, '表3', 'C9')?.value).toBe(1682.87);
    const { report } = runCheck(workbook);
    expect(report.findings.filter((f) => f.severity !== 'info' && f.rule !== 'table-missing')).toEqual([
      expect.objectContaining({
        rule: 'cell-text-cut',
        severity: 'warning',
        cells: [{ sheet: '表3', address: 'B9' }],
        tables: ['T3'],
        message:
          '工作表「表3」B9 的文字有 40,004 个字符，超过了 Excel 单元格的上限 32,767 个字符，只读取了前 32,767 个字符。请在 Excel 中缩短。',
      }),
    ]);
  });

  it('not when it is exactly that long', async () => {
    const label = '长'.repeat(32_767);
    const workbook = await readWorkbook(
      await seedWithCell('B9', `<c r="B9" t="inlineStr"><is><t>${label}</t></is></c>`),
      'x',
    );
    expect(at(workbook, '表3', 'B9')).toEqual({ value: label });
    expect(runCheck(workbook).report.findings.filter((f) => f.rule === 'cell-text-cut')).toEqual([]);
  });
});

describe('sheet names other programs write', () => {
  it.each([["'表3'"], ["表3'"], ['表3 这是一个超过三十一个字符的很长很长很长很长的工作表名称']])(
    '%s is read as the file has it',
    async (name) => {
      const xml = await part('xl/workbook.xml');
      const escaped = name.replace(/'/g, '&apos;');
      const workbook = await readWorkbook(
        await seedWith({ 'xl/workbook.xml': xml.replace('name="表3"', `name="${escaped}"`) }),
      );
      expect(workbook.sheets[2].name).toBe(name);
    },
  );
});

describe('without DecompressionStream (an old browser)', () => {
  const saved = globalThis.DecompressionStream;
  afterEach(() => {
    globalThis.DecompressionStream = saved;
  });

  it('still reads the workbook, with the directory’s limits only', async () => {
    // @ts-expect-error -- removed for this test, as a browser without it has none.
    delete globalThis.DecompressionStream;
    const workbook = await readWorkbook(SEED, 'seed.xlsx');
    expect(workbook.sheets).toHaveLength(13);
    expect((await refusal(SEED, { limits: { entries: 20 } })).reason).toBe('too-large');
  });
});

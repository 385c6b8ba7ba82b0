import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook, type CheckReport, type Finding, type Severity } from '../../../src/engine';
import { annotateWorkbook } from '../../../src/hosts/xlsx/annotate';
import { readWorkbook } from '../../../src/hosts/xlsx/read';
import { SEVERITY_COLOURS } from '../../../src/ui-shared/severity-colours';

const SAMPLES = path.join(__dirname, '..', '..', '..', 'samples');

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

function fillOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill?.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

function noteOf(cell: ExcelJS.Cell): string {
  const note = cell.note;
  if (!note) return '';
  return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
}

const argbOf = (severity: Severity) => `FF${SEVERITY_COLOURS[severity].fill.slice(1).toUpperCase()}`;

function finding(severity: Severity, address: string, message: string): Finding {
  return { rule: 'test', severity, message, cells: [{ sheet: 'S', address }], tables: [] };
}

describe('annotateWorkbook on a small workbook', () => {
  let input: Uint8Array;
  let before: string;
  let book: ExcelJS.Workbook;
  let marked: number;

  beforeAll(async () => {
    const source = new ExcelJS.Workbook();
    const ws = source.addWorksheet('S');
    // One shared format, so a fill on one cell must not leak to its neighbours.
    for (const a of ['A1', 'B1', 'C1', 'D1']) {
      ws.getCell(a).value = 1;
      ws.getCell(a).numFmt = '0.00';
    }
    ws.getCell('A1').note = '编制人的批注';
    input = new Uint8Array(await source.xlsx.writeBuffer());
    before = sha(input);

    const report: CheckReport = {
      tables: [],
      findings: [
        finding('info', 'A1', 'A1 的尾差'),
        finding('error', 'A1', 'A1 的错误'),
        finding('warning', 'B1', 'B1 的提示'),
        finding('info', 'C1', 'C1 的尾差'),
        { ...finding('error', 'A1', '不存在的表'), cells: [{ sheet: '没有这张表', address: 'A1' }] },
      ],
      suspects: [],
      summary: { errors: 2, warnings: 1, infos: 2 },
    };
    const result = await annotateWorkbook(input, report);
    marked = result.cells;
    book = await load(result.bytes);
  });

  it('fills each cell in its most serious finding’s colour', () => {
    const ws = book.getWorksheet('S')!;
    expect(fillOf(ws.getCell('A1'))).toBe(argbOf('error'));
    expect(fillOf(ws.getCell('B1'))).toBe(argbOf('warning'));
    expect(fillOf(ws.getCell('C1'))).toBe(argbOf('info'));
    expect(fillOf(ws.getCell('D1'))).toBeUndefined();
    expect(ws.getCell('A1').font?.color?.argb).toBe(`FF${SEVERITY_COLOURS.error.text.slice(1)}`);
    expect(ws.getCell('A1').numFmt).toBe('0.00');
    expect(marked).toBe(3);
  });

  it('notes every finding about a cell, most serious first, after the note it already had', () => {
    const note = noteOf(book.getWorksheet('S')!.getCell('A1'));
    expect(note.startsWith('编制人的批注')).toBe(true);
    expect(note.indexOf('错误：A1 的错误')).toBeGreaterThan(0);
    expect(note.indexOf('尾差：A1 的尾差')).toBeGreaterThan(note.indexOf('错误：A1 的错误'));
    expect(noteOf(book.getWorksheet('S')!.getCell('B1'))).toContain('提示：B1 的提示');
    expect(noteOf(book.getWorksheet('S')!.getCell('D1'))).toBe('');
  });

  it('leaves the input bytes alone', () => {
    expect(sha(input)).toBe(before);
  });
});

describe('annotateWorkbook on the planted sample', () => {
  it('marks every planted cell red with a note, and keeps the rest of the workbook', async () => {
    const input = fs.readFileSync(path.join(SAMPLES, 'seed-2026-planted-errors.xlsx'));
    const before = sha(input);
    const report = checkWorkbook(await readWorkbook(input));
    const book = await load((await annotateWorkbook(input, report)).bytes);

    const planted = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'planted-errors.json'), 'utf8')) as {
      sheet: string;
      address: string;
      planted: string;
    }[];
    for (const p of planted) {
      const cell = book.getWorksheet(p.sheet)!.getCell(p.address);
      expect({ at: `${p.sheet}!${p.address}`, fill: fillOf(cell) }).toEqual({
        at: `${p.sheet}!${p.address}`,
        fill: argbOf('error'),
      });
      expect(noteOf(cell)).toContain('错误：');
      expect(Number(cell.value).toFixed(2)).toBe(p.planted);
    }
    expect(book.worksheets.map((w) => w.name)).toEqual(Array.from({ length: 13 }, (_, i) => `表${i + 1}`));
    expect(sha(input)).toBe(before);
  });
});

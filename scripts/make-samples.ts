/**
 * Writes samples/seed-2026.xlsx (the 2026 seed disclosure, one sheet per table, laid out like the published
 * tables), samples/seed-2026-planted-errors.xlsx (the same with four planted errors) and
 * samples/planted-errors.json, and prints the planted errors as a markdown table.
 *
 * The cells come from the test fixtures' builder (tests/fixtures/layouts.ts) with its default options, so the
 * sample and the in-memory fixtures hold the same figures in the same places. Run: npm run samples
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellText, type SheetSnapshot } from '../src/engine/snapshot';
import { seedTable } from '../tests/fixtures/seed';
import {
  buildSeedLayout,
  editAddress,
  locateEdit,
  type Edit,
  type Placement,
} from '../tests/fixtures/layouts';

const SAMPLES = path.join(__dirname, '..', 'samples');
/** Fixed document and zip-entry dates, so re-running gives byte-identical files. */
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

type Kind = 'leaf' | 'total' | 'cross-table' | 'transposed';

interface Planted extends Edit {
  readonly kind: Kind;
  readonly description: string;
}

const PLANTED: readonly Planted[] = [
  {
    table: 'T6',
    row: '差旅费',
    col: '公用经费',
    value: '57.00',
    kind: 'leaf',
    description:
      '表6 差旅费（办公经费）的公用经费 52.00 改为 57.00：该行合计 52.00 ≠ 人员经费+公用经费；商品和服务支出的公用经费 397.43 ≠ 其明细之和 402.43',
  },
  {
    table: 'T3',
    row: '合计',
    col: '基本支出',
    value: '3490.30',
    kind: 'total',
    description:
      '表3 合计行的基本支出 3480.30 改为 3490.30：合计行 5670.31 ≠ 基本支出+项目支出；基本支出合计 3490.30 ≠ 各类之和 3480.31（差 9.99，远超尾差）',
  },
  {
    table: 'T1',
    row: '一、一般公共预算',
    col: '2026年',
    value: '4642.59',
    kind: 'cross-table',
    description:
      '表1 收入“一、一般公共预算” 4542.59 改为 4642.59：与表2 合计·一般公共预算、表4 一般公共预算收入、表5 合计（均为 4542.59）不符；表1 本年收入合计 5660.05 ≠ 收入各项之和 5760.04',
  },
  {
    table: 'T5',
    row: '2010301',
    col: '基本支出',
    value: '1628.87',
    kind: 'transposed',
    description:
      '表5 2010301 行政运行 的基本支出 1682.87 误录为 1628.87（数字颠倒）：该行合计 1682.87 ≠ 基本支出+项目支出；20103 的基本支出 2163.51 ≠ 其各项之和 2109.50',
  },
];

async function main(): Promise<void> {
  await writeSample('seed-2026.xlsx', []);
  await writeSample('seed-2026-planted-errors.xlsx', PLANTED);

  const records = PLANTED.map((p) => {
    const source = seedTable(p.table);
    const { line, col } = locateEdit(source, p);
    const at = editAddress(p);
    return {
      sheet: at.sheet,
      address: at.address,
      original: source.lines[line][col],
      planted: p.value,
      kind: p.kind,
      description: p.description,
    };
  });
  fs.writeFileSync(path.join(SAMPLES, 'planted-errors.json'), JSON.stringify(records, null, 2) + '\n');

  console.log('| 工作表 | 单元格 | 原值 | 改为 | 类型 | 说明 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of records) {
    console.log(
      `| ${r.sheet} | ${r.address} | ${r.original} | ${r.planted} | ${r.kind} | ${r.description} |`,
    );
  }
}

async function writeSample(file: string, edits: readonly Edit[]): Promise<void> {
  const { workbook, placements } = buildSeedLayout({ edit: edits });
  const book = new ExcelJS.Workbook();
  book.creator = 'budget-table-checker';
  book.lastModifiedBy = 'budget-table-checker';
  book.created = FIXED_DATE;
  book.modified = FIXED_DATE;
  for (const sheet of workbook.sheets) {
    const ws = book.addWorksheet(sheet.name);
    writeCells(ws, sheet);
    for (const p of placements.filter((p) => p.sheet === sheet.name)) styleTable(ws, sheet, p);
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  }
  const bytes = await fixZipDates(Buffer.from(await book.xlsx.writeBuffer()));
  fs.writeFileSync(path.join(SAMPLES, file), bytes);
}

function writeCells(ws: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cell.value;
      if (cell.format) target.numFmt = cell.format;
    }),
  );
}

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Bold centred title, bold boxed header, boxed data rows, and columns wide enough for their text. */
function styleTable(ws: ExcelJS.Worksheet, sheet: SheetSnapshot, p: Placement): void {
  const title = ws.getCell(p.titleRow + 1, p.left + 1);
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(p.titleRow + 1).height = 28;

  const columns = Array.from({ length: p.width }, (_, i) => p.left + i);
  for (const r of p.headerRows) {
    for (const c of columns) {
      const cell = ws.getCell(r + 1, c + 1);
      cell.font = { bold: true };
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.border = THIN;
    }
  }
  for (const r of p.dataRows) for (const c of columns) ws.getCell(r + 1, c + 1).border = THIN;

  for (const c of columns) {
    const texts = [...p.headerRows, ...p.dataRows].map((r) => cellText(sheet.rows[r]?.[c]));
    const widest = Math.max(...texts.map(displayWidth));
    const column = ws.getColumn(c + 1);
    column.width = Math.max(column.width ?? 0, Math.min(46, Math.max(12, widest + 2)));
  }
}

/** Excel's column width counts narrow characters; a CJK character takes two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e7f ? 2 : 1;
  return width;
}

/** ExcelJS stamps every zip entry with the current time; re-pack with a fixed one. */
async function fixZipDates(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  zip.forEach((_, entry) => {
    entry.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

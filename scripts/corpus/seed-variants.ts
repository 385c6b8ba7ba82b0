/**
 * The seed sample changed in one way each, as real workbooks differ from it. Each either keeps the seed's
 * figures (so it must check exactly like the seed) or plants a problem the checker must name by cell.
 */
import ExcelJS from 'exceljs';
import { bookBytes, loadSeed, patchSeedSheet, random, rowOf, sheet } from './workbook';

/** Each number cell from `firstRow` down: below the header, only amounts are numbers in the seed. */
function eachAmount(ws: ExcelJS.Worksheet, firstRow: number, visit: (cell: ExcelJS.Cell) => void): void {
  for (let r = firstRow; r <= ws.rowCount; r++) {
    for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.getCell(r, c);
      if (typeof cell.value === 'number') visit(cell);
    }
  }
}

/** Excel's "Move or Copy… › Create a copy": values, formats and merges, under `name`. */
function copySheet(book: ExcelJS.Workbook, from: string, name: string): ExcelJS.Worksheet {
  const source = sheet(book, from);
  const copy = book.addWorksheet(name);
  source.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const target = copy.getCell(r, c);
      target.value = cell.value;
      target.numFmt = cell.numFmt;
    }),
  );
  for (const range of mergesOf(source)) copy.mergeCells(range);
  return copy;
}

/** First in the tab order: ExcelJS writes sheets by `orderNo`, a field its typings leave out. */
function moveToFront(book: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  for (const other of book.worksheets) order(other).orderNo += 1;
  order(ws).orderNo = 0;
}

function mergesOf(ws: ExcelJS.Worksheet): string[] {
  // ExcelJS keeps merges by anchor; `model.merges` lists them as ranges.
  return (ws.model as unknown as { merges: string[] }).merges;
}

/** A second sheet that also reads as 表2: Excel's copy of it, left in the workbook. */
export async function duplicateTable(): Promise<Uint8Array> {
  const book = await loadSeed();
  copySheet(book, '表2', '表2 (2)');
  return bookBytes(book);
}

/**
 * Merged cells across the amount area, each over blank cells beside its value (as people merge to centre
 * a figure): 表3 行政运行 基本支出 over 项目支出, 表11's empty 政府性基金 column down three rows, 表8's
 * empty 合计 row across all its amounts.
 */
export async function mergedAmounts(): Promise<Uint8Array> {
  const book = await loadSeed();
  const t3 = sheet(book, '表3');
  t3.mergeCells(rowOf(t3, '2010301'), 4, rowOf(t3, '2010301'), 5);
  const t11 = sheet(book, '表11');
  t11.mergeCells(rowOf(t11, '部门合计'), 4, rowOf(t11, '部门合计') + 2, 4);
  const t8 = sheet(book, '表8');
  t8.mergeCells(rowOf(t8, '合计'), 3, rowOf(t8, '合计'), 5);
  return bookBytes(book);
}

/**
 * 表3 and 表5 with their header split over two rows the other common way: 科目编码, 科目名称 and 合计 each
 * merged down both rows, 基本支出 and 项目支出 under a merged 其中.
 */
export async function splitHeader(): Promise<Uint8Array> {
  const book = await loadSeed();
  for (const name of ['表3', '表5']) {
    const ws = sheet(book, name);
    const top = rowOf(ws, '项目');
    ws.unMergeCells(top, 1, top, 2);
    ws.unMergeCells(top, 3, top, 5);
    const words: [number, string][] = [
      [1, '科目编码'],
      [2, '科目名称'],
      [3, '合计'],
    ];
    for (const [col, word] of words) {
      ws.getCell(top, col).value = word;
      ws.getCell(top + 1, col).value = null;
      ws.mergeCells(top, col, top + 1, col);
    }
    ws.getCell(top, 4).value = '其中';
    ws.getCell(top, 5).value = null;
    ws.mergeCells(top, 4, top, 5);
  }
  return bookBytes(book);
}

const FULL_WIDTH = (text: string) =>
  text.replace(/[0-9.,]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
const GROUPED = (value: number) =>
  value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The seed's figures typed as text: 表3 with thousands separators and stray (also no-break) spaces, 表5 in
 * full-width digits with an ideographic space, 表10's 650.00 as `6.5E+2` and `6.50E+02`.
 */
export async function textAmounts(): Promise<Uint8Array> {
  const book = await loadSeed();
  const spaces = [' ', '  ', '\u00a0', ''];
  let n = 0;
  const t3 = sheet(book, '表3');
  eachAmount(t3, rowOf(t3, '合计'), (cell) => {
    cell.value = `${spaces[n++ % 4]}${GROUPED(cell.value as number)}${spaces[n % 4]}`;
  });
  const t5 = sheet(book, '表5');
  eachAmount(t5, rowOf(t5, '合计'), (cell) => {
    cell.value = `\u3000${FULL_WIDTH((cell.value as number).toFixed(2))}`;
  });
  const t10 = sheet(book, '表10');
  const abroad = rowOf(t10, '因公出国（境）费');
  t10.getCell(abroad, 2).value = '6.5E+2';
  t10.getCell(abroad, 3).value = '6.50E+02';
  return bookBytes(book);
}

/**
 * 表3 with columns G to Z, blank beside the table, merged whole (`G1:Z1048576`): one selection and a click
 * in Excel, 20 million cells if a reader builds each one.
 */
export async function wholeColumnMerge(): Promise<Uint8Array> {
  return patchSeedSheet('表3', (xml) => {
    const patched = xml.replace(/<mergeCells count="(\d+)">/, (_, n: string) => {
      return `<mergeCells count="${Number(n) + 1}"><mergeCell ref="G1:Z1048576"/>`;
    });
    if (patched === xml) throw new Error('表3 has no mergeCells element');
    return patched;
  });
}

/** 表3 with a stray note in the sheet's very last row (`A1048576`), as Ctrl+↓ and a keystroke leave one. */
export async function lastRowNote(): Promise<Uint8Array> {
  return patchSeedSheet('表3', (xml) =>
    xml.replace(
      '</sheetData>',
      '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>备注：已核对</t></is></c></row></sheetData>',
    ),
  );
}

/** Excel error values in amount cells: typed `#REF!`, a computed `#DIV/0!`, a computed `#VALUE!`. */
export async function errorValues(): Promise<Uint8Array> {
  const book = await loadSeed();
  const t3 = sheet(book, '表3');
  t3.getCell(rowOf(t3, '2010301'), 4).value = { error: '#REF!' };
  const t5 = sheet(book, '表5');
  t5.getCell(rowOf(t5, '合计'), 3).value = { formula: 'D6/0', result: { error: '#DIV/0!' } };
  const t6 = sheet(book, '表6');
  t6.getCell(rowOf(t6, '印刷费'), 5).value = { formula: 'E30+"元"', result: { error: '#VALUE!' } };
  return bookBytes(book);
}

/**
 * Totals as formulas: 表3's 合计 row with cached results (as Excel saves them), 表11's 部门合计 without (as
 * a generator that never calculates leaves them).
 */
export async function formulasWithoutResult(): Promise<Uint8Array> {
  const book = await loadSeed();
  const t3 = sheet(book, '表3');
  const total = rowOf(t3, '合计');
  const classes = ['201', '208', '210'].map((code) => rowOf(t3, code));
  for (const col of [3, 4, 5]) {
    const cell = t3.getCell(total, col);
    const letter = cell.address.replace(/\d+$/, '');
    cell.value = {
      formula: classes.map((r) => `${letter}${r}`).join('+'),
      result: cell.value as number,
    } as ExcelJS.CellFormulaValue;
  }
  const t11 = sheet(book, '表11');
  const dept = rowOf(t11, '部门合计');
  for (const col of [2, 3]) {
    const letter = t11.getCell(dept, col).address.replace(/\d+$/, '');
    t11.getCell(dept, col).value = {
      formula: `SUM(${letter}${dept + 1}:${letter}${dept + 2})`,
    } as ExcelJS.CellFormulaValue;
  }
  return bookBytes(book);
}

/** Hidden rows in 表6 and 表12, a hidden scratch sheet and a very hidden one, none of them a table. */
export async function hiddenRowsAndSheets(): Promise<Uint8Array> {
  const book = await loadSeed();
  const t6 = sheet(book, '表6');
  for (let r = rowOf(t6, '印刷费'); r < rowOf(t6, '印刷费') + 4; r++) t6.getRow(r).hidden = true;
  const t12 = sheet(book, '表12');
  t12.getRow(t12.rowCount - 1).hidden = true;
  const scratch = book.addWorksheet('底稿', { state: 'hidden' });
  scratch.addRows([
    ['测算过程', '', ''],
    ['人员经费', 2431.96, '=表6!D6'],
    ['公用经费', 473.19, '=表6!E6'],
  ]);
  book.addWorksheet('宏数据', { state: 'veryHidden' }).getCell('A1').value = 'v2.3';
  return bookBytes(book);
}

/**
 * A hidden sheet placed first that holds last round's draft of 表3 (other figures, not adding up), as
 * compilers keep one. The visible 表3 is the one published; the draft must not be checked in its place.
 */
export async function hiddenDraftFirst(): Promise<Uint8Array> {
  const book = await loadSeed();
  const draft = copySheet(book, '表3', '表3旧');
  draft.state = 'hidden';
  const jitter = random(3);
  eachAmount(draft, rowOf(draft, '合计'), (cell) => {
    cell.value = Math.round((cell.value as number) * (0.9 + 0.2 * jitter()) * 100) / 100;
  });
  moveToFront(book, draft);
  return bookBytes(book);
}

/**
 * 表10 in 元 with two decimals and 表11 in 元 as whole numbers (`金额单位：元`), beside the other tables
 * in 万元: the same money, so the workbook checks as the seed does.
 */
export async function yuanTables(): Promise<Uint8Array> {
  const book = await loadSeed();
  const toYuan = (name: string, unitLine: string, format: string) => {
    const ws = sheet(book, name);
    const unit = rowOf(ws, '单位：万元');
    ws.getCell(unit, 1).value = unitLine;
    eachAmount(ws, unit + 1, (cell) => {
      cell.value = Math.round((cell.value as number) * 10000);
      // Cells loaded by ExcelJS share style objects: replace this cell's, never mutate the shared one.
      cell.style = { ...cell.style, numFmt: format };
    });
  };
  toYuan('表10', '单位：元', '#,##0.00');
  toYuan('表11', '金额单位：元', '#,##0');
  return bookBytes(book);
}

/**
 * A sheet 5,000 columns wide (a data export pasted in: headings that use the tables' words, figures below),
 * and a stray note far to the right of 表3's data, both beside the seed's tables.
 */
export async function wideSheet(): Promise<Uint8Array> {
  const book = await loadSeed();
  const WIDTH = 5000;
  const words = ['合计', '一般公共预算', '基本支出', '项目支出', '人员经费', '公用经费', '上年结转'];
  const next = random(5000);
  const ws = book.addWorksheet('原始数据');
  ws.addRow(Array.from({ length: WIDTH }, (_, i) => `${words[i % words.length]}${i + 1}`));
  for (let r = 0; r < 3; r++) {
    ws.addRow(Array.from({ length: WIDTH }, () => Math.round(next() * 1e6) / 100));
  }
  const t3 = sheet(book, '表3');
  t3.getCell(rowOf(t3, '合计'), WIDTH).value = '已核对';
  return bookBytes(book);
}

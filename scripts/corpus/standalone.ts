/** Workbooks built from scratch: no tables at all, an expenditure table of odd amounts, a very long table. */
import ExcelJS from 'exceljs';
import { bookBytes, newBook, random } from './workbook';

const AMOUNT_STYLE: Partial<ExcelJS.Style> = Object.freeze({ numFmt: '#,##0.00' });

type Line = readonly (string | number | null)[];

/** A 预算支出总表 (T3): title, department, unit, a two-row header, then `rows` (code, name, 合计, 基本, 项目). */
function writeExpenditureTable(ws: ExcelJS.Worksheet, rows: readonly Line[]): void {
  ws.addRows([
    ['2026年预算支出总表'],
    ['部门名称：某某市某某局'],
    ['单位：万元'],
    ['项目', null, '2026年预算数'],
    ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
  ]);
  ws.mergeCells('A1:E1');
  ws.mergeCells('A4:B4');
  ws.mergeCells('C4:E4');
  for (const line of rows) {
    const row = ws.addRow(line);
    row.eachCell((cell) => {
      if (typeof cell.value === 'number') cell.style = AMOUNT_STYLE;
    });
  }
}

/**
 * A workbook with content but no disclosure table: a cover, a table of contents that names every table
 * (with and without leader dots), the narrative with figures in its sentences, and a blank sheet.
 */
export async function noTables(): Promise<Uint8Array> {
  const book = newBook();
  book.addWorksheet('封面').addRows([['某某市某某局'], ['2026年部门预算公开'], ['二〇二六年二月']]);
  book
    .addWorksheet('目录')
    .addRows([
      ['目录'],
      ['第一部分 部门概况'],
      ['第二部分 2026年部门预算公开表'],
      ['表1 2026年预算收支总表'],
      ['表2 2026年预算收入总表'],
      ['表3', '2026年预算支出总表', 3],
      ['表4 2026年财政拨款收支总表……………………4'],
      ['表5 2026年一般公共预算支出预算表', null, 5],
      ['第三部分 2026年部门预算情况说明'],
    ]);
  book
    .addWorksheet('情况说明')
    .addRows([
      ['一、收支预算总体情况'],
      ['2026年收入总计5,670.31万元，其中一般公共预算4,542.59万元，单位资金1,117.45万元。'],
      ['收入', 5670.31, '支出', 5670.31],
      ['二、"三公"经费预算情况说明'],
      ['2026年"三公"经费预算742.77万元。'],
    ]);
  book.addWorksheet('Sheet1');
  return bookBytes(book);
}

/**
 * A lone 预算支出总表 whose amounts are text in every way a compiler types them: stray spaces, thousands
 * separators, full-width digits, `（12.00）` and `12.00-` for negatives (a 冲减), `1.2E+3`, a full-width
 * minus, and a negative number shown in parentheses by its format. Every total adds up.
 */
export async function oddAmounts(): Promise<Uint8Array> {
  const book = newBook();
  const ws = book.addWorksheet('支出总表');
  writeExpenditureTable(ws, [
    ['合计', null, '1,528.67', ' 1,545.67 ', '(17.00)'],
    ['201', '一般公共服务支出', '１，５２８．６７', '１，５４５．６７', '17.00-'],
    ['20103', '政府办公厅（室）及相关机构事务', '1528.67', '1545.67', '－17.00'],
    ['2010301', '行政运行', ' 1,200.00 ', '1.2E+3', null],
    ['2010302', '一般行政管理事务', '（12.00）', null, '12.00-'],
    ['2010350', '事业运行', '３４５．６７', '\u3000３４５．６７', '-'],
    ['2010399', '其他政府办公厅（室）及相关机构事务支出', -5, null, -5],
  ]);
  const negative = { numFmt: '#,##0.00;(#,##0.00)' };
  ws.getCell('C12').style = negative;
  ws.getCell('E12').style = negative;
  return bookBytes(book);
}

/** How many 类 there are, 款 per 类 and 项 per 款 at most: codes() fills them in that order. */
interface CodeShape {
  readonly classes: number;
  readonly sections: number;
  readonly items: number;
}

/** Class, section and item codes for `items` items in `shape`, class codes from 201 up. */
function* codes(items: number, shape: CodeShape): Generator<{ cls: string; section: string; item: string }> {
  let n = 0;
  for (let c = 0; c < shape.classes; c++) {
    for (let s = 1; s <= shape.sections; s++) {
      for (let i = 1; i <= shape.items; i++) {
        if (n++ === items) return;
        const cls = String(201 + c);
        const section = `${cls}${String(s).padStart(2, '0')}`;
        yield { cls, section, item: `${section}${String(i).padStart(2, '0')}` };
      }
    }
  }
}

/**
 * A 预算支出总表 of `total` data rows: 合计, then every 类 and 款 of `shape` with as many 项 as the rest
 * leaves. It adds up to the cent, in whole cents so every total is exact.
 */
async function expenditureRows(total: number, shape: CodeShape): Promise<Uint8Array> {
  const next = random(total);
  const ITEMS = total - 1 - shape.classes - shape.classes * shape.sections;
  type Sum = [number, number];
  const lines: { code: string; name: string; cents: Sum }[] = [];
  const byCode = new Map<string, Sum>();
  const add = (code: string, name: string, cents: Sum) => {
    let sum = byCode.get(code);
    if (!sum) {
      sum = [0, 0];
      byCode.set(code, sum);
      lines.push({ code, name, cents: sum });
    }
    sum[0] += cents[0];
    sum[1] += cents[1];
  };
  for (const { cls, section, item } of codes(ITEMS, shape)) {
    const cents: Sum = [Math.floor(next() * 1e7), next() < 0.5 ? 0 : Math.floor(next() * 1e6)];
    add('', '合计', cents);
    add(cls, `第${cls}类支出`, cents);
    add(section, `第${section}款支出`, cents);
    add(item, `第${item}项支出`, cents);
  }
  const yuan = (c: number) => (c === 0 ? null : c / 100);
  const rows = lines.map(({ code, name, cents: [basic, project] }): Line =>
    code === ''
      ? [name, null, yuan(basic + project), yuan(basic), yuan(project)]
      : [code, name, yuan(basic + project), yuan(basic), yuan(project)],
  );
  const book = newBook();
  writeExpenditureTable(book.addWorksheet('支出总表'), rows);
  return bookBytes(book);
}

/** 20,000 data rows: 合计, 10 类, 200 款, 19,789 项. */
export const manyRows = () => expenditureRows(20_000, { classes: 10, sections: 20, items: 99 });

/**
 * 100,000 data rows (合计, 30 类, 2,970 款, 96,999 项), a 2 MB file like the one that once printed nothing
 * in 500 s while 20,000 rows took half a second.
 */
export const hundredThousandRows = () => expenditureRows(100_000, { classes: 30, sections: 99, items: 33 });

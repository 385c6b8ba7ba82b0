/** Test helpers for filling: blank cells of a snapshot, apply a plan to it, evaluate the formulas we write. */
import Decimal from 'decimal.js';
import ExcelJS from 'exceljs';
import { parseAmountCell } from '../../src/engine/amount';
import { cellWrite, derive } from '../../src/engine/derive';
import type { FillPlan } from '../../src/engine/derive';
import {
  address,
  cellAt,
  parseAddress,
  type CellRef,
  type CellSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/engine/snapshot';
import { readWorkbook } from '../../src/hosts/xlsx/read';

type MutableRows = (CellSnapshot | undefined)[][];

function copyRows(sheet: SheetSnapshot): MutableRows {
  return sheet.rows.map((row) => (row ? [...row] : [])) as MutableRows;
}

/**
 * An .xlsx with every derivable cell emptied (its border and number format kept): what a compiler types.
 * The cells are those the fill plan itself calls derivable.
 */
export async function detailOnlyXlsx(bytes: Uint8Array): Promise<{ bytes: Uint8Array; blanked: CellRef[] }> {
  const blanked = derive(await readWorkbook(bytes)).cells.map((c) => c.cell);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const c of blanked) book.getWorksheet(c.sheet)!.getCell(c.row + 1, c.col + 1).value = null;
  return { bytes: new Uint8Array(await book.xlsx.writeBuffer()), blanked };
}

/** The workbook with these cells removed (blank). */
export function blankCells(workbook: WorkbookSnapshot, cells: readonly CellRef[]): WorkbookSnapshot {
  const sheets = workbook.sheets.map((sheet) => {
    const mine = cells.filter((c) => c.sheet === sheet.name);
    if (mine.length === 0) return sheet;
    const rows = copyRows(sheet);
    for (const c of mine) if (rows[c.row]) rows[c.row][c.col] = undefined;
    return { ...sheet, rows };
  });
  return { ...workbook, sheets };
}

/**
 * The workbook after a fill: each change's number, or (formulas) the formula's value computed here from the
 * filled cells, so a test proves the formulas reference the right cells, not just that cached results agree.
 */
export function applyPlan(
  workbook: WorkbookSnapshot,
  plan: FillPlan,
  evaluateFormulas = false,
): WorkbookSnapshot {
  const rows = new Map(workbook.sheets.map((s) => [s.name, copyRows(s)]));
  const put = (sheet: string, row: number, col: number, cell: CellSnapshot | undefined) => {
    const grid = rows.get(sheet)!;
    (grid[row] ??= [])[col] = cell;
  };
  for (const change of plan.changes) {
    const write = cellWrite(change);
    const value = write.kind === 'value' ? write.value : write.result;
    put(
      change.sheet,
      change.row,
      change.col,
      value === null ? undefined : { value, format: change.numberFormat },
    );
  }
  const filled = { ...workbook, sheets: workbook.sheets.map((s) => ({ ...s, rows: rows.get(s.name)! })) };
  if (!evaluateFormulas) return filled;
  // Changes come in dependency order, so each formula sees the figures of the formulas before it.
  for (const change of plan.changes) {
    if (!change.formula) continue;
    const current = { ...filled, sheets: filled.sheets.map((s) => ({ ...s, rows: rows.get(s.name)! })) };
    const value = evaluateFormula(change.formula, change.sheet, current).toNumber();
    put(
      change.sheet,
      change.row,
      change.col,
      value === 0 ? undefined : { value, format: change.numberFormat },
    );
  }
  return { ...workbook, sheets: workbook.sheets.map((s) => ({ ...s, rows: rows.get(s.name)! })) };
}

function numberAt(workbook: WorkbookSnapshot, sheet: string, a1: string): Decimal {
  const s = workbook.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`formula refers to a missing sheet ${sheet}`);
  const { row, col } = parseAddress(a1);
  // Like Excel's SUM over text amounts, the test reads them as the engine does.
  const parsed = parseAmountCell(cellAt(s, row, col));
  if (parsed.kind === 'invalid') throw new Error(`formula refers to ${sheet}!${a1}: ${parsed.text}`);
  return parsed.kind === 'amount' ? parsed.value : new Decimal(0);
}

const TERM =
  /^([+-])?(?:(SUM)\((?:'((?:[^']|'')+)'!)?([A-Z]+\d+):([A-Z]+\d+)\)|(?:'((?:[^']|'')+)'!)?([A-Z]+\d+)|(\d+(?:\.\d+)?))([*/]10000)?/;

/** Evaluates the formulas fill writes: `=A1+'表2'!B3+SUM(C4:C9)*10000-0.01`. */
export function evaluateFormula(formula: string, sheet: string, workbook: WorkbookSnapshot): Decimal {
  if (!formula.startsWith('=')) throw new Error(`not a formula: ${formula}`);
  let rest = formula.slice(1);
  let total = new Decimal(0);
  while (rest.length > 0) {
    const m = TERM.exec(rest);
    if (!m) throw new Error(`cannot read ${rest} in ${formula}`);
    const [whole, sign, sum, sumSheet, from, to, refSheet, ref, literal, scale] = m;
    let value: Decimal;
    if (sum) {
      const on = sumSheet?.replace(/''/g, "'") ?? sheet;
      const a = parseAddress(from);
      const b = parseAddress(to);
      value = new Decimal(0);
      for (let r = a.row; r <= b.row; r++)
        for (let c = a.col; c <= b.col; c++) value = value.plus(numberAt(workbook, on, address(r, c)));
    } else if (ref) {
      value = numberAt(workbook, refSheet?.replace(/''/g, "'") ?? sheet, ref);
    } else {
      value = new Decimal(literal);
    }
    if (scale === '*10000') value = value.times(10000);
    if (scale === '/10000') value = value.div(10000);
    total = sign === '-' ? total.minus(value) : total.plus(value);
    rest = rest.slice(whole.length);
  }
  return total;
}

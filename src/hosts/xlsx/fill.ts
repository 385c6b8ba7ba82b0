/**
 * A filled copy of an .xlsx: the input bytes and a fill plan in, the new file's bytes out, with ExcelJS. No
 * fs here, like read.ts. Values mode writes numbers (a zero as a blank cell); formulas mode writes
 * `{ formula, result }` so the file shows and checks the figures before Excel recalculates. A cell keeps its
 * own number format; one without gets the plan's (that of its column).
 */
import ExcelJS from './exceljs';
import { cellWrite, type FillPlan } from '../../engine/derive';
import { WorkbookReadError } from './read';

function hasOwnFormat(cell: ExcelJS.Cell): boolean {
  return !!cell.numFmt && !/^general$/i.test(cell.numFmt);
}

export async function fillWorkbook(data: Uint8Array | ArrayBuffer, plan: FillPlan): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings say Buffer; it hands the bytes to JSZip, which takes any Uint8Array and only reads it.
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new WorkbookReadError('corrupt', undefined, { cause: error });
  }
  for (const change of plan.changes) {
    const sheet = book.getWorksheet(change.sheet);
    if (!sheet) throw new Error(`工作表「${change.sheet}」不在工作簿中`);
    const cell = sheet.getCell(change.row + 1, change.col + 1);
    const write = cellWrite(change);
    if (write.kind === 'formula') {
      cell.value = { formula: write.formula.replace(/^=/, ''), result: write.result };
    } else {
      cell.value = write.value;
    }
    if (write.kind === 'formula' || write.value !== null) {
      // A fresh style object: cells read from a file share theirs, and `cell.numFmt =` would change them all.
      if (!hasOwnFormat(cell)) cell.style = { ...cell.style, numFmt: change.numberFormat };
    }
  }
  // Excel recalculates on opening, so a formula's figure never depends on the cached result alone.
  book.calcProperties.fullCalcOnLoad = plan.mode === 'formulas';
  return new Uint8Array(await book.xlsx.writeBuffer());
}

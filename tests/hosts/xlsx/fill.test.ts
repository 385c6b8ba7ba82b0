import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCheck } from '../../../src/engine/check';
import { derive, planFill, type FillMode } from '../../../src/engine/derive';
import { address, type CellRef } from '../../../src/engine/snapshot';
import { fillWorkbook } from '../../../src/hosts/xlsx/fill';
import { readWorkbook } from '../../../src/hosts/xlsx/read';
import { detailOnlyXlsx, evaluateFormula } from '../../derive/helpers';

const SAMPLE = path.join(__dirname, '..', '..', '..', 'samples', 'seed-2026.xlsx');

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

const errorsOf = async (bytes: Uint8Array) =>
  runCheck(await readWorkbook(bytes)).report.findings.filter((f) => f.severity === 'error');

describe('writing a filled copy of an .xlsx', () => {
  let input: { bytes: Uint8Array; blanked: CellRef[] };
  beforeAll(async () => {
    input = await detailOnlyXlsx(new Uint8Array(fs.readFileSync(SAMPLE)));
  });

  it('starts from a sample with its totals blank', async () => {
    expect(input.blanked).toHaveLength(514);
    expect((await errorsOf(input.bytes)).length).toBeGreaterThan(100);
  });

  it.each<FillMode>(['values', 'formulas'])('fills it back to zero errors (%s)', async (mode) => {
    const plan = planFill(derive(await readWorkbook(input.bytes)), mode);
    const out = await fillWorkbook(input.bytes, plan);
    expect(await errorsOf(out)).toEqual([]);
  });

  it('writes formulas that reference the right cells, with their results cached', async () => {
    const plan = planFill(derive(await readWorkbook(input.bytes)), 'formulas');
    const out = await fillWorkbook(input.bytes, plan);
    const book = await load(out);
    const snapshot = await readWorkbook(out);
    for (const change of plan.changes) {
      const cell = book.getWorksheet(change.sheet)!.getCell(change.row + 1, change.col + 1);
      const value = cell.value as ExcelJS.CellFormulaValue;
      expect(`=${value.formula}`).toBe(change.formula);
      expect(value.result).toBe(Number(change.value));
      // Recomputed from the cells it names in the written file, the formula gives the figure it caches.
      expect(evaluateFormula(change.formula!, change.sheet, snapshot).toFixed(2)).toBe(change.value);
    }
    expect(plan.changes.find((c) => c.sheet === '表1' && c.address === 'B7')?.formula).toBe("='表2'!D7");
    const workbookXml = await (await JSZip.loadAsync(out)).file('xl/workbook.xml')!.async('string');
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('keeps a cell’s own number format and gives a bare cell its column’s', async () => {
    const book = await load(input.bytes);
    const t2 = book.getWorksheet('表2')!;
    t2.getCell('C7').style = { ...t2.getCell('C7').style, numFmt: '0.000' };
    const bare = { ...t2.getCell('D7').style };
    delete bare.numFmt;
    t2.getCell('D7').style = bare;
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const out = await load(await fillWorkbook(bytes, planFill(derive(await readWorkbook(bytes)), 'values')));
    expect(out.getWorksheet('表2')!.getCell('C7').numFmt).toBe('0.000');
    expect(out.getWorksheet('表2')!.getCell('D7').numFmt).toBe('#,##0.00');
    expect(out.getWorksheet('表2')!.getCell('D7').value).toBe(4542.58);
  });

  it('never modifies the input bytes and writes only the planned cells', async () => {
    const before = Buffer.from(input.bytes);
    const plan = planFill(derive(await readWorkbook(input.bytes)), 'values');
    const out = await readWorkbook(await fillWorkbook(input.bytes, plan));
    expect(Buffer.from(input.bytes).equals(before)).toBe(true);
    const original = await readWorkbook(input.bytes);
    const planned = new Set(plan.changes.map((c) => `${c.sheet}!${c.address}`));
    original.sheets.forEach((sheet, s) => {
      sheet.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!planned.has(`${sheet.name}!${address(r, c)}`))
            expect(out.sheets[s].rows[r]?.[c]).toEqual(cell);
        }),
      );
    });
  });
});

/** Fake workbooks shaped like budget disclosure sheets, and findings about them, for the Office adapter tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, FindingCell } from '../../src/engine/report';
import { address, type WorkbookSnapshot } from '../../src/engine/snapshot';
import { detectFeatures, type IsSetSupported } from '../../src/hosts/office/features';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { fakeRuntime, sheet, type FakeCell, type FakeSheet, type FakeWorkbook } from './fake-excel';

/** An Excel supporting ExcelApi up to 1.`minor`. */
export const excelApiUpTo =
  (minor: number): IsSetSupported =>
  (name, version) =>
    name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= minor;

/**
 * Current Excel (ExcelApi 1.20) with the shipped office.js, as the default build runs: what the fake's
 * default surface answers, worked out from that surface (no notes, no multi-area select, no undo group).
 */
export const ALL_FEATURES = detectFeatures(excelApiUpTo(20), fakeRuntime('local'));
/** Current Excel with Microsoft's CDN office.js: every capability. Use with `{ officeJs: 'cdn' }`. */
export const CDN_FEATURES = detectFeatures(excelApiUpTo(20), fakeRuntime('cdn'));
/** Excel with only the manifest's ExcelApi 1.6, whatever office.js. */
export const EXCEL_1_6 = detectFeatures(excelApiUpTo(6), fakeRuntime('cdn'));

/** A title, a unit line, a header row and `rows` coded rows of three amounts shown with thousands separators. */
export function budgetSheet(name: string, rows = 40): FakeSheet {
  const cells: Record<string, FakeCell> = {
    A1: { value: `${name} 2026年预算支出总表` },
    A2: { value: '部门名称：山西省人民政府外事办公室' },
    D2: { value: '单位：万元' },
    A3: { value: '科目编码' },
    B3: { value: '科目名称' },
    C3: { value: '合计' },
    D3: { value: '基本支出' },
    E3: { value: '项目支出' },
  };
  for (let r = 0; r < rows; r++) {
    const basic = 1000 + r * 7.25;
    const project = 500 + r * 3.5;
    cells[address(r + 3, 0)] = { value: String(2010301 + r) };
    cells[address(r + 3, 1)] = { value: `行政运行${r}` };
    cells[address(r + 3, 2)] = amount(basic + project);
    cells[address(r + 3, 3)] = amount(basic);
    cells[address(r + 3, 4)] = amount(project);
  }
  const result = sheet(name, cells);
  result.merges.push('A1:E1');
  return result;
}

function amount(value: number): FakeCell {
  return {
    value,
    text: value.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
}

/** The planted-errors sample as a fake Excel workbook, and the cells its errors were planted in. */
export async function plantedSample(): Promise<{ workbook: FakeWorkbook; planted: FindingCell[] }> {
  const snapshot = await readWorkbookFile(join(SAMPLES, 'seed-2026-planted-errors.xlsx'));
  const planted = JSON.parse(readFileSync(join(SAMPLES, 'planted-errors.json'), 'utf8')) as FindingCell[];
  return { workbook: fakeOf(snapshot), planted: planted.map(({ sheet, address }) => ({ sheet, address })) };
}

const SAMPLES = join(__dirname, '../../samples');

export function finding(partial: Partial<Finding> & Pick<Finding, 'severity' | 'cells'>): Finding {
  return { rule: 'T3.row-total', message: '合计不等于基本支出与项目支出之和。', tables: ['T3'], ...partial };
}

/** A fake Excel workbook holding a snapshot's cells (as a file read gives them: no shown text). */
export function fakeOf(snapshot: WorkbookSnapshot): FakeWorkbook {
  return {
    sheets: snapshot.sheets.map((s) => {
      const cells: Record<string, FakeCell> = {};
      s.rows.forEach((row, r) =>
        row?.forEach((cell, c) => {
          if (!cell) return;
          cells[address(r, c)] = cell.error
            ? { value: cell.error, error: true }
            : { value: cell.value ?? '', text: cell.text };
        }),
      );
      const result = sheet(s.name, cells);
      result.merges.push(...(s.merges ?? []));
      return result;
    }),
  };
}

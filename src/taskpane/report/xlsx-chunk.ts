/**
 * The .xlsx adapters, loaded only when a workbook file is opened or written here: ExcelJS is large, and the
 * pane inside Excel needs it only to read a previous version or write a report file.
 */
import type { WorkbookSnapshot } from '../../engine/snapshot';

export async function readXlsx(bytes: ArrayBuffer | Uint8Array, name: string): Promise<WorkbookSnapshot> {
  const { readWorkbook } = await import(/* webpackChunkName: "xlsx-reader" */ '../../hosts/xlsx/read');
  return readWorkbook(bytes, name);
}

export function xlsxReport() {
  return import(/* webpackChunkName: "xlsx-report" */ '../../hosts/xlsx/report');
}

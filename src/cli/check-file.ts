/** One workbook on disk → its report, or the reason it could not be checked (never a throw). */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkWorkbook, type CheckReport } from '../engine';
import { readWorkbook, WorkbookReadError } from '../hosts/xlsx/read';
import { fsProblem } from './inputs';

export type FileResult =
  | {
      readonly ok: true;
      readonly file: string;
      /** The bytes as read, for --annotate: the copy is made from exactly what was checked. */
      readonly bytes: Uint8Array;
      readonly report: CheckReport & { readonly file: string };
    }
  | { readonly ok: false; readonly file: string; readonly problem: string };

export async function checkFile(file: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, file, problem: fsProblem(error) };
  }
  try {
    const snapshot = await readWorkbook(bytes, path.basename(file));
    const report = { ...checkWorkbook(snapshot, { file }), file };
    if (report.tables.length === 0) {
      return { ok: false, file, problem: '没有找到可识别的预算公开表（表1 至 表13 的标题都没有找到）' };
    }
    return { ok: true, file, bytes, report };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, file, problem: error.message };
    return {
      ok: false,
      file,
      problem: `检查时出错：${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** One workbook on disk → its report, or the reason it could not be checked (never a throw). */
import { promises as fs } from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../engine';
import { asReviewed, type ReviewedReport } from '../engine/review';
import { readWorkbook, WorkbookReadError } from '../hosts/xlsx/read';
import { readProblem } from './inputs';

export type FileResult =
  | {
      readonly ok: true;
      readonly file: string;
      /** The bytes as read, for --annotate: the copy is made from exactly what was checked. */
      readonly bytes: Uint8Array;
      readonly report: ReviewedReport & { readonly file: string };
    }
  | { readonly ok: false; readonly file: string; readonly problem: string };

export async function checkFile(file: string): Promise<FileResult> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    return { ok: false, file, problem: await readProblem(file, error) };
  }
  try {
    const snapshot = await readWorkbook(bytes, path.basename(file));
    const report = { ...asReviewed(checkWorkbook(snapshot, { file })), file };
    if (report.tables.length === 0) {
      return { ok: false, file, problem: '没有找到可识别的预算公开表（表1 至 表13 的标题都没有找到）' };
    }
    return { ok: true, file, bytes, report };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, file, problem: error.message };
    return { ok: false, file, problem: checkProblem(error) };
  }
}

/**
 * A failure of the check itself, in words: running out of stack or memory is the workbook's size, said as
 * such; anything else is a fault of this tool, said with its detail for the report to the developers.
 */
export function checkProblem(error: unknown): string {
  // By name: an error thrown in another realm (a worker, a test's sandbox) is no instance of this one's.
  const { name, message } = (error ?? {}) as Partial<Error>;
  if (name === 'RangeError') {
    if (/call stack/i.test(message ?? ''))
      return '工作簿的结构超出了本工具的处理能力（检查时调用层次过深），请把各表拆到较小的工作簿里再检查';
    return '工作簿过大，检查时内存不足';
  }
  const detail = typeof message === 'string' ? message : String(error);
  return `检查时出现意外错误，请把这个文件和这行说明告诉开发者（${detail}）`;
}

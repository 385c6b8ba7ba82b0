/** Node-only companion of read.ts: reads an .xlsx from disk (the CLI's way in). */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import { readWorkbook, WorkbookReadError } from './read';

export async function readWorkbookFile(file: string): Promise<WorkbookSnapshot> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new WorkbookReadError('unreadable', code ? `${file}：${code}` : file, { cause: error });
  }
  return readWorkbook(bytes, path.basename(file));
}

/**
 * Writes an output file whole or not at all, for every file the command line writes (--report, --fill,
 * --annotate): into a temporary file beside it, flushed to disk, then renamed over it. A full disk, a
 * refused rename or a crash part way leaves the target as it was, and the temporary file is removed.
 */
import { randomBytes } from 'crypto';
import { promises as fs } from 'fs';
import * as path from 'path';

/** `.报告.xlsx.3f9a1c2e.tmp` beside `报告.xlsx`: hidden, and never a name anyone else uses. */
export function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(4).toString('hex')}.tmp`);
}

export async function writeOutput(file: string, data: Uint8Array | string): Promise<void> {
  const temp = temporaryName(file);
  // `wx`: a file already at that name is never written into, nor removed below.
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

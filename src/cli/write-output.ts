/**
 * Writes an output file whole or not at all: into a temporary file beside it, then renamed over it, so a
 * full disk or a crash never leaves half a report where the last one was.
 */
import { promises as fs } from 'fs';
import * as path from 'path';

export async function writeOutput(file: string, data: Uint8Array | string): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
}

/** What every command writes to, and the file-system question two commands ask. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { TextStyle } from './format-text';

export interface Io extends TextStyle {
  /** Writes one or more lines to standard output (the newline is added). */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Same path, or (when the output exists) the same file reached another way, e.g. a link or other case. */
export async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => undefined), fs.stat(b).catch(() => undefined)]);
  // Some file systems (FAT, network drives on Windows) report no inode number: 0 proves nothing.
  return sa !== undefined && sb !== undefined && sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** The paths typed on the command line, resolved into the workbooks to check. */
import { promises as fs } from 'fs';
import * as path from 'path';

export type Input =
  | { readonly kind: 'file'; readonly path: string }
  /** A folder's .xlsx files, by name, as paths joined to the folder as typed. */
  | { readonly kind: 'folder'; readonly path: string; readonly files: readonly string[] }
  | { readonly kind: 'unreadable'; readonly path: string; readonly problem: string };

export async function resolveInput(input: string): Promise<Input> {
  let stat;
  try {
    stat = await fs.stat(input);
  } catch (error) {
    return { kind: 'unreadable', path: input, problem: await readProblem(input, error) };
  }
  if (!stat.isDirectory()) return { kind: 'file', path: input };
  let entries;
  try {
    entries = await fs.readdir(input, { withFileTypes: true });
  } catch (error) {
    return { kind: 'unreadable', path: input, problem: fsProblem(error) };
  }
  // Not recursive: a folder of workbooks is one level; subfolders are usually archives or drafts.
  const files = entries
    .filter((e) => !e.isDirectory() && isWorkbookName(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => path.join(input, name));
  if (files.length === 0) return { kind: 'unreadable', path: input, problem: '文件夹中没有 .xlsx 文件' };
  return { kind: 'folder', path: input, files };
}

/** .xlsx files, but not the `~$…` lock files Excel leaves beside an open workbook. */
function isWorkbookName(name: string): boolean {
  return /\.xlsx$/i.test(name) && !name.startsWith('~$');
}

/** A file-system error in words a budget compiler can act on. */
export function fsProblem(error: unknown, writing = false): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return writing ? '所在文件夹不存在' : '文件不存在';
    case 'EACCES':
    case 'EPERM':
      return writing ? '没有写入权限' : '没有读取权限';
    case 'EBUSY':
      return '文件被其他程序占用，请关闭后重试';
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足';
    case 'EROFS':
      return '磁盘是只读的';
    case 'EISDIR':
      return '这是一个文件夹，不是文件';
    case 'ELOOP':
      return '快捷方式（符号链接）循环指向自己';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件太多，请稍后重试';
    default:
      return `${writing ? '无法写入' : '无法打开'}文件（${code ?? String(error)}）`;
  }
}

/** Why `file` could not be read: a link whose target is gone says so, rather than that it does not exist. */
export async function readProblem(file: string, error: unknown): Promise<string> {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') {
    const link = await fs.lstat(file).catch(() => undefined);
    if (link?.isSymbolicLink()) return '这是一个快捷方式（符号链接），它指向的文件不存在';
  }
  return fsProblem(error);
}

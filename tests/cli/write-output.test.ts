/**
 * --fill, --annotate and --report write whole or not at all: a write that fails part way (a full disk,
 * injected here as a handle that writes half the bytes and then says ENOSPC), a rename refused, or a target
 * that cannot be replaced leaves the file that was there as it was, and no temporary file beside it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { temporaryName, writeOutput } from '../../src/cli/write-output';
import { cli, SEED, sha, tempDir } from './helpers';

const dir = tempDir();
let n = 0;

/** A fresh folder holding `old.xlsx`, a stand-in for the good file a failed write must not destroy. */
function folderWithOld(): { folder: string; target: string; before: string } {
  const folder = path.join(dir, `case-${++n}`);
  fs.mkdirSync(folder);
  const target = path.join(folder, 'old.xlsx');
  fs.copyFileSync(SEED, target);
  return { folder, target, before: sha(target) };
}

const ENOSPC = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

/** Every handle opened from now on writes half of what it is given, then fails as a full disk does. */
function diskFullPartWay(): jest.SpyInstance {
  const open = fs.promises.open.bind(fs.promises);
  return jest.spyOn(fs.promises, 'open').mockImplementation(async (...args: Parameters<typeof open>) => {
    const handle = await open(...args);
    handle.writeFile = async (data: unknown) => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : (data as Uint8Array);
      await handle.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
      throw ENOSPC();
    };
    return handle;
  });
}

afterEach(() => jest.restoreAllMocks());

describe('writeOutput', () => {
  it('writes the file whole and leaves nothing beside it', async () => {
    const { folder, target } = folderWithOld();
    await writeOutput(target, 'new');
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
    expect(fs.readdirSync(folder)).toEqual(['old.xlsx']);
  });

  it('names its temporary file beside the target, hidden, never the same twice', () => {
    const a = temporaryName(path.join('out', '报告.xlsx'));
    expect(path.dirname(a)).toBe('out');
    expect(path.basename(a)).toMatch(/^\.报告\.xlsx\.[0-9a-f]{8}\.tmp$/);
    expect(temporaryName(path.join('out', '报告.xlsx'))).not.toBe(a);
  });

  it('a write that fails part way: the old file as it was, no temporary file', async () => {
    const { folder, target, before } = folderWithOld();
    diskFullPartWay();
    await expect(writeOutput(target, new Uint8Array(100_000))).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(sha(target)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual(['old.xlsx']);
  });

  it('a rename refused: the old file as it was, no temporary file', async () => {
    const { folder, target, before } = folderWithOld();
    jest
      .spyOn(fs.promises, 'rename')
      .mockRejectedValue(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
    await expect(writeOutput(target, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(sha(target)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual(['old.xlsx']);
  });

  it('a target that is a folder (no mock): it stays, no temporary file', async () => {
    const { folder } = folderWithOld();
    const target = path.join(folder, 'a-folder.xlsx');
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'inside'), 'kept');
    await expect(writeOutput(target, 'new')).rejects.toHaveProperty('code');
    expect(fs.readFileSync(path.join(target, 'inside'), 'utf8')).toBe('kept');
    expect(fs.readdirSync(folder).sort()).toEqual(['a-folder.xlsx', 'old.xlsx']);
  });
});

describe.each([
  ['--fill', (target: string) => [SEED, '--fill', target]],
  ['--annotate', (target: string) => [SEED, '--annotate', target]],
  ['--report', (target: string) => [SEED, '--report', target]],
])('%s onto a full disk', (_flag, argv) => {
  it('says so in one line, exits 2, and the file that was there is unchanged', async () => {
    const { folder, target, before } = folderWithOld();
    diskFullPartWay();
    const result = await cli(argv(target));
    expect(result.code).toBe(2);
    expect(result.err.split('\n')).toContain(`无法写入 ${target}：磁盘空间不足`);
    expect(sha(target)).toBe(before);
    expect(fs.readdirSync(folder)).toEqual(['old.xlsx']);
  });
});

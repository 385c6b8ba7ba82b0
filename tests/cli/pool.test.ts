/**
 * A folder of 100 workbooks through the built command, whose worker threads (one per core) load only as
 * compiled JavaScript: a progress line per file in a stable order, the total at the end, the exit code. And
 * the budgets: a file past its time or heap, or whose thread dies or exits without answering, is one line of
 * its own and the run goes on; first with stand-in threads that misbehave on purpose, then for real.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { availableParallelism } from 'os';
import * as path from 'path';
import type { FileResult } from '../../src/cli/check-file';
import { checkAhead, FILE_BUDGET, fileBudget, poolSize } from '../../src/cli/pool';
import { PLANTED, SEED, tempDir } from './helpers';

// Built once for all tests by tests/global-setup.ts.
const MAIN = path.join(__dirname, '..', '..', 'build', 'cli', 'main.js');

const dir = tempDir();

function check(args: readonly string[], workers?: number, budget: NodeJS.ProcessEnv = {}) {
  const env = {
    ...process.env,
    BUDGET_CHECK_WORKERS: workers === undefined ? '' : String(workers),
    ...budget,
  };
  return spawnSync(process.execPath, [MAIN, ...args], { encoding: 'utf8', env, timeout: 120_000 });
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

it('sizes the pool by cores and files, capped by BUDGET_CHECK_WORKERS', () => {
  expect(poolSize(1, {})).toBe(1);
  expect(poolSize(100, { BUDGET_CHECK_WORKERS: '1' })).toBe(1);
  expect(poolSize(100, { BUDGET_CHECK_WORKERS: '3' })).toBe(3);
  expect(poolSize(2, { BUDGET_CHECK_WORKERS: '8' })).toBe(2);
  expect(poolSize(100, { BUDGET_CHECK_WORKERS: 'many' })).toBe(Math.min(100, availableParallelism()));
});

it('checks 100 workbooks: a line per file in name order, the total, exit 1, the same with one thread', () => {
  const folder = path.join(dir, '100');
  fs.mkdirSync(folder);
  const names: string[] = [];
  for (let i = 1; i <= 50; i++) {
    const n = String(i).padStart(3, '0');
    fs.copyFileSync(SEED, path.join(folder, `seed-${n}.xlsx`));
    fs.copyFileSync(PLANTED, path.join(folder, `planted-${n}.xlsx`));
    names.push(`seed-${n}.xlsx`, `planted-${n}.xlsx`);
  }

  const pooled = check([folder]);
  expect(pooled.stderr).toBe('');
  expect(pooled.status).toBe(1);
  const out = lines(pooled.stdout);
  expect(out).toHaveLength(101);
  expect(out.slice(0, 100).map((line) => path.basename(line.split('：')[0]))).toEqual(names.sort());
  for (const line of out.slice(0, 100))
    expect(line).toMatch(
      line.includes('planted-')
        ? /已识别 13 张表，8 个错误、0 个提示、21 处尾差$/
        : /已识别 13 张表，0 个错误、0 个提示、24 处尾差$/,
    );
  expect(out[100]).toBe('合计 100 个文件：400 个错误、0 个提示、2250 处尾差');

  const single = check([folder], 1);
  expect({ status: single.status, stdout: single.stdout }).toEqual({ status: 1, stdout: pooled.stdout });
}, 240_000);

it('reports an unreadable file in one line and checks the rest: exit 2', () => {
  const folder = path.join(dir, 'mixed');
  fs.mkdirSync(folder);
  fs.writeFileSync(path.join(folder, 'b-broken.xlsx'), 'not a workbook');
  for (const name of ['a.xlsx', 'c.xlsx', 'd.xlsx']) fs.copyFileSync(SEED, path.join(folder, name));

  const run = check([folder, '--format', 'json'], 2);
  expect(run.status).toBe(2);
  expect(lines(run.stderr)).toEqual([
    `无法读取 ${path.join(folder, 'b-broken.xlsx')}：不是 Excel 工作簿（.xlsx）文件`,
  ]);
  const files = lines(run.stdout).map((line) => path.basename((JSON.parse(line) as { file: string }).file));
  expect(files).toEqual(['a.xlsx', 'c.xlsx', 'd.xlsx']);
}, 120_000);

it('takes the per-file budget from the environment, else 120 s and 2048 MB', () => {
  expect(fileBudget({})).toEqual(FILE_BUDGET);
  expect(FILE_BUDGET).toEqual({ seconds: 120, megabytes: 2048 });
  expect(fileBudget({ BUDGET_CHECK_FILE_SECONDS: '0.5', BUDGET_CHECK_FILE_MB: '64' })).toEqual({
    seconds: 0.5,
    megabytes: 64,
  });
  expect(fileBudget({ BUDGET_CHECK_FILE_SECONDS: 'soon', BUDGET_CHECK_FILE_MB: '-1' })).toEqual(FILE_BUDGET);
});

describe('threads that misbehave', () => {
  /**
   * A stand-in for check-worker.js that answers by the file's name: `hang` never, `exit` ends its thread
   * without a word, `throw` throws, `oom` allocates until its heap is full, any other name is answered.
   */
  const script = path.join(dir, 'misbehaving-worker.js');
  fs.writeFileSync(
    script,
    `const { parentPort } = require('worker_threads');
parentPort.on('message', (file) => {
  if (file.startsWith('hang')) return;
  if (file.startsWith('exit')) process.exit(3);
  if (file.startsWith('throw')) throw new Error('boom');
  if (file.startsWith('oom')) { const hold = []; for (;;) hold.push(new Array(1e5).fill(hold.length)); }
  parentPort.postMessage({ ok: false, file, problem: 'answered' });
});
parentPort.postMessage('ready');
`,
  );

  async function run(files: readonly string[], workers: number): Promise<Record<string, string>> {
    const next = checkAhead(files, { script, workers, budget: { seconds: 1, megabytes: 32 } });
    const results: FileResult[] = [];
    // Asked in order, as run.ts asks.
    for (const file of files) results.push(await next(file));
    return Object.fromEntries(results.map((r) => [r.file, r.ok ? 'ok' : r.problem]));
  }

  it('each file gets its own line, in order, and every file after a bad one is still checked', async () => {
    const files = ['a', 'hang-1', 'b', 'exit-1', 'c', 'throw-1', 'd', 'oom-1', 'e', 'hang-2', 'f'];
    for (const workers of [1, 2]) {
      const results = await run(files, workers);
      expect(Object.keys(results)).toEqual(files);
      expect(results).toEqual({
        a: 'answered',
        'hang-1': '检查超过了每个文件的时间上限（1 秒），已停止检查这个文件',
        b: 'answered',
        'exit-1': '检查这个文件的线程意外退出（退出码 3），没有给出结果',
        c: 'answered',
        'throw-1': '检查时出现意外错误，请把这个文件和这行说明告诉开发者（boom）',
        d: 'answered',
        'oom-1': '检查所需的内存超过了每个文件的上限（32 MB），已停止检查这个文件',
        e: 'answered',
        'hang-2': '检查超过了每个文件的时间上限（1 秒），已停止检查这个文件',
        f: 'answered',
      });
    }
  }, 60_000);

  it('checks the rest on the main thread when threads cannot start at all', async () => {
    const broken = path.join(dir, 'broken-worker.js');
    fs.writeFileSync(broken, "throw new Error('cannot start');\n");
    const files = [SEED, PLANTED, SEED];
    const next = checkAhead(files, { script: broken, workers: 1, budget: { seconds: 60, megabytes: 256 } });
    const results: FileResult[] = [];
    for (const file of files) results.push(await next(file));
    // No file is blamed for a thread that never loaded: all are checked, here.
    expect(results.map((r) => [r.file, r.ok])).toEqual(files.map((file) => [file, true]));
  }, 120_000);
});

describe('a folder that used to stall: good files, a truncated one, 3,000,000 cells, links to nothing', () => {
  const CORPUS = path.join(__dirname, '..', 'corpus', 'files');
  const folder = path.join(dir, 'stall');
  const names: string[] = [];
  beforeAll(() => {
    fs.mkdirSync(folder);
    for (let i = 1; i <= 4; i++) {
      const put = (name: string, from: string) => {
        fs.copyFileSync(from, path.join(folder, name));
        names.push(name);
      };
      put(`${i}-good.xlsx`, SEED);
      put(`${i}-truncated.xlsx`, path.join(CORPUS, 'truncated.xlsx'));
      put(`${i}-cells.xlsx`, path.join(CORPUS, 'cells-3000000.xlsx'));
      fs.symlinkSync(path.join(dir, 'gone.xlsx'), path.join(folder, `${i}-link.xlsx`));
      names.push(`${i}-link.xlsx`);
    }
    fs.copyFileSync(PLANTED, path.join(folder, '5-名字\n有换行.xlsx'));
    names.push('5-名字\n有换行.xlsx');
  });

  it('finishes: one line per file in name order, the total, exit 2', () => {
    const run = check([folder], 2);
    expect(run.status).toBe(2);
    const out = lines(run.stdout);
    const err = lines(run.stderr);
    expect(out.length + err.length).toBe(names.length + 1);
    const shown = (name: string) => path.join(folder, name.replace('\n', '\\n'));
    const results = [...out.slice(0, -1), ...err];
    const byName = new Map(results.map((line) => [line.replace(/^无法读取 /, '').split('：')[0], line]));
    expect([...byName.keys()].sort()).toEqual(names.map(shown).sort());
    for (const name of names) {
      const line = byName.get(shown(name))!;
      if (name.endsWith('good.xlsx')) expect(line).toMatch(/：已识别 13 张表，0 个错误/);
      if (name.includes('换行')) expect(line).toMatch(/：已识别 13 张表，8 个错误/);
      if (name.endsWith('truncated.xlsx')) expect(line).toMatch(/：工作簿文件不完整或已损坏/);
      if (name.endsWith('cells.xlsx'))
        expect(line).toBe(`无法读取 ${shown(name)}：超出了本工具的处理上限：单元格超过 1,000,000 个`);
      if (name.endsWith('link.xlsx'))
        expect(line).toMatch(/：这是一个快捷方式（符号链接），它指向的文件不存在$/);
    }
    // Results keep the input order: standard output's lines are in name order.
    expect(out.slice(0, -1)).toEqual([...out.slice(0, -1)].sort());
    expect(out[out.length - 1]).toMatch(/^合计 17 个文件：.*，12 个文件无法读取$/);
  }, 120_000);

  it('a time budget every file exceeds: each says so on its line, and the run still ends', () => {
    const small = path.join(dir, 'slow');
    fs.mkdirSync(small);
    for (const name of ['a.xlsx', 'b.xlsx', 'c.xlsx']) fs.copyFileSync(SEED, path.join(small, name));
    const run = check([small], 2, { BUDGET_CHECK_FILE_SECONDS: '0.001' });
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual(
      ['a.xlsx', 'b.xlsx', 'c.xlsx'].map(
        (name) =>
          `无法读取 ${path.join(small, name)}：检查超过了每个文件的时间上限（0.001 秒），已停止检查这个文件`,
      ),
    );
  }, 120_000);

  it('a heap budget one file exceeds: it alone says so, the files after it are checked', () => {
    const heavy = path.join(dir, 'heavy');
    fs.mkdirSync(heavy);
    fs.copyFileSync(SEED, path.join(heavy, 'a.xlsx'));
    fs.copyFileSync(path.join(CORPUS, 'rows-20000.xlsx'), path.join(heavy, 'b.xlsx'));
    fs.copyFileSync(SEED, path.join(heavy, 'c.xlsx'));
    // The seed is checked in well under 32 MB of heap; 20,000 rows need more than 48.
    const run = check([heavy], 1, { BUDGET_CHECK_FILE_MB: '32' });
    expect(run.status).toBe(2);
    expect(lines(run.stderr)).toEqual([
      `无法读取 ${path.join(heavy, 'b.xlsx')}：检查所需的内存超过了每个文件的上限（32 MB），已停止检查这个文件`,
    ]);
    expect(lines(run.stdout).map((line) => path.basename(line.split('：')[0]))).toEqual([
      'a.xlsx',
      'c.xlsx',
      '合计 3 个文件',
    ]);
  }, 120_000);
});

/**
 * A folder of 100 workbooks through the built command, whose worker threads (one per core) load only as
 * compiled JavaScript: a progress line per file in a stable order, the total at the end, the exit code.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import { availableParallelism } from 'os';
import * as path from 'path';
import { poolSize } from '../../src/cli/pool';
import { PLANTED, SEED, tempDir } from './helpers';

// Built once for all tests by tests/global-setup.ts.
const MAIN = path.join(__dirname, '..', '..', 'build', 'cli', 'main.js');

const dir = tempDir();

function check(args: readonly string[], workers?: number) {
  const env = { ...process.env, BUDGET_CHECK_WORKERS: workers === undefined ? '' : String(workers) };
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

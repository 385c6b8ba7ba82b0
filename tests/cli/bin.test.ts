/** The built `budget-check` bin, end to end: the one test that pays for a process and a compile. */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { PLANTED, reports, ROOT, tempDir } from './helpers';

const MAIN = path.join(ROOT, 'build', 'cli', 'main.js');

const dir = tempDir();

it('build/cli/main.js runs as a command: JSON and exit 1 for errors, one line and exit 2 for a bad file', () => {
  expect(fs.readFileSync(MAIN, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);

  const planted = spawnSync(process.execPath, [MAIN, PLANTED, '--format', 'json'], { encoding: 'utf8' });
  expect(planted.status).toBe(1);
  expect(reports(planted.stdout)[0].summary.errors).toBeGreaterThan(0);

  const bad = path.join(dir, '坏文件.xlsx');
  fs.writeFileSync(bad, 'not a workbook');
  const failed = spawnSync(process.execPath, [MAIN, bad], { encoding: 'utf8' });
  expect(failed.status).toBe(2);
  expect(failed.stdout).toBe('');
  expect(failed.stderr).toBe(`无法读取 ${bad}：不是 Excel 工作簿（.xlsx）文件\n`);
});

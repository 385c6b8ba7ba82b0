/**
 * `npm run bench`: the engine's time on the seed and on a generated 20,000-row workbook, in ms and rows per
 * second, beside the time to read the same workbook from .xlsx; the scaling series from 1k to 500k code rows
 * and the 100k workbook beside ExcelJS reading it (bench/scaling.ts); the command line's peak memory on the
 * 20,000-row workbook and its throughput on a folder (bench/cli.ts); the add-in's figures (bench-addin.ts).
 * Figures, not pass/fail: goals are printed next to them.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCheck, type WorkbookSnapshot } from '../src/engine';
import { readWorkbook } from '../src/hosts/xlsx/read';
import { benchAddin } from './bench-addin';
import { benchCli } from './bench/cli';
import { benchScaling } from './bench/scaling';
import { codeRows, largeWorkbook } from './bench/large-workbook';
import { snapshotToXlsx } from './bench/write-xlsx';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function time(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

function dataRows(wb: WorkbookSnapshot): number {
  let n = 0;
  for (const t of runCheck(wb).tables.values()) n += t.rows.length;
  return n;
}

async function measure(name: string, bytes: Uint8Array, runs: number, goal: string): Promise<void> {
  const readMs = await time(Math.max(1, Math.ceil(runs / 10)), () => readWorkbook(bytes));
  const snapshot = await readWorkbook(bytes);
  runCheck(snapshot); // warm the JIT
  const engineMs = await time(runs, () => runCheck(snapshot));
  const rows = dataRows(snapshot);
  const { summary } = runCheck(snapshot).report;
  console.log(`\n${name}`);
  console.log(`  表格行数 rows           ${rows} (of which code rows: ${codeRows(snapshot)})`);
  console.log(
    `  审核引擎 engine          ${engineMs.toFixed(1)} ms  (${Math.round((rows / engineMs) * 1000).toLocaleString('en')} rows/s)  goal: ${goal}`,
  );
  console.log(
    `  读取文件 .xlsx read      ${readMs.toFixed(1)} ms  (engine = ${((engineMs / readMs) * 100).toFixed(0)}% of read)`,
  );
  console.log(
    `  结果 result              ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} 尾差`,
  );
}

async function main(): Promise<void> {
  console.log(`预算表审核助手 benchmark — node ${process.version}, ${os.cpus().length} cores`);
  const seed = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', 'samples', 'seed-2026.xlsx')));
  await measure('seed-2026.xlsx (the published sample)', seed, 50, 'under 20 ms');
  const large = await snapshotToXlsx(largeWorkbook(30));
  await measure('generated workbook, 13 tables', large, 5, '20,000 rows under 1 s');
  await benchScaling();
  benchCli(large);
  await benchAddin();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

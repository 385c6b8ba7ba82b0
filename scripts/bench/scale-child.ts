/**
 * One measurement of the scaling series, in a process of its own so that sizes do not share a heap
 * (scaling.ts runs it). Prints one line of JSON on stdout.
 *
 *   scale-child.ts engine <项 per 款> <款 per 类>  the engine on a generated snapshot (no .xlsx)
 *   scale-child.ts xlsx <file>                    ExcelJS reading the file alone, then the whole check of it
 *
 * Peak RSS is the process's (`process.resourceUsage().maxRSS`): the generated snapshot or the file's bytes
 * are in it, as they are when the command line checks a file.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCheck, type WorkbookSnapshot } from '../../src/engine';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { codeRows, largeWorkbook, plantErrors } from './large-workbook';

const SEED = path.join(__dirname, '..', '..', 'samples', 'seed-2026.xlsx');

/** Compiles the engine's code (and ExcelJS's) on a small workbook first, so the first size is not all JIT. */
async function warm(): Promise<void> {
  const small = largeWorkbook(6, 2);
  plantErrors(small, 50);
  for (let i = 0; i < 5; i++) runCheck(small);
  const seed = new Uint8Array(fs.readFileSync(SEED));
  for (let i = 0; i < 3; i++) runCheck(await readWorkbook(seed));
}

function dataRows(result: ReturnType<typeof runCheck>): number {
  let n = 0;
  for (const t of result.tables.values()) n += t.rows.length;
  return n;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

/** Wall-clock time, and the process's CPU time (all threads: V8 marks and sweeps on helper threads too). */
function timed<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, value };
}

async function engine(items: number, sections: number): Promise<void> {
  await warm();
  const wb: WorkbookSnapshot = largeWorkbook(items, sections);
  const planted = plantErrors(wb);
  const code = codeRows(wb);
  // Small sizes are timed several times (median); a large one once, as a user runs it.
  const runs = Math.min(15, Math.max(1, Math.round(30_000 / code)));
  const times: number[] = [];
  const cpu: number[] = [];
  let result: ReturnType<typeof runCheck> | undefined;
  for (let i = 0; i < runs; i++) {
    const r = timed(() => runCheck(wb));
    times.push(r.ms);
    cpu.push(r.cpuMs);
    result = r.value;
  }
  const { summary } = result!.report;
  console.log(
    JSON.stringify({
      codeRows: code,
      rows: dataRows(result!),
      planted,
      ms: median(times),
      cpuMs: median(cpu),
      runs,
      errors: summary.errors,
      findings: result!.report.findings.length,
      peakMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

async function xlsx(file: string): Promise<void> {
  await warm();
  const bytes = new Uint8Array(fs.readFileSync(file));
  const t0 = performance.now();
  await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const excelJsMs = performance.now() - t0;
  const t1 = performance.now();
  const snapshot = await readWorkbook(bytes, path.basename(file));
  const readMs = performance.now() - t1;
  const { ms: engineMs, cpuMs: engineCpuMs, value: result } = timed(() => runCheck(snapshot));
  console.log(
    JSON.stringify({
      bytes: bytes.length,
      codeRows: codeRows(snapshot),
      excelJsMs,
      readMs,
      engineMs,
      engineCpuMs,
      errors: result.report.summary.errors,
      peakMB: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

const [mode, ...args] = process.argv.slice(2);
(mode === 'xlsx' ? xlsx(args[0]) : engine(Number(args[0]), Number(args[1]))).catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * The scaling series: the engine on generated workbooks of 1k, 10k, 100k and 500k code rows (the 13 tables,
 * with 表2, 表3 and 表5 holding the 类/款/项 rows, one planted error per 100 项 of 表3), each size in a
 * process of its own (scale-child.ts) with its time, time per 1,000 rows and peak RSS; then the ratio of the
 * time per row between the largest and the smallest, and the 100k workbook as an .xlsx file: ExcelJS reading
 * it alone beside the whole check (read + engine). Time per row that grows with the size is a super-linear
 * step somewhere.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { largeWorkbook, plantErrors } from './large-workbook';
import { snapshotToXlsxFile } from './write-xlsx';

const ROOT = path.join(__dirname, '..', '..');
const CHILD = path.join(__dirname, 'scale-child.ts');

/** `项 per 款`, `款 per 类` for about 1k, 10k, 100k and 500k code rows (22 类, three coded tables). */
const SIZES: readonly (readonly [number, number])[] = [
  [6, 2],
  [14, 10],
  [29, 50],
  [75, 99],
];
const XLSX_SIZE = SIZES[2];
const PER_ROW_GOAL = 2;
const READ_GOAL = 3;

function child<T>(args: readonly string[]): T {
  const run = spawnSync(process.execPath, ['--import', 'tsx', CHILD, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (run.status !== 0) throw new Error(`scale-child ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop()!) as T;
}

interface EngineRun {
  readonly codeRows: number;
  readonly rows: number;
  readonly planted: number;
  readonly ms: number;
  readonly cpuMs: number;
  readonly runs: number;
  readonly errors: number;
  readonly findings: number;
  readonly peakMB: number;
}

interface XlsxRun {
  readonly bytes: number;
  readonly codeRows: number;
  readonly excelJsMs: number;
  readonly readMs: number;
  readonly engineMs: number;
  readonly engineCpuMs: number;
  readonly errors: number;
  readonly peakMB: number;
}

const n = (x: number) => Math.round(x).toLocaleString('en');
const perK = (r: EngineRun) => (r.ms / r.rows) * 1000;
const cpuPerK = (r: EngineRun) => (r.cpuMs / r.rows) * 1000;

export async function benchScaling(): Promise<void> {
  console.log(
    '\nScaling series: generated 13-table workbooks, one planted error per 100 项 of 表3; the engine on the in-memory' +
      '\nsnapshot, not an .xlsx file (ExcelJS would need some five times the 100k figures below to write and read 500k),' +
      "\neach size in its own process after a warm-up. CPU time counts V8's helper threads too" +
      ` (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores).`,
  );
  console.log(
    '  code rows   table rows   findings   engine                 per 1k rows   CPU per 1k   peak RSS',
  );
  const runs: EngineRun[] = [];
  for (const [items, sections] of SIZES) {
    const r = child<EngineRun>(['engine', String(items), String(sections)]);
    runs.push(r);
    const engine = `${(r.ms / 1000).toFixed(2)} s${r.runs > 1 ? ` (median of ${r.runs})` : ''}`;
    console.log(
      `  ${n(r.codeRows).padStart(9)}   ${n(r.rows).padStart(10)}   ${n(r.findings).padStart(8)}   ${engine.padEnd(22)} ` +
        `${perK(r).toFixed(1).padStart(6)} ms   ${cpuPerK(r).toFixed(1).padStart(7)} ms   ${n(r.peakMB).padStart(6)} MB`,
    );
  }
  const [small, large] = [runs[0], runs[runs.length - 1]];
  const ratio = perK(large) / perK(small);
  console.log(
    `  time per row, ${n(large.codeRows)} ÷ ${n(small.codeRows)} code rows: ${ratio.toFixed(2)}× ` +
      `(CPU ${(cpuPerK(large) / cpuPerK(small)).toFixed(2)}×)   goal: at most ${PER_ROW_GOAL}× ${ratio <= PER_ROW_GOAL ? '(met)' : '(NOT met)'}`,
  );

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'));
  try {
    const wb = largeWorkbook(...XLSX_SIZE);
    plantErrors(wb);
    const file = path.join(dir, 'scale-100k.xlsx');
    await snapshotToXlsxFile(wb, file);
    const x = child<XlsxRun>(['xlsx', file]);
    const check = x.readMs + x.engineMs;
    const times = check / x.excelJsMs;
    console.log(
      `\n${n(x.codeRows)} code rows as .xlsx (${(x.bytes / 1024 / 1024).toFixed(1)} MB, own process, peak RSS ${n(x.peakMB)} MB)`,
    );
    console.log(`  ExcelJS reading it alone   ${(x.excelJsMs / 1000).toFixed(2)} s`);
    console.log(
      `  whole check                ${(check / 1000).toFixed(2)} s  (read ${(x.readMs / 1000).toFixed(2)} s + engine ${(x.engineMs / 1000).toFixed(2)} s, ${n(x.errors)} errors)`,
    );
    console.log(
      `  check ÷ ExcelJS read: ${times.toFixed(2)}×   goal: under ${READ_GOAL}× ${times < READ_GOAL ? '(met)' : '(NOT met)'}`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module)
  benchScaling().catch((e) => {
    console.error(e);
    process.exit(1);
  });

/**
 * The command line as it is run (build/cli/main.js, a process of its own): its peak memory checking the
 * generated workbook, and its throughput on a folder of 100 workbooks with one thread and with two.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'build', 'cli', 'main.js');
const SAMPLES = ['seed-2026.xlsx', 'seed-2026-planted-errors.xlsx'].map((f) => path.join(ROOT, 'samples', f));
const FOLDER_FILES = 100;
const FOLDER_RUNS = 3;

interface Run {
  readonly ms: number;
  /** Peak resident set size of the whole process, worker threads included. */
  readonly peakMB: number;
}

/** Runs the CLI with a preload that reports the process's peak RSS as it exits; exit 0 or 1 is success. */
function runCli(preload: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Run {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, ['--require', preload, MAIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - t0;
  if (child.status !== 0 && child.status !== 1)
    throw new Error(`budget-check ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  const kb = Number(/peak-rss-kb (\d+)/.exec(child.stderr)?.[1]);
  return { ms, peakMB: kb / 1024 };
}

function median(runs: readonly Run[]): Run {
  return [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(runs.length / 2)];
}

/** The same incremental build `npm run check` does. */
function buildCli(): void {
  const tsc = spawnSync(
    process.execPath,
    [
      require.resolve('typescript/bin/tsc'),
      '-p',
      'tsconfig.cli.json',
      '--incremental',
      '--tsBuildInfoFile',
      'build/.tsbuildinfo',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (!fs.existsSync(MAIN)) throw new Error(`build/cli/main.js was not built:\n${tsc.stdout}`);
}

export function benchCli(large: Uint8Array): void {
  buildCli();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cli-'));
  try {
    // maxRSS is in kilobytes on Linux and macOS.
    const preload = path.join(dir, 'peak-rss.js');
    fs.writeFileSync(
      preload,
      "process.on('exit', () => process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\\n`));\n",
    );
    const file = path.join(dir, 'large.xlsx');
    fs.writeFileSync(file, large);
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    for (let i = 0; i < FOLDER_FILES; i++)
      fs.copyFileSync(SAMPLES[i % 2], path.join(folder, `${String(i).padStart(3, '0')}.xlsx`));

    console.log(
      `\nCommand line (build/cli/main.js, own process; load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`,
    );
    const big = runCli(preload, [file, '--format', 'json']);
    console.log(
      `  generated workbook (${(large.length / 1024).toFixed(0)} KB .xlsx): peak RSS ${big.peakMB.toFixed(0)} MB, ` +
        `${(big.ms / 1000).toFixed(1)} s   goal: under 300 MB`,
    );
    const [one, two] = [1, 2].map((workers) =>
      median(
        Array.from({ length: FOLDER_RUNS }, () =>
          runCli(preload, [folder], { BUDGET_CHECK_WORKERS: String(workers) }),
        ),
      ),
    );
    for (const [label, run] of [
      ['1 thread ', one],
      ['2 threads', two],
    ] as const)
      console.log(
        `  folder of ${FOLDER_FILES} workbooks, ${label}: ${((FOLDER_FILES / run.ms) * 1000).toFixed(1)} files/s ` +
          `(${(run.ms / 1000).toFixed(1)} s median of ${FOLDER_RUNS}), peak RSS ${run.peakMB.toFixed(0)} MB`,
      );
    console.log(
      `  speed-up with 2 threads: ${(one.ms / two.ms).toFixed(2)}×   goal: above 1 on 2 free cores`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

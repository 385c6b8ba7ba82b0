/** The built `budget-check` in a child process of its own, so a hang is killed and a crash shows as it would. */
import { spawn } from 'child_process';
import * as path from 'path';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'build', 'cli', 'main.js');

/** A stack frame (`at f (file.js:1:2)`): the user must never see one. */
export const STACK_FRAME = /at .*\(.*:\d+:\d+\)/;

export interface CliRun {
  /** Null when killed. */
  readonly code: number | null;
  readonly timedOut: boolean;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The heap each run may use: a runaway allocation fails in seconds instead of taking the machine's memory
 * (the 100,000-row file peaks at some 400 MB of RSS under it).
 */
const MAX_HEAP_MB = 512;

/** Runs the CLI with `args`, killing it after `timeoutMs`. */
export function runCli(args: readonly string[], timeoutMs: number): Promise<CliRun> {
  const node = [`--max-old-space-size=${MAX_HEAP_MB}`, MAIN];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...node, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        code,
        timedOut,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      });
    });
  });
}

/** `runCli` for each list of arguments, `parallel` processes at a time; results in input order. */
export async function runEach(
  argsList: readonly (readonly string[])[],
  timeoutMs: number,
  parallel = 2,
): Promise<CliRun[]> {
  const results: CliRun[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < argsList.length; i = next++) results[i] = await runCli(argsList[i], timeoutMs);
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return results;
}

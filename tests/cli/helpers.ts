/** Shared by the CLI tests: run() with captured output, the samples, and throwaway files. */
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/run';
import type { CheckReport } from '../../src/engine';

export const ROOT = path.join(__dirname, '..', '..');
export const SEED = path.join(ROOT, 'samples', 'seed-2026.xlsx');
export const PLANTED = path.join(ROOT, 'samples', 'seed-2026-planted-errors.xlsx');

export interface PlantedError {
  readonly sheet: string;
  readonly address: string;
}

export const PLANTED_ERRORS = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'samples', 'planted-errors.json'), 'utf8'),
) as readonly PlantedError[];

export interface CliResult {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

export async function cli(argv: readonly string[], options: { color?: boolean } = {}): Promise<CliResult> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    color: options.color ?? false,
    width: 80,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The JSON Lines on standard output, one report each. */
export function reports(out: string): CheckReport[] {
  return out
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CheckReport);
}

export function sha(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** A fresh directory under the system temp folder, removed after the test file. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-check-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

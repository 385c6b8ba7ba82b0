/** A production build in a folder of its own, and the offline manifest validation the manifest test does. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');

export interface Build {
  /** The output folder; dist/, which other tests use, is left alone. */
  readonly dir: string;
  readonly code: number;
  /** webpack's errors and warnings. */
  readonly output: string;
}

/** `webpack --mode <mode> --env …` into a new temporary folder. */
export function build(mode: 'production' | 'development', env: readonly string[]): Promise<Build> {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-build-'));
  const args = [
    join(ROOT, 'node_modules/webpack/bin/webpack.js'),
    '--mode',
    mode,
    ...env.flatMap((e) => ['--env', e]),
    '--output-path',
    dir,
    '--stats',
    'errors-warnings',
  ];
  return new Promise((done) =>
    execFile(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      done({ dir, code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    ),
  );
}

export function removeBuild(build: Build | undefined): void {
  if (build) rmSync(build.dir, { recursive: true, force: true });
}

export { validateManifest, XMLLINT } from '../manifest/schemas';

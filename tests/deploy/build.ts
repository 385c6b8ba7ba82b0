/** A production build in a folder of its own, and the offline manifest validation the manifest test does. */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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

const SCHEMAS = process.env.OFFICE_MANIFEST_SCHEMAS ?? resolve(ROOT, '../shared/office-manifest-schemas');
export const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((path) => existsSync(path));

/** xmllint against the add-in manifest XSDs (the copy make-xmllint-copy.sh fixes); throws its complaints. */
export function validateManifest(file: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-xsd-'));
  try {
    execFileSync('sh', [join(SCHEMAS, 'make-xmllint-copy.sh'), dir], { stdio: 'pipe' });
    execFileSync(XMLLINT!, ['--noout', '--schema', join(dir, 'OfficeAppManifestV1_1.xsd'), file], {
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stderr?: Buffer };
    throw new Error(`xmllint rejected ${file}:\n${e.stderr?.toString() ?? String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

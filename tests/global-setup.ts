/**
 * Before the tests, once for all workers: the command line's incremental build into build/ (as `npm run
 * check` does, so a stale build cannot pass for the sources), and the add-in into dist/ when it is missing or
 * older than its sources, so `npm test` alone runs the browser tests on a fresh clone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SOURCES = ['src', 'assets', 'samples', 'manifest.xml', 'webpack.config.js', 'package-lock.json'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

function buildCli(): void {
  // Its exit status is not checked: type errors are the typecheck's business, and tsc still emits.
  execFileSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.cli.json',
      '--incremental',
      '--tsBuildInfoFile',
      'build/.tsbuildinfo',
    ],
    { cwd: ROOT, stdio: 'ignore' },
  );
}

export default function globalSetup(): void {
  try {
    buildCli();
  } catch {
    // tsc exits non-zero on a type error but has still written build/.
  }
  const built = join(ROOT, 'dist', 'taskpane.html');
  const sources = Math.max(
    ...SOURCES.map((p) => join(ROOT, p))
      .filter(existsSync)
      .map(newest),
  );
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  console.log('\nBuilding the add-in (dist/ is missing or older than its sources)…');
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
}

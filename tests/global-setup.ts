/**
 * Before the tests: build the add-in into dist/ when it is missing or older than its sources, so `npm test`
 * alone runs the browser test on a fresh clone and a stale bundle is never tested.
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

export default function globalSetup(): void {
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

/**
 * Mirrors Microsoft's current CDN office.js onto an intranet server: run on a machine with internet access,
 * it downloads office.js and the files it loads into a folder to publish as it is, then
 * `npm run build -- --env officeJs=https://intranet.example.gov/office-js/office.js`.
 *
 *   npx tsx scripts/mirror-office-js.ts OUTDIR [--from https://appsforoffice.microsoft.com/lib/1/hosted/]
 *
 * The list is the npm package's dist/ layout, which is the CDN folder's (less debug builds and other Office
 * hosts, as the local copy leaves out), plus newer Excel host files the CDN may have gained since (the next
 * versions of each `excel-<platform>-16.NN.js`, kept where the CDN has them). OUTDIR/MIRROR.json records the
 * source, the date, each file's size and SHA-256, and what the CDN did not have.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { officeJsFiles } from './office-js-files';

export const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/';
const NPM_DIST = resolve(__dirname, '../node_modules/@microsoft/office-js/dist');

/** How many newer minor versions of each Excel host file to look for. */
const NEWER = 3;

/** `excel-win32-16.01.js` → `excel-win32-16.02.js` … `excel-win32-16.04.js` (and the same for `-core`). */
export function newerHostFiles(files: readonly string[], count = NEWER): string[] {
  const known = new Set(files);
  const newer = files.flatMap((file) => {
    const m = /^(excel-[a-z0-9]+-16)\.(\d\d)(-core)?\.js$/.exec(file);
    if (!m) return [];
    return Array.from(
      { length: count },
      (_, i) => `${m[1]}.${String(Number(m[2]) + i + 1).padStart(2, '0')}${m[3] ?? ''}.js`,
    ).filter((name) => !known.has(name));
  });
  return [...new Set(newer)];
}

export interface MirrorResult {
  readonly from: string;
  readonly date: string;
  readonly files: readonly { readonly path: string; readonly bytes: number; readonly sha256: string }[];
  /** Files of the npm layout the CDN answered with something else than 200. */
  readonly missing: readonly { readonly path: string; readonly status: number }[];
}

type Fetch = (url: string) => Promise<{ readonly status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** Downloads the files into `out`; `fetch` is the network (a test passes one that reads a folder). */
export async function mirror(
  out: string,
  from = CDN,
  fetch: Fetch = globalThis.fetch,
  dist = NPM_DIST,
): Promise<MirrorResult> {
  const base = from.endsWith('/') ? from : `${from}/`;
  const layout = officeJsFiles(dist);
  const files: MirrorResult['files'][number][] = [];
  const missing: MirrorResult['missing'][number][] = [];
  const get = async (path: string, required: boolean) => {
    const response = await fetch(new URL(path, base).href);
    if (response.status !== 200) {
      if (required) missing.push({ path, status: response.status });
      return;
    }
    const bytes = Buffer.from(await response.arrayBuffer());
    const target = join(out, ...path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    files.push({ path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  };
  for (const path of layout) await get(path, true);
  for (const path of newerHostFiles(layout)) await get(path, false);
  if (!files.some((f) => f.path === 'office.js')) throw new Error(`${base}office.js could not be downloaded`);
  const result: MirrorResult = { from: base, date: new Date().toISOString(), files, missing };
  writeFileSync(join(out, 'MIRROR.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--from');
  const from = at >= 0 ? args.splice(at, 2)[1] : CDN;
  const [out] = args;
  if (!out) {
    console.error(
      'usage: npx tsx scripts/mirror-office-js.ts OUTDIR [--from https://appsforoffice.microsoft.com/lib/1/hosted/]',
    );
    process.exit(2);
  }
  const result = await mirror(resolve(out), from);
  const total = result.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(
    `${result.files.length} files (${(total / 1024 / 1024).toFixed(1)} MB) from ${result.from} into ${resolve(out)}`,
  );
  for (const m of result.missing) console.log(`  not on the CDN (HTTP ${m.status}): ${m.path}`);
  console.log(
    'Publish the folder as it is over https, then build with --env officeJs=https://<server>/<folder>/office.js',
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

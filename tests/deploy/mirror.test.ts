/**
 * The intranet mirror of the CDN's office.js (scripts/mirror-office-js.ts), offline: its file list, and a run
 * against a stand-in for the CDN that serves the npm package's files (the same layout), one of them gone and
 * a newer Excel host file added. No test here reaches the internet.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { mirror, newerHostFiles } from '../../scripts/mirror-office-js';
import { officeJsFiles, servesOfficeJsFile } from '../../scripts/office-js-files';

const DIST = resolve(__dirname, '../../node_modules/@microsoft/office-js/dist');
const CDN = 'https://cdn.example.invalid/lib/1/hosted/';

describe('the office.js mirror', () => {
  it('takes what an Excel add-in loads: office.js, the Excel hosts, strings per language; no debug or other hosts', () => {
    const files = officeJsFiles(DIST);
    for (const file of [
      'office.js',
      'excel-win32-16.01.js',
      'excel-web-16.00.js',
      'excel-mac-16.00.js',
      'zh-cn/office_strings.js',
      'en-us/office_strings.js',
      'telemetry/oteljs_agave.js',
    ]) {
      expect([file, files.includes(file)]).toEqual([file, true]);
    }
    expect(files.filter((f) => /\.debug\.js$|(^|\/)word-|(^|\/)outlook-|office\.d\.ts$/.test(f))).toEqual([]);
    expect(servesOfficeJsFile('powerpoint-web-16.00.js')).toBe(false);
  });

  it('looks for newer Excel host files than the npm copy has', () => {
    expect(
      newerHostFiles(
        ['excel-win32-16.01.js', 'excel-win32-16.01-core.js', 'excel-win32-16.02.js', 'office.js'],
        2,
      ),
    ).toEqual([
      'excel-win32-16.03.js',
      'excel-win32-16.02-core.js',
      'excel-win32-16.03-core.js',
      'excel-win32-16.04.js',
    ]);
  });

  it('downloads every file into a folder to serve, with sizes and hashes, and says what the CDN lacked', async () => {
    const out = mkdtempSync(join(tmpdir(), 'office-js-mirror-'));
    const asked: string[] = [];
    const fetch = async (url: string) => {
      asked.push(url);
      const path = url.slice(CDN.length);
      const bytes =
        path === 'excel-win32-16.02.js'
          ? Buffer.from('/* a newer Windows host */')
          : path !== 'excel-15.js' && !path.startsWith('..') && existsSync(join(DIST, path))
            ? readFileSync(join(DIST, path))
            : undefined;
      return { status: bytes ? 200 : 404, arrayBuffer: async () => new Uint8Array(bytes ?? []).buffer };
    };
    try {
      const result = await mirror(out, CDN, fetch, DIST);

      expect(asked.every((url) => url.startsWith(CDN))).toBe(true);
      expect(result.missing).toEqual([{ path: 'excel-15.js', status: 404 }]);
      const office = readFileSync(join(out, 'office.js'));
      expect(office.equals(readFileSync(join(DIST, 'office.js')))).toBe(true);
      expect(result.files.find((f) => f.path === 'office.js')).toEqual({
        path: 'office.js',
        bytes: office.length,
        sha256: createHash('sha256').update(office).digest('hex'),
      });
      expect(existsSync(join(out, 'zh-cn/office_strings.js'))).toBe(true);
      expect(readFileSync(join(out, 'excel-win32-16.02.js'), 'utf8')).toContain('newer');
      expect(JSON.parse(readFileSync(join(out, 'MIRROR.json'), 'utf8'))).toMatchObject({
        from: CDN,
        missing: result.missing,
      });
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

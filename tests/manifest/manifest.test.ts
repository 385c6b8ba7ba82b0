/**
 * manifest.xml validates offline against the Office add-in XSDs (a fixed copy made by the schemas'
 * make-xmllint-copy.sh), and what the schema cannot see holds too: every resource id resolves, every
 * string has its en-US override, the icons exist at their sizes. CI installs xmllint (libxml2-utils).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SCHEMAS = process.env.OFFICE_MANIFEST_SCHEMAS ?? resolve(ROOT, '../shared/office-manifest-schemas');
const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((path) => existsSync(path));
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

function validate(file: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-xsd-'));
  try {
    execFileSync('sh', [join(SCHEMAS, 'make-xmllint-copy.sh'), dir], { stdio: 'pipe' });
    return execFileSync(XMLLINT!, ['--noout', '--schema', join(dir, 'OfficeAppManifestV1_1.xsd'), file], {
      stdio: 'pipe',
      encoding: 'utf8',
    }).toString();
  } catch (error) {
    const e = error as { stderr?: Buffer | string };
    throw new Error(`xmllint rejected ${file}:\n${e.stderr?.toString() ?? String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('manifest.xml', () => {
  const withXmllint = XMLLINT ? it : it.skip;
  if (!XMLLINT)
    console.warn(
      'SKIPPED manifest schema validation: xmllint is not installed (apt-get install libxml2-utils).',
    );

  it('finds the Office manifest schemas', () => {
    expect(existsSync(join(SCHEMAS, 'make-xmllint-copy.sh'))).toBe(true);
  });

  withXmllint('validates against the add-in manifest schema', () => {
    validate(join(ROOT, 'manifest.xml'));
  });

  const distManifest = join(ROOT, 'dist/manifest.xml');
  (XMLLINT && existsSync(distManifest) ? it : it.skip)('validates as built into dist/', () => {
    validate(distManifest);
  });

  it('asks for a Workbook host, ReadWriteDocument and ExcelApi 1.6', () => {
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.6"\/>/);
    expect(manifest).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
  });

  it('has the 预算审核 group on the Home tab with 一键审核 and 审核助手', () => {
    const label = (id: string) =>
      new RegExp(`<bt:String id="${id}" DefaultValue="([^"]+)"`).exec(manifest)?.[1];
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(label('Group.Label')).toBe('预算审核');
    expect(label('RunCheck.Label')).toBe('一键审核');
    expect(label('ShowTaskpane.Label')).toBe('审核助手');
    expect(manifest).toMatch(/<Action xsi:type="ExecuteFunction">\s*<FunctionName>runCheck<\/FunctionName>/);
    expect(manifest).toMatch(/<Action xsi:type="ShowTaskpane">/);
  });

  it('resolves every resid and overrides every string in en-US', () => {
    const defined = new Set(
      [...manifest.matchAll(/<bt:(?:Image|Url|String) id="([^"]+)"/g)].map((m) => m[1]),
    );
    const used = [...manifest.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
    const strings = [
      ...manifest.matchAll(/<bt:String id="[^"]+" DefaultValue="[^"]*">\s*<bt:Override Locale="en-US"/g),
    ];
    expect(strings).toHaveLength([...manifest.matchAll(/<bt:String id=/g)].length);
  });

  it('points at icons of 16, 32, 64 and 80 px that exist in assets/', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(manifest).toContain(`/assets/icon-${size}.png`);
      const png = readFileSync(join(ROOT, `assets/icon-${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});

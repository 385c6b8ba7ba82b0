/**
 * manifest.xml validates offline against the Office add-in XSDs kept in tests/manifest/schemas/ (through the
 * copy make-xmllint-copy.sh fixes for xmllint), and what the schema cannot see holds too: every resource id
 * resolves, every string has its en-US override, the icons exist at their sizes. Without xmllint (Debian's
 * libxml2-utils) the schema tests skip with a message; CI installs it.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gitBlobId, SCHEMAS, UPSTREAM_BLOBS, validateManifest, XMLLINT } from './schemas';

const ROOT = resolve(__dirname, '../..');
const manifest = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');

describe('manifest.xml', () => {
  const withXmllint = XMLLINT ? it : it.skip;
  if (!XMLLINT)
    console.warn(
      'SKIPPED manifest schema validation: xmllint is not installed (apt-get install libxml2-utils).',
    );

  it('keeps Microsoft’s schemas in the repository, unedited', () => {
    expect(existsSync(join(SCHEMAS, 'make-xmllint-copy.sh'))).toBe(true);
    const xsds = readdirSync(SCHEMAS).filter((f) => f.endsWith('.xsd'));
    expect(Object.fromEntries(xsds.map((f) => [f, gitBlobId(join(SCHEMAS, f))]))).toEqual(UPSTREAM_BLOBS);
  });

  withXmllint('validates against the add-in manifest schema', () => {
    validateManifest(join(ROOT, 'manifest.xml'));
  });

  withXmllint('is really checked: a manifest without its Id is rejected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'manifest-broken-'));
    try {
      const broken = join(dir, 'manifest.xml');
      writeFileSync(broken, manifest.replace(/<Id>[^<]*<\/Id>/, ''));
      expect(() => validateManifest(broken)).toThrow(/xmllint rejected[\s\S]*Version/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const distManifest = join(ROOT, 'dist/manifest.xml');
  (XMLLINT && existsSync(distManifest) ? it : it.skip)('validates as built into dist/', () => {
    validateManifest(distManifest);
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

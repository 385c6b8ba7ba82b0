/**
 * Offline validation of an add-in manifest against Microsoft's XSDs kept in tests/manifest/schemas/ (see its
 * NOTICE.md), through the xmllint-compilable copy that make-xmllint-copy.sh writes. Used by the manifest test
 * and the deploy test; xmllint comes from Debian's libxml2-utils.
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const SCHEMAS = process.env.OFFICE_MANIFEST_SCHEMAS ?? resolve(__dirname, 'schemas');
export const XMLLINT = ['/usr/bin/xmllint', '/usr/local/bin/xmllint'].find((path) => existsSync(path));

/**
 * Git blob ids of the files at office-js-docs-pr c8048fa (`git ls-tree c8048fa docs/overview/schemas/…`):
 * the copies here must hash to them, so an edit to Microsoft's files cannot slip in.
 */
export const UPSTREAM_BLOBS: Readonly<Record<string, string>> = {
  'MailAppVersionOverridesV1_0.xsd': '816377c190a74b24d5135f791436e1120166e221',
  'MailAppVersionOverridesV1_1.xsd': 'b55b123fca1d10daf2c2228cb9972e4f5e0a9a27',
  'OfficeAppBasicTypesV1_0.xsd': 'bd7d7711bdd0aa368673243e1b980d8ebe3ae4c1',
  'OfficeAppManifestV1_1.xsd': '2d0a8befb824c4bc6d43d25d1fd8b3e77cf2e488',
  'TaskPaneAppVersionOverridesV1_0.xsd': 'f3720256847a98cafc9324c944f16fc17f8989c8',
};

/** What `git hash-object` prints for the file. */
export function gitBlobId(file: string): string {
  const content = readFileSync(file);
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

/** Throws xmllint's complaints when `file` does not validate. */
export function validateManifest(file: string): void {
  if (!XMLLINT) throw new Error('xmllint is not installed (apt-get install libxml2-utils)');
  const dir = mkdtempSync(join(tmpdir(), 'manifest-xsd-'));
  try {
    execFileSync('sh', [join(SCHEMAS, 'make-xmllint-copy.sh'), dir], { stdio: 'pipe' });
    execFileSync(XMLLINT, ['--noout', '--schema', join(dir, 'OfficeAppManifestV1_1.xsd'), file], {
      stdio: 'pipe',
    });
  } catch (error) {
    const e = error as { stderr?: Buffer | string };
    throw new Error(`xmllint rejected ${file}:\n${e.stderr?.toString() ?? String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

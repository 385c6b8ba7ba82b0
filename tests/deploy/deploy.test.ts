/**
 * Intranet deployment, as built. A production build with a base URL and the local office.js loads nothing
 * from another host (pages, styles, its own scripts), has the Content-Security-Policy first in every page,
 * and its manifest points only at the base URL and validates offline; in Chromium a whole check makes no
 * request off its origin and breaks no rule of the policy but the one the policy is there for. A build with
 * office.js from Microsoft's CDN loads that one script from there and allows exactly that host.
 *
 * office-js/ (Microsoft's runtime, copied as published) is not scanned: it names Microsoft's telemetry and
 * sign-in services on code paths the add-in does not take, and the policy blocks them all the same.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, launchChromium, serveDist } from '../../scripts/serve-dist';
import { build, removeBuild, validateManifest, XMLLINT, type Build } from './build';
import { builtFiles, pageReferences, scriptUrls, staysHome } from './scan';

const BASE = 'https://budget.example.gov/addin/';
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const PAGES = ['taskpane.html', 'commands.html', 'dialog.html', 'help.html'];
const POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');

/**
 * Absolute URLs in the built scripts that are never fetched: XML namespace names (identifiers) and the
 * documentation and licence links in React's and ExcelJS's (and its bundled libraries') messages and comments.
 * A new entry here needs the same reason; anything else is a finding.
 */
const NEVER_FETCHED = [
  'http://www.w3.org/',
  'http://schemas.openxmlformats.org/',
  'http://schemas.microsoft.com/office/',
  'http://purl.org/dc/',
  'https://reactjs.org/docs/error-decoder.html',
  'https://github.com/',
  'https://raw.github.com/Stuk/jszip/',
  'https://stuk.github.io/jszip/',
  'http://stuartk.com/jszip',
  'https://feross.org',
];

jest.setTimeout(600_000);

let local: Build;
let cdn: Build;

beforeAll(async () => {
  // Side by side: a production build takes most of a minute. The CDN build only differs in its pages,
  // so development mode (no minifying) shows the same at a third of the time.
  [local, cdn] = await Promise.all([
    build('production', [`baseUrl=${BASE}`, 'officeJs=local']),
    build('development', ['officeJs=cdn']),
  ]);
  for (const b of [local, cdn]) if (b.code !== 0) throw new Error(`webpack failed:\n${b.output}`);
});

afterAll(() => {
  removeBuild(local);
  removeBuild(cdn);
});

function read(b: Build, file: string): string {
  return readFileSync(join(b.dir, file), 'utf8');
}

/** The policy of a page, which must come right after its charset, before anything it governs. */
function policyOf(html: string): string | undefined {
  return /<head>\s*<meta charset="UTF-8"\s*\/?>\s*<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(
    html,
  )?.[1];
}

describe('a build with a base URL and the local office.js', () => {
  it('loads nothing from another host in its pages and style sheets', () => {
    expect(builtFiles(local.dir, ['.html', '.css'])).toEqual([...PAGES].sort());
    expect(pageReferences(local.dir).filter((r) => !staysHome(r.url, BASE))).toEqual([]);
  });

  it('writes no URL of another host into its own scripts but namespaces and documentation links', () => {
    const urls = scriptUrls(local.dir);
    expect(urls.filter((r) => !NEVER_FETCHED.some((prefix) => r.url.startsWith(prefix)))).toEqual([]);
  });

  it('serves office.js itself and puts the policy first in every page', () => {
    expect(existsSync(join(local.dir, 'office-js/office.js'))).toBe(true);
    for (const page of PAGES) {
      const html = read(local, page);
      expect({ page, policy: policyOf(html) }).toEqual({ page, policy: POLICY });
      if (page !== 'help.html') expect(html).toContain('<script src="office-js/office.js"></script>');
    }
  });

  it('points every manifest URL at the base URL, and the manifest still validates', () => {
    const manifest = read(local, 'manifest.xml');
    const body = manifest.replace(/<!--[\s\S]*?-->/g, '').replace(/\sxmlns(?::\w+)?="[^"]*"/g, '');
    const urls = [...body.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([new URL(BASE).origin]);
    expect(body).toContain(`<AppDomain>${new URL(BASE).origin}</AppDomain>`);
    expect(body).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    if (XMLLINT) validateManifest(join(local.dir, 'manifest.xml'));
    else
      console.warn('SKIPPED manifest schema validation: xmllint is missing (apt-get install libxml2-utils).');
  });

  (existsSync(CHROMIUM) ? it : it.skip)(
    // office.js, outside Office, frames Microsoft's telemetry proxy (telemetryservice.firstpartyapps.oaspapps.com)
    // three seconds after it loads: the policy blocks it, and that is the one report allowed.
    'checks the sample in Chromium with no request off its origin and nothing blocked but telemetry',
    async () => {
      const server = await serveDist(local.dir);
      const browser = await launchChromium({ locale: 'zh-CN', viewport: { width: 1000, height: 800 } });
      const outside: string[] = [];
      const blocked: string[] = [];
      browser.context.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(server.url) && !url.startsWith('data:')) outside.push(url);
      });
      browser.context.on('console', (message) => {
        if (message.text().includes('Content Security Policy')) blocked.push(message.text());
      });
      try {
        const pane = await browser.context.newPage();
        await pane.goto(`${server.url}taskpane.html`);
        await pane.getByRole('button', { name: '打开示例工作簿' }).click();
        await pane.getByRole('button', { name: '开始审核' }).click();
        await pane.locator('[data-verdict="fail"]').waitFor({ timeout: 30_000 });
        expect(await pane.locator('[data-finding]').count()).toBeGreaterThan(0);
        const verdict = encodeURIComponent(
          JSON.stringify({
            language: 'zh',
            summary: { errors: 8, warnings: 0, infos: 23 },
            tables: 13,
            marks: { kind: 'marked', cells: 30, notes: 30, notesSkipped: 0, notesSupported: true },
          }),
        );
        for (const page of [`dialog.html?r=${verdict}`, 'commands.html', 'help.html'])
          await (await browser.context.newPage()).goto(`${server.url}${page}`);
        // Past office.js's three-second telemetry timer, so its frame is tried (and blocked) in the pane.
        await pane.waitForTimeout(4_000);
        // The policy is in force and the listeners hear it: a fetch elsewhere is refused, and not sent.
        const probe = await pane.evaluate(() =>
          fetch('https://probe.example.invalid/').then(
            () => 'sent',
            () => 'refused',
          ),
        );
        expect(probe).toBe('refused');
      } finally {
        await browser.close();
        await server.close();
      }
      expect(outside).toEqual([]);
      expect(blocked.some((text) => text.includes('probe.example.invalid'))).toBe(true);
      expect(
        blocked.filter((text) => !/probe\.example\.invalid|telemetryservice\.firstpartyapps/.test(text)),
      ).toEqual([]);
    },
  );
});

describe('a build with office.js from the CDN', () => {
  it('loads office.js from Microsoft in each page that uses it, and nothing else from elsewhere', () => {
    expect(existsSync(join(cdn.dir, 'office-js'))).toBe(false);
    const outside = pageReferences(cdn.dir).filter((r) => !staysHome(r.url, 'https://localhost:3000/'));
    expect(outside).toEqual(
      ['commands.html', 'dialog.html', 'taskpane.html'].map((file) => ({ file, url: CDN })),
    );
  });

  it('allows exactly that host, for scripts only', () => {
    for (const page of PAGES) {
      const policy = policyOf(read(cdn, page));
      expect({ page, policy }).toEqual({
        page,
        policy: POLICY.replace("script-src 'self'", "script-src 'self' https://appsforoffice.microsoft.com"),
      });
    }
  });
});

describe('office.js from an intranet mirror', () => {
  // The pages of such a build differ from the CDN build's only in the URL and the origin the policy allows.
  const { deployment, contentSecurityPolicy } = jest.requireActual<{
    deployment(env: Record<string, string>): { officeJs: { src: string; local: boolean } };
    contentSecurityPolicy(officeJs: { src: string; local: boolean }): string;
  }>('../../webpack.config.js');
  const MIRROR = 'https://intranet.example.gov/static/office-js/office.js';

  it('loads office.js from exactly that URL and allows scripts from its origin only', () => {
    const { officeJs } = deployment({ officeJs: MIRROR });
    expect(officeJs).toEqual({ src: MIRROR, local: false });
    expect(contentSecurityPolicy(officeJs)).toBe(
      POLICY.replace("script-src 'self'", "script-src 'self' https://intranet.example.gov"),
    );
    expect(contentSecurityPolicy(deployment({}).officeJs)).toBe(POLICY);
  });

  it.each([
    ['ftp://intranet.example.gov/office.js', 'must be loaded over https'],
    ['https://intranet.example.gov/office-js/office.js?v=2', 'no query'],
    ['https://intranet.example.gov/office-js/', 'must name office.js'],
  ])('refuses %s', (url, message) => {
    expect(() => deployment({ officeJs: url })).toThrow(message);
  });
});

describe('the switches', () => {
  it.each([
    ['baseUrl=http://budget.example.gov/addin/', 'only over https'],
    ['baseUrl=budget.example.gov', 'not an absolute URL'],
    ['baseUrl=https://budget.example.gov/addin/?v=1', 'no query'],
    ['officeJs=remote', 'expected local, cdn or the https URL of an office.js'],
    ['officeJs=http://intranet.example.gov/office-js/office.js', 'must be loaded over https'],
  ])('refuses --env %s', async (env, message) => {
    const refused = await build('production', [env]);
    removeBuild(refused);
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(message);
  });
});

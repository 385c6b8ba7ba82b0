/**
 * The built task pane outside Office, in Debian's Chromium (playwright-core, no downloaded browsers):
 * open the planted-errors sample, check it, see the findings and the marked grid cells, jump to a finding
 * by mouse and by keyboard, filter, and save screenshots to tests/output/. Needs dist/ (tests/global-setup.ts
 * builds it when stale) and
 * /usr/bin/chromium (apt-get install chromium); skips with a message only when Chromium is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, launchChromium, serveDist, type Chromium, type DistServer } from '../../scripts/serve-dist';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { textProblems } from '../review/user-text';
import { describeInChromium, OUTPUT, rgb } from './harness';

const planted = JSON.parse(readFileSync(resolve(__dirname, '../../samples/planted-errors.json'), 'utf8')) as {
  sheet: string;
  address: string;
}[];

describeInChromium('the task pane in a browser', () => {
  jest.setTimeout(120_000);
  let server: DistServer;
  let browser: Chromium;
  let context: BrowserContext;
  const outside: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html')))
      throw new Error('dist/ is not built: run `npm run build` first.');
    server = await serveDist();
    browser = await launchChromium({ locale: 'zh-CN', viewport: { width: 320, height: 800 } });
    context = browser.context;
    context.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:'))
        outside.push(request.url());
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(query = ''): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html${query}`);
    return page;
  }

  it('checks the sample, lists the findings and marks the planted cells', async () => {
    const page = await openPane();
    await page.getByRole('button', { name: '打开示例工作簿' }).click();
    await page.locator('table[data-grid]').waitFor();
    await page.getByRole('button', { name: '开始审核' }).click();

    await expectVisible(page.locator('[data-verdict="fail"]'));
    expect(await page.locator('[data-finding][data-severity="error"]').count()).toBeGreaterThan(0);
    expect(await page.getByRole('button', { name: '重新审核' }).count()).toBe(1);
    for (const cell of planted) {
      await expectVisible(page.locator(`[data-suspect="${cell.sheet}!${cell.address}"]`));
      await page.locator(`[data-sheet-tab="${cell.sheet}"]`).click();
      const td = page.locator(`table[data-grid="${cell.sheet}"] td[data-address="${cell.address}"]`);
      expect(await td.getAttribute('data-severity')).toBe('error');
      expect(await td.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
        rgb(SEVERITY_COLOURS.error.fill),
      );
    }
    // The findings as a person reads them (the grid below them is the workbook's own text).
    const findings = await page.locator('[data-finding]').allInnerTexts();
    expect(textProblems('findings', findings.join('\n'))).toEqual([]);
    // At the task pane's narrowest the page does not scroll sideways; the grid scrolls in its own box.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUTPUT, 'pane-320.png') });
    await page.close();
  });

  it('jumps to a finding’s cells by mouse and by keyboard, and filters by severity', async () => {
    const page = await openPane();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: '打开示例工作簿' }).click();
    await page.getByRole('button', { name: '开始审核' }).click();

    const errors = page.locator('[data-finding][data-severity="error"]');
    const first = planted[1];
    const finding = errors.filter({ hasText: `${first.sheet} ${first.address}` }).first();
    await finding.click();
    expect(await finding.getAttribute('aria-pressed')).toBe('true');
    await expectVisible(page.locator(`table[data-grid="${first.sheet}"]`));
    await expectVisible(page.locator(`td[data-address="${first.address}"][data-selected="true"]`));

    const other = errors.filter({ hasText: planted[0].sheet }).first();
    await other.focus();
    await page.keyboard.press('Enter');
    await expectVisible(page.locator(`table[data-grid="${planted[0].sheet}"] td[data-selected="true"]`));

    await page.getByRole('tab', { name: /^错误/ }).click();
    const shown = await page
      .locator('[data-finding]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-severity')));
    expect(new Set(shown)).toEqual(new Set(['error']));
    await page.screenshot({ path: join(OUTPUT, 'pane-wide.png') });
    await page.close();
  });

  it('speaks English when asked, and loads nothing from outside its own origin', async () => {
    const page = await openPane('?lang=en');
    await page.getByRole('button', { name: 'Open the sample workbook' }).click();
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await expectVisible(page.getByText('Failed: hard rules are broken'));
    // The findings speak English too: the planted 表1 income figure, in the engine's English words.
    await expectVisible(page.getByText(/Table 1 “一、一般公共预算” amount is 4642\.59, not the 4542\.59 of/));
    await page.screenshot({ path: join(OUTPUT, 'pane-en.png') });
    await page.close();
    expect(outside).toEqual([]);
  });

  it('works the same when office.js cannot be loaded at all', async () => {
    const page = await context.newPage();
    await page.route('**/office-js/**', (route) => route.abort());
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: '打开示例工作簿' }).click();
    await page.getByRole('button', { name: '开始审核' }).click();
    await expectVisible(page.locator('[data-verdict="fail"]'));
    await page.close();
  });

  it('shows the one-click verdict dialog from its URL', async () => {
    const payload = {
      language: 'zh',
      counts: { errors: 8, warnings: 0, residuals: 23 },
      tables: 13,
      marks: { kind: 'marked', cells: 30, notes: 30, notesSkipped: 0, notesSupported: true },
    };
    const page = await context.newPage();
    await page.setViewportSize({ width: 420, height: 300 });
    await page.goto(`${server.url}dialog.html?r=${encodeURIComponent(JSON.stringify(payload))}`);
    await expectVisible(page.getByText('未通过：存在强制性错误'));
    await expectVisible(page.getByText('错误 8'));
    await expectVisible(page.getByText('尾差 23'));
    await page.screenshot({ path: join(OUTPUT, 'dialog.png') });
    await page.close();
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}

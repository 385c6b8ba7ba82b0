/**
 * The reviewer's round trip in the pane outside Office, in Debian's Chromium: the empty state (Chinese with
 * an English browser, a language switch, five tabs on one row at 320 px), marks on findings that survive
 * saving a copy and opening it again, the report downloaded and read back, the corrected workbook compared
 * with the planted one, and the printable report. Screenshots at 320 px and wide go to tests/output/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST, launchChromium, serveDist, type Chromium, type DistServer } from '../../scripts/serve-dist';
import { REPORT_COLUMNS, REPORT_SHEET } from '../../src/engine/review';
import { PLANTED, SEED, tempDir } from '../cli/helpers';
import { describeInChromium, OUTPUT } from './harness';

const WIDE = { width: 1280, height: 900 };

describeInChromium('the reviewer in the pane', () => {
  jest.setTimeout(180_000);
  const dir = tempDir();
  let server: DistServer;
  let browser: Chromium;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!existsSync(join(DIST, 'taskpane.html')))
      throw new Error('dist/ is not built: run `npm run build` first.');
    server = await serveDist();
    // An English browser: the pane must still start in Chinese.
    browser = await launchChromium({ locale: 'en-US', viewport: { width: 320, height: 900 } });
    context = browser.context;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openPane(): Promise<Page> {
    const page = await context.newPage();
    await page.goto(`${server.url}taskpane.html`);
    return page;
  }

  async function openFile(page: Page, file: string): Promise<void> {
    await page.locator('[data-file-input]').setInputFiles(file);
    await page.locator('table[data-grid]').waitFor();
    await page.getByRole('button', { name: '开始审核' }).click();
    await page.locator('[data-verdict]').waitFor();
  }

  it('starts in Chinese with an empty state that says what to do first, all tabs on one row', async () => {
    const page = await openPane();
    const empty = page.locator('[data-empty-state]');
    await empty.waitFor();
    expect(await empty.textContent()).toContain('先打开一个工作簿');
    expect(await empty.textContent()).toContain('点“选择工作簿…”');
    const start = page.getByRole('button', { name: '开始审核' });
    expect(await start.isDisabled()).toBe(true);
    expect(await start.getAttribute('title')).toBe('请先选择工作簿');
    for (const width of [320, WIDE.width]) {
      await page.setViewportSize({ ...WIDE, width });
      await page.waitForTimeout(200);
      const boxes = await page
        .getByRole('tab')
        .evaluateAll((tabs) =>
          tabs
            .filter((t) => t.closest('[role=tabpanel]') === null)
            .map((t) => t.getBoundingClientRect().toJSON()),
        );
      expect(boxes).toHaveLength(5);
      expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
      expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(width);
      expect(await page.locator('[data-more-views]').count()).toBe(0);
      await page.screenshot({ path: join(OUTPUT, width === 320 ? 'empty-320.png' : 'empty-wide.png') });
    }
    await page.close();
  });

  it('switches to English and back, and remembers the choice', async () => {
    const page = await openPane();
    await page.locator('[data-language-switch]').click();
    await page.getByRole('heading', { name: 'Open a workbook first' }).waitFor();
    await page.screenshot({ path: join(OUTPUT, 'empty-en-320.png') });
    for (const name of ['Check', 'Fill', 'Links', 'Origin', 'Rules'])
      expect(await page.getByRole('tab', { name, exact: true }).isVisible()).toBe(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Open a workbook first' }).waitFor();
    await page.locator('[data-language-switch]').click();
    await page.getByRole('heading', { name: '先打开一个工作簿' }).waitFor();
    await page.close();
  });

  it('keeps marks on findings in a saved copy, and in the report workbook', async () => {
    const page = await openPane();
    await openFile(page, PLANTED);
    const errors = page.locator('li:has([data-finding][data-severity="error"])');
    expect(await errors.count()).toBe(8);
    // 已改 on the first error, 驳回 with a reason on the second.
    await errors.nth(0).locator('[data-review-menu]').click();
    await page.getByRole('menuitem', { name: '已改' }).click();
    await errors.nth(1).locator('[data-review-menu]').click();
    await page.getByRole('menuitem', { name: '驳回…' }).click();
    await errors.nth(1).locator('[data-review-reason]').fill('说明与表2不符');
    await errors.nth(1).getByRole('button', { name: '保存' }).click();
    await errors.nth(1).getByText('说明与表2不符').waitFor();
    await page.locator('[data-report-tools]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'review-marks-320.png') });
    const keys = await errors.evaluateAll((items) =>
      items.slice(0, 2).map((li) => li.querySelector('[data-key]')!.getAttribute('data-key')),
    );

    const saved = async (button: string, name: string) => {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: button }).click();
      const file = join(dir, name);
      await (await download).saveAs(file);
      return file;
    };
    const report = await saved('下载审核报告（.xlsx）', '审核报告.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(report);
    const sheet = book.getWorksheet(REPORT_SHEET)!;
    const status = new Map<string, string>();
    sheet.eachRow((row) =>
      status.set(
        row.getCell(REPORT_COLUMNS.indexOf('编号') + 1).text,
        row.getCell(REPORT_COLUMNS.indexOf('状态') + 1).text,
      ),
    );
    expect(status.get(keys[0]!)).toBe('已改');
    expect(status.get(keys[1]!)).toBe('驳回');

    const copy = await saved('下载带审核报告的工作簿', 'planted-已审核.xlsx');
    await page.close();

    // Sent back and opened again: the marks come with the workbook.
    const again = await openPane();
    await openFile(again, copy);
    expect(await again.locator('[data-review="fixed"]').count()).toBe(1);
    const rejected = again.locator('[data-review="rejected"]');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.textContent()).toContain('说明与表2不符');
    // The added sheet is not a table: the same eight errors.
    expect(await again.locator('[data-finding][data-severity="error"]').count()).toBe(8);
    await again.close();
  });

  it('compares the corrected workbook with the planted one, and prints the report with the comparison', async () => {
    const page = await openPane();
    await openFile(page, SEED);
    await page.locator('[data-compare-input]').setInputFiles(PLANTED);
    const comparison = page.locator('[data-comparison]');
    await comparison.waitFor();
    expect(await page.locator('[data-compare-summary]').textContent()).toBe(
      '改动了 4 个数字；已改正 8 个问题，新出现 0 个，仍有 0 个未解决；尾差 21 处 → 24 处',
    );
    expect(await page.locator('[data-figure-change]').count()).toBe(4);
    expect(await page.locator('[data-figure-change="表1!B7"]').textContent()).toContain(
      '4642.59 → 4542.59（改正了 2 个问题）',
    );
    expect(await page.locator('[data-compare-section="fixed"] li').count()).toBe(8);
    expect(await page.locator('[data-compare-section="added"]').count()).toBe(0);
    // A changed figure jumps to its cell in the grid.
    await page.locator('[data-figure-change="表1!B7"] button').click();
    await page.locator('table[data-grid="表1"] td[data-address="B7"][data-selected="true"]').waitFor();
    await comparison.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'compare-320.png') });
    await page.setViewportSize(WIDE);
    await comparison.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'compare-wide.png') });

    await page.locator('[data-print-view]').click();
    const print = page.locator('[data-print] .budget-report');
    await print.waitFor();
    const text = await print.textContent();
    expect(text).toContain('预算公开表审核报告');
    expect(text).toContain('结论通过（0 个错误、0 个提示、24 处尾差）');
    expect(text).toContain('与上一版比较（上一版：seed-2026-planted-errors.xlsx）');
    expect(text).not.toMatch(/\b(T\d+|X|S)\.[a-z]/);
    await page.screenshot({ path: join(OUTPUT, 'print-wide.png') });
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: join(OUTPUT, 'print-320.png') });
    // On paper only the report shows.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '打印' }).isVisible()).toBe(false);
    expect(
      await page
        .locator('h1')
        .first()
        .evaluate((h) => getComputedStyle(h).visibility),
    ).toBe('hidden');
    expect(await print.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: '返回' }).click();
    await comparison.waitFor();
    await page.close();
  });
});

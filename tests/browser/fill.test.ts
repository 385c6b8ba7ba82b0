/**
 * The 填充 view of the built pane in Chromium, at the task pane's narrowest (320 px): a workbook with only its
 * detail lines typed (samples/seed-2026.xlsx with every derivable cell blanked, made here) is opened through
 * the file input and checked; 填充 previews every change, grouped by table with checkboxes; 应用 writes them
 * and the check shows no errors; the filled workbook downloads and checks clean; 撤销填充 brings the blanks
 * back; the explanation draft appears and 复制 puts it on the clipboard (or, where the clipboard is refused,
 * selects it); a pasted explanation with one wrong figure shows that figure and its sentence; in English, the
 * preview's labels, reasons and the mismatch's label are English. No request leaves the page's origin. What to expect is computed here from the engine, never retyped.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { runCheck } from '../../src/engine';
import { derive, planFill, shownValue, type FillChange, type FillPlan } from '../../src/engine/derive';
import ExcelJS from 'exceljs';
import {
  checkNarrative,
  draftNarrative,
  narrativeFromWorkbook,
  narrativeInputs,
} from '../../src/engine/narrative';
import { lastYearFromWorkbook } from '../../src/engine/shares';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { fillWorkbook } from '../../src/hosts/xlsx/fill';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { launchChromium, serveDist, type Chromium, type DistServer } from '../../scripts/serve-dist';
import { stringsFor, type Language } from '../../src/ui-shared/strings';
import { snapshotToXlsx } from '../../scripts/bench/write-xlsx';
import { detailOnlyXlsx } from '../derive/helpers';
import { lastYearWorkbook } from '../fixtures/last-year';
import { textProblems } from '../review/user-text';
import { describeInChromium, OUTPUT } from './harness';

const SEED = resolve(__dirname, '../../samples/seed-2026.xlsx');
const PLANTED = resolve(__dirname, '../../samples/seed-2026-planted-errors.xlsx');
const NARRATIVE = resolve(__dirname, '../../samples/source/seed-2026/narrative.txt');
const FILE = 'seed-2026-detail.xlsx';

describeInChromium('the 填充 view in a browser', () => {
  jest.setTimeout(180_000);
  let server: DistServer;
  let browser: Chromium;
  let detail: Uint8Array;
  let typed: WorkbookSnapshot;
  let values: FillPlan;
  let formulas: FillPlan;
  let filled: WorkbookSnapshot;
  const outside: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    detail = (await detailOnlyXlsx(new Uint8Array(readFileSync(SEED)))).bytes;
    typed = await readWorkbook(detail, FILE);
    values = planFill(derive(typed), 'values');
    formulas = planFill(derive(typed), 'formulas');
    filled = await readWorkbook(await fillWorkbook(detail, values), FILE);
    server = await serveDist();
    browser = await launchChromium({ locale: 'zh-CN', viewport: { width: 320, height: 900 } });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: new URL(server.url).origin,
    });
    browser.context.on('request', (request) => {
      const url = request.url();
      // A download's blob: URL names the page's origin after `blob:`.
      const own = url.startsWith(server.url) || url.startsWith(`blob:${new URL(server.url).origin}/`);
      if (!own && !url.startsWith('data:')) outside.push(url);
    });
  });

  afterEach(() => expect(errors.splice(0)).toEqual([]));

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The pane with a workbook (the typed one) opened through the file input and checked, on the 填充 view. */
  async function fillView(bytes = detail, name = FILE, language: Language = 'zh'): Promise<Page> {
    const strings = stringsFor(language);
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}taskpane.html${language === 'en' ? '?lang=en' : ''}`);
    await page.locator('[data-file-input]').setInputFiles({
      name,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(bytes),
    });
    await page.locator('table[data-grid]').waitFor();
    await page.getByRole('button', { name: strings.startCheck }).click();
    await page.locator('[data-verdict]').waitFor();
    await page.getByRole('tab', { name: strings.fill.tab, exact: true }).click();
    return page;
  }

  /** The grid cell of a change, on its sheet. */
  async function gridCell(page: Page, change: FillChange): Promise<Locator> {
    await page.locator(`[data-sheet-tab="${change.sheet}"]`).click();
    return page.locator(`table[data-grid="${change.sheet}"] td[data-address="${change.address}"]`);
  }

  it('previews, applies to a clean check, downloads, and undoes the fill', async () => {
    const errorsBefore = runCheck(typed).report.summary.errors;
    expect(errorsBefore).toBeGreaterThan(0);
    expect(values.changes.length).toBeGreaterThan(100);
    const page = await fillView();

    await page.getByRole('button', { name: '预览', exact: true }).click();
    await expectText(page.locator('[data-change-count]'), `将改动 ${values.changes.length} 个单元格`);
    expect(await page.locator('[data-change]').count()).toBe(values.changes.length);
    const tables = new Set(values.changes.map((c) => c.table));
    expect(await page.locator('[data-change-group]').count()).toBe(tables.size);
    const applyAll = page.getByRole('button', { name: `应用（${values.changes.length} 项）` });
    expect(await applyAll.isEnabled()).toBe(true);

    // Taking one cell out and back by keyboard, and all of them by the buttons.
    const first = values.changes[0];
    const box = page.locator(`[data-change="${first.sheet}!${first.address}"] input[type="checkbox"]`);
    await box.focus();
    await page.keyboard.press('Space');
    expect(await box.isChecked()).toBe(false);
    await expectVisible(page.getByRole('button', { name: `应用（${values.changes.length - 1} 项）` }));
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: '全不选' }).click();
    expect(await page.getByRole('button', { name: '应用（0 项）' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: '全选' }).click();

    // 公式 re-plans the same preview: every derivable cell with sources, each showing its formula.
    await page.getByRole('radio', { name: '公式' }).check();
    await expectText(page.locator('[data-change-count]'), `将改动 ${formulas.changes.length} 个单元格`);
    const withFormula = formulas.changes.find((c) => c.formula)!;
    await expectText(
      page.locator(`[data-change="${withFormula.sheet}!${withFormula.address}"] code`),
      withFormula.formula!,
    );
    await page.getByRole('radio', { name: '数值' }).check();
    await expectText(page.locator('[data-change-count]'), `将改动 ${values.changes.length} 个单元格`);

    expect(textProblems('fill preview', await fillPanel(page).innerText())).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUTPUT, 'fill-320.png'), animations: 'disabled' });

    await applyAll.click();
    await expectText(
      page.locator('[data-fill-outcome="applied"]'),
      `已写入 ${values.changes.length} 个单元格`,
    );
    await expectVisible(page.locator('[data-recheck-errors="0"]'));
    expect(await page.locator('[data-skipped]').count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUTPUT, 'fill-applied-320.png'), animations: 'disabled' });
    const sample = values.changes.find((c) => c.current === '' && Number(c.value) > 1000)!;
    expect((await (await gridCell(page, sample)).textContent())?.trim()).toBe(shownValue(sample));

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '下载填充后的工作簿' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('seed-2026-detail-填充.xlsx');
    const saved = await readWorkbook(readFileSync((await file.path())!));
    expect(runCheck(saved).report.summary.errors).toBe(0);

    await page.getByRole('tab', { name: '审核', exact: true }).click();
    expect(await page.locator('[data-verdict="fail"]').count()).toBe(0);
    await page.getByRole('tab', { name: '填充', exact: true }).click();

    await page.getByRole('button', { name: '撤销填充' }).click();
    await expectText(
      page.locator('[data-fill-outcome="reverted"]'),
      `已恢复 ${values.changes.length} 个单元格`,
    );
    await expectVisible(page.locator(`[data-recheck-errors="${errorsBefore}"]`));
    expect((await (await gridCell(page, sample)).textContent())?.trim()).toBe('');
    expect(await page.getByRole('button', { name: '撤销填充' }).isDisabled()).toBe(true);
    await page.close();
    expect(outside).toEqual([]);
  });

  it('leaves the published seed alone: nothing to fill in either mode; 尾差 rewritten only when asked', async () => {
    const bytes = new Uint8Array(readFileSync(SEED));
    const seed = await readWorkbook(bytes, 'seed-2026.xlsx');
    const rebuilt = planFill(derive(seed, { rebuild: true }), 'values');
    expect(rebuilt.changes.length).toBeGreaterThan(20);
    const page = await fillView(bytes, 'seed-2026.xlsx');
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await expectVisible(page.locator('[data-nothing-to-fill]'));
    expect(await page.locator('[data-change]').count()).toBe(0);
    expect(await page.locator('[data-conflicts]').count()).toBe(0);
    await page.getByRole('radio', { name: '公式' }).check();
    await expectVisible(page.locator('[data-nothing-to-fill]'));
    expect(await page.locator('[data-change]').count()).toBe(0);
    await page.getByRole('radio', { name: '数值' }).check();

    // On request only: every total re-derived from the details, its 尾差 rewritten.
    await page.getByRole('checkbox', { name: '按明细重算全部合计（改写尾差）' }).check();
    await expectText(page.locator('[data-change-count]'), `将改动 ${rebuilt.changes.length} 个单元格`);
    const d7 = rebuilt.changes.find((c) => c.sheet === '表2' && c.address === 'D7')!;
    await expectText(page.locator('[data-change="表2!D7"]'), `${d7.current} → ${shownValue(d7)}`);
    await page.getByRole('checkbox', { name: '按明细重算全部合计（改写尾差）' }).uncheck();
    await expectVisible(page.locator('[data-nothing-to-fill]'));
    await page.close();
    expect(outside).toEqual([]);
  });

  it('lists the planted errors’ disagreements apart, none taken; takes one when chosen', async () => {
    const bytes = new Uint8Array(readFileSync(PLANTED));
    const planted = await readWorkbook(bytes, 'planted.xlsx');
    const plan = planFill(derive(planted), 'values');
    const d6 = plan.conflicts!.find((c) => c.sheet === '表3' && c.address === 'D6')!;
    const page = await fillView(bytes, 'planted.xlsx');
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await expectVisible(page.locator('[data-conflicts]'));
    expect(await page.locator('[data-conflict]').count()).toBe(plan.conflicts!.length);
    expect(await page.locator('[data-change]').count()).toBe(0);
    // Nothing is taken, so there is nothing to apply.
    expect(await page.locator('input[data-choice="take"]:checked').count()).toBe(0);
    expect(await page.locator('input[data-choice="keep"]:checked').count()).toBe(plan.conflicts!.length);
    expect(await page.getByRole('button', { name: /^应用/ }).count()).toBe(0);
    const item = page.locator('[data-conflict="表3!D6"]');
    await expectText(item, `现为${d6.current}，各项之和${shownValue(d6)}，相差${d6.difference}`);
    await expectText(item, '最可能出错：表3!D6（表3「合计」基本支出）');
    expect(textProblems('不一致', await fillPanel(page).innerText())).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await item.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'fill-conflicts-320.png'), animations: 'disabled' });

    await item.getByRole('radio', { name: `改为各项之和${shownValue(d6)}` }).check();
    const apply = page.getByRole('button', { name: '应用（1 项）' });
    await expectVisible(apply);
    // 表3 合计·合计 disagreed only with the planted 基本支出: with the sum taken, it holds again.
    await expectVisible(page.locator('[data-conflict]').first());
    expect(await page.locator('[data-conflict="表3!C6"]').count()).toBe(0);
    await apply.click();
    await expectText(page.locator('[data-fill-outcome="applied"]'), '已写入 1 个单元格');
    expect((await (await gridCell(page, d6)).textContent())?.trim()).toBe(shownValue(d6));
    await page.close();
    expect(outside).toEqual([]);
  });

  it('takes last year’s figures from last year’s workbook picked in the pane', async () => {
    const lastYear = await snapshotToXlsx(lastYearWorkbook());
    const lines = Object.keys(lastYearFromWorkbook(await readWorkbook(lastYear))!.figures).length;
    const page = await fillView(new Uint8Array(readFileSync(SEED)), 'seed-2026.xlsx');
    await page.locator('[data-last-year-input]').setInputFiles({
      name: '2025.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(lastYear),
    });
    await expectText(page.locator('[data-last-year]'), `已读取“2025.xlsx”：2025年，${lines}项上年数。`);
    await page.getByRole('button', { name: '生成草稿' }).click();
    const field = page.getByRole('textbox', { name: '情况说明（第三部分）草稿' });
    await expectVisible(field);
    const draft = await field.inputValue();
    expect(draft).toContain('比上年减少167.79万元，下降2.87%');
    expect(draft).toContain('比上年增加74.75万元，增长1.67%');
    expect(draft).toContain('比2025年预算减少16.48万元，下降3.82%');
    await page.getByRole('textbox', { name: '情况说明全文' }).fill(readFileSync(NARRATIVE, 'utf8'));
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await expectText(page.locator('[data-narrative-summary]'), '73 处相符，0 处不符');
    await page.locator('[data-last-year-picker]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'fill-last-year-320.png'), animations: 'disabled' });
    await page.close();
    expect(outside).toEqual([]);
  });

  it('drafts the explanation from the filled tables, copies it, and checks a pasted one', async () => {
    const draft = draftNarrative(narrativeInputs(filled));
    const page = await fillView();
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByRole('button', { name: `应用（${values.changes.length} 项）` }).click();
    await expectVisible(page.locator('[data-recheck-errors="0"]'));

    await page.getByRole('button', { name: '生成草稿' }).click();
    const field = page.getByRole('textbox', { name: '情况说明（第三部分）草稿' });
    expect(await field.inputValue()).toBe(draft);
    await page.getByRole('button', { name: '复制', exact: true }).click();
    await expectVisible(page.locator('[data-copied="copied"]'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(draft);

    // One figure changed: the check lists just that one, with its sentence.
    const amount = /\d{1,3}(,\d{3})*\.\d{2}万元/.exec(draft.slice(draft.indexOf('二、')))![0];
    const wrong = draft.replace(amount, '1.23万元');
    const expected = checkNarrative(wrong, narrativeInputs(filled));
    expect(expected.mismatches).toHaveLength(1);
    await page.getByRole('textbox', { name: '情况说明全文' }).fill(wrong);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await expectText(
      page.locator('[data-narrative-summary]'),
      `${expected.summary.ok} 处相符，1 处不符，${expected.summary.unchecked} 处无法核对`,
    );
    const mismatch = page.locator('[data-mismatch="1.23万元"]');
    await expectText(mismatch, `应为 ${expected.mismatches[0].expected}`);
    await expectText(mismatch, expected.mismatches[0].sentence);
    await page.locator('[data-explanation-check]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUTPUT, 'fill-explanation-320.png'), animations: 'disabled' });
    await page.close();
    expect(outside).toEqual([]);
  });

  it('reads the explanation from the workbook’s 情况说明 sheet and checks it', async () => {
    const book = new ExcelJS.Workbook();
    // ExcelJS's typings name its own Buffer type; it reads any bytes.
    await book.xlsx.load(readFileSync(SEED) as unknown as ExcelJS.Buffer);
    const sheet = book.addWorksheet('情况说明');
    for (const line of readFileSync(NARRATIVE, 'utf8').split('\n')) sheet.addRow([line]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const snapshot = await readWorkbook(bytes);
    const text = narrativeFromWorkbook(snapshot)!;
    const { summary } = checkNarrative(text, narrativeInputs(snapshot));

    const page = await fillView(bytes, 'seed-2026-说明.xlsx');
    await page.getByRole('button', { name: '读取“情况说明”工作表' }).click();
    const box = page.getByRole('textbox', { name: '情况说明全文' });
    await expectVisible(box);
    expect(await box.inputValue()).toBe(text);
    await page.getByRole('button', { name: '检查', exact: true }).click();
    await expectText(
      page.locator('[data-narrative-summary]'),
      `${summary.ok} 处相符，${summary.mismatch} 处不符，${summary.unchecked} 处无法核对`,
    );
    expect(summary).toMatchObject({ mismatch: 0 });
    expect(summary.ok).toBeGreaterThan(50);
    await page.close();
  });

  it('selects the draft for Ctrl+C where the clipboard is refused', async () => {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(() => {
      // Frames that are no secure context (office.js's telemetry frame) have no clipboard at all.
      if (navigator.clipboard)
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    });
    await page.goto(`${server.url}taskpane.html`);
    await page.getByRole('button', { name: '打开示例工作簿' }).click();
    await page.locator('table[data-grid]').waitFor();
    await page.getByRole('tab', { name: '填充', exact: true }).click();
    await page.getByRole('button', { name: '生成草稿' }).click();
    await page.getByRole('button', { name: '复制', exact: true }).click();
    await expectVisible(page.locator('[data-copied="selected"]'));
    const selection = await page
      .getByRole('textbox', { name: '情况说明（第三部分）草稿' })
      .evaluate((el: HTMLTextAreaElement) => ({
        focused: document.activeElement === el,
        start: el.selectionStart,
        end: el.selectionEnd,
        length: el.value.length,
      }));
    expect(selection).toEqual({ focused: true, start: 0, end: selection.length, length: selection.length });
    expect(selection.length).toBeGreaterThan(0);
    // The sample has no 情况说明 sheet to read.
    await page.getByRole('button', { name: '读取“情况说明”工作表' }).click();
    await expectVisible(page.getByText('工作簿中没有“情况说明”工作表', { exact: false }));
    await page.close();
  });

  it('speaks English when Office does: the preview’s cells and reasons, the mismatch’s label', async () => {
    const en = stringsFor('en').fill;
    const page = await fillView(detail, FILE, 'en');
    await page.getByRole('button', { name: en.preview, exact: true }).click();
    await expectText(
      page.locator('[data-change-count]'),
      en.changeCount(values.changes.length, values.changes.length),
    );
    await expectVisible(page.getByRole('button', { name: en.revert }));
    // A cross-table copy: 表1's figure is 表2's, said in English.
    const copy = values.changes.find((c) => c.relation === 'X.general-budget-income')!;
    expect(copy.reasonEn).toMatch(/^General public budget revenue: the same as Table 2 “合计”/);
    const item = page.locator(`[data-change="${copy.sheet}!${copy.address}"]`);
    await expectText(item, copy.labelEn!);
    await expectText(item, copy.reasonEn!);
    expect(await item.locator(`[data-rule="${copy.relation}"]`).textContent()).toBe(copy.reasonEn);
    expect(await item.textContent()).not.toContain(copy.reason);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('[data-fill-plan]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(OUTPUT, 'fill-en-320.png'), animations: 'disabled' });

    // The explanation stays Chinese; the mismatch is labelled in English.
    await page.getByRole('button', { name: en.apply(values.changes.length) }).click();
    await expectVisible(page.locator('[data-recheck-errors="0"]'));
    const draft = draftNarrative(narrativeInputs(filled));
    const wrong = draft.replace(/\d{1,3}(,\d{3})*\.\d{2}万元/, '1.23万元');
    const [mismatch] = checkNarrative(wrong, narrativeInputs(filled)).mismatches;
    expect(mismatch.whatEn).toMatch(/^Table \d+ /);
    await page.getByRole('textbox', { name: en.checkText }).fill(wrong);
    await page.getByRole('button', { name: en.checkButton, exact: true }).click();
    await expectText(
      page.locator(`[data-mismatch="${mismatch.text}"]`),
      en.stated(mismatch.text, mismatch.expected, mismatch.whatEn),
    );
    await page.close();
  });
});

function fillPanel(page: Page): Locator {
  return page.locator('[data-view-panel="fill"]');
}

async function expectVisible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible', timeout: 15_000 });
}

/** Waits until the element shows `text`. */
async function expectText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor({ state: 'visible', timeout: 15_000 });
}

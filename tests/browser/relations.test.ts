/**
 * The trainers' views of the built pane in Chromium, on the planted-errors sample: the relationship map has
 * a line for every relationship between tables of the catalog; opening one marks its two sides in the grid
 * in two colours and says whether it holds, with the figures; "从哪里来" for 表5's 合计·合计 and 合计·基本支出;
 * the rule catalog's search; a lesson stepped forward; all of it in English when Office is. Screenshots of the
 * map at 320 px (Chinese and English) and wide go to tests/output/. What to expect is computed here from the
 * engine, never retyped.
 */
import { join, resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { CATALOG, runCheck, type CheckResult } from '../../src/engine';
import {
  explainCell,
  lessonSteps,
  relationshipMap,
  ruleCatalog,
  searchRules,
  type CellPlace,
  type InstanceView,
} from '../../src/engine/explain';
import type { ColumnKey } from '../../src/engine/model';
import { address } from '../../src/engine/snapshot';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { RELATION_COLOURS, type RelationSide } from '../../src/ui-shared/relation-colours';
import { stringsFor, type Language } from '../../src/ui-shared/strings';
import { launchChromium, serveDist, type Chromium, type DistServer } from '../../scripts/serve-dist';
import { describeInChromium, OUTPUT, rgb } from './harness';

const SAMPLE = resolve(__dirname, '../../samples/seed-2026-planted-errors.xlsx');

describeInChromium('the trainers’ views in a browser', () => {
  jest.setTimeout(120_000);
  let server: DistServer;
  let browser: Chromium;
  let result: CheckResult;
  const errors: string[] = [];

  beforeAll(async () => {
    result = runCheck(await readWorkbookFile(SAMPLE));
    server = await serveDist();
    browser = await launchChromium({ locale: 'zh-CN', viewport: { width: 320, height: 900 } });
  });

  afterEach(() => expect(errors.splice(0)).toEqual([]));

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The pane with the sample opened and checked, on the given view. */
  async function checkedPane(
    view: string,
    viewport = { width: 320, height: 900 },
    language: Language = 'zh',
  ): Promise<Page> {
    const strings = stringsFor(language);
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setViewportSize(viewport);
    await page.goto(`${server.url}taskpane.html${language === 'en' ? '?lang=en' : ''}`);
    await page.getByRole('button', { name: strings.openSample }).click();
    await page.locator('table[data-grid]').waitFor();
    await page.getByRole('button', { name: strings.startCheck }).click();
    await page.locator('[data-verdict]').waitFor();
    await page.getByRole('tab', { name: view, exact: true }).click();
    return page;
  }

  /** A 合计-row figure of 表5, found through recognition as the engine reads the sample. */
  function t5Total(col: ColumnKey): CellPlace {
    const cell = result.tables.get('T5')!.lines.get('total')!.figures[col]!.cell;
    return { ...cell, address: address(cell.row, cell.col) };
  }

  function gridCell(page: Page, cell: { sheet: string; address: string }): Locator {
    return page.locator(`table[data-grid="${cell.sheet}"] td[data-address="${cell.address}"]`);
  }

  /** Shows the cell's sheet and checks it is marked as `side`, in that side's colour. */
  async function expectMarked(page: Page, cell: CellPlace, side: RelationSide): Promise<void> {
    await page.locator(`[data-sheet-tab="${cell.sheet}"]`).click();
    const td = gridCell(page, cell);
    await td.waitFor();
    expect([cell.sheet, cell.address, await td.getAttribute('data-relation-side')]).toEqual([
      cell.sheet,
      cell.address,
      side,
    ]);
    expect(await td.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      rgb(RELATION_COLOURS[side].fill),
    );
  }

  async function expectSidesMarked(page: Page, instance: InstanceView): Promise<void> {
    for (const side of ['left', 'right'] as const) {
      for (const view of instance[side].cells) if (view.cell) await expectMarked(page, view.cell, side);
    }
  }

  it('draws every relationship between tables, and opening one marks its two sides in two colours', async () => {
    const page = await checkedPane('表间关系');
    const map = page.locator('svg[data-map="narrow"]');
    await map.waitFor();

    // Relations of another family of tables (the district set's, on this provincial sample) are not drawn.
    const edges = relationshipMap(CATALOG, result).edges;
    const otherFamily = relationshipMap(CATALOG).edges.filter((e) => !edges.some((d) => d.id === e.id));
    expect(edges.length).toBeGreaterThan(20);
    expect(otherFamily.map((e) => e.id)).toEqual(expect.arrayContaining(['X.appropriation-income']));
    for (const edge of otherFamily) expect(await map.locator(`[data-relation="${edge.id}"]`).count()).toBe(0);
    for (const edge of edges) {
      expect([edge.id, await map.locator(`[data-relation="${edge.id}"]`).count()]).toEqual([
        edge.id,
        edge.links.length,
      ]);
      expect(await page.locator(`[data-view-panel="relations"] [data-rule="${edge.id}"]`).count()).toBe(1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.screenshot({ path: join(OUTPUT, 'map-320.png') });

    // A line of the map: 表6 合计 = 表5 合计·基本支出, which holds.
    const basic = relationshipMap(CATALOG, result).edges.find((e) => e.id === 'X.basic-expense')!;
    await clickLink(map, 'X.basic-expense');
    const detail = page.locator('[data-relation-detail="X.basic-expense"]');
    await detail.waitFor();
    expect(await detail.textContent()).toContain(basic.state!.example!.figures);
    expect(await detail.textContent()).toContain('成立');
    await expectSidesMarked(page, basic.state!.example!);
    expect(RELATION_COLOURS.left.fill).not.toBe(RELATION_COLOURS.right.fill);

    // From the list by keyboard: the general budget chain, broken by the planted 表1 figure.
    const chain = relationshipMap(CATALOG, result).edges.find((e) => e.id === 'X.general-budget-income')!;
    await page
      .locator('[data-view-panel="relations"] [data-rule="X.general-budget-income"] button')
      .first()
      .focus();
    await page.keyboard.press('Enter');
    const broken = page.locator('[data-relation-detail="X.general-budget-income"]');
    await broken.waitFor();
    expect(await broken.textContent()).toContain(chain.state!.example!.verdict);
    expect(chain.state!.example!.verdict).toMatch(/^不成立/);
    await expectSidesMarked(page, chain.state!.example!);
    await page.close();
  });

  it('says where 表5’s 合计·合计 and 合计·基本支出 come from, following the selected grid cell', async () => {
    const page = await checkedPane('从哪里来');
    const total = t5Total('total');
    await page.locator(`[data-sheet-tab="${total.sheet}"]`).click();
    await gridCell(page, total).click();
    await page.locator(`[data-origin-cell="${total.sheet}!${total.address}"]`).waitFor();
    expect(await crossTableNames(page)).toEqual(['T1', 'T2', 'T4']);
    expect(await page.locator('[data-origin-cell]').textContent()).toContain('4542.59');

    // The arrow key moves the selection one cell right, to 合计·基本支出.
    const basic = t5Total('basic');
    expect(basic.row === total.row && basic.col === total.col + 1).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.locator(`[data-origin-cell="${basic.sheet}!${basic.address}"]`).waitFor();
    expect(await crossTableNames(page)).toEqual(['T6']);
    expect(await page.locator('[data-origin-cell]').textContent()).toContain('2905.15');

    // A link to the other side selects that cell, which is then the one explained.
    const link = page.locator('[data-involvement="X.basic-expense"] [data-table="T6"]');
    const target = await link.getAttribute('data-cell');
    await link.click();
    await page.locator(`[data-origin-cell="${target}"]`).waitFor();
    await page.close();
  });

  it('searches the rule catalog', async () => {
    const page = await checkedPane('规则');
    const rules = page.locator('[data-view-panel="rules"] [data-rule]');
    expect(await rules.count()).toBe(CATALOG.length);
    const query = '表6 提示性';
    await page.getByRole('searchbox', { name: '搜索规则' }).fill(query);
    const expected = searchRules(ruleCatalog(CATALOG), query).flatMap((g) => g.rules.map((r) => r.id));
    expect(expected.length).toBeGreaterThan(0);
    await page.locator(`[data-rule-count="${expected.length}"]`).waitFor();
    const shown = await rules.evaluateAll((els) => els.map((el) => el.getAttribute('data-rule')));
    expect(shown).toEqual(expected);
    await page.close();
  });

  it('steps a lesson forward, marking each step’s example', async () => {
    const page = await checkedPane('表间关系');
    const steps = lessonSteps(CATALOG, result);
    await page.getByRole('tab', { name: '逐步讲解' }).click();
    await page.locator('[data-lesson-step="1"]').waitFor();
    await expectSidesMarked(page, steps[0].example);
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByRole('button', { name: '下一步' }).click();
    const third = page.locator('[data-lesson-step="3"]');
    await third.waitFor();
    expect(await third.textContent()).toContain(steps[2].title);
    await expectSidesMarked(page, steps[2].example);
    await page.close();
  });

  it('speaks English when Office does: names, assertions, sides, verdicts, roles and the lesson', async () => {
    const en = stringsFor('en').relations;
    const page = await checkedPane(en.relationsTab, undefined, 'en');
    const map = page.locator('svg[data-map="narrow"]');
    await map.waitFor();
    expect(await map.locator('[data-node="T5"]').textContent()).toContain('Table 5');
    await page.screenshot({ path: join(OUTPUT, 'map-en-320.png') });

    const basic = relationshipMap(CATALOG, result).edges.find((e) => e.id === 'X.basic-expense')!;
    const item = page.locator('[data-view-panel="relations"] [data-rule="X.basic-expense"]');
    expect(await item.locator('button').first().textContent()).toContain(basic.assertionEn);
    expect(basic.assertionEn).toMatch(/^Table 6 total row “合计” = Table 5/);
    await clickLink(map, 'X.basic-expense');
    const detail = page.locator('[data-relation-detail="X.basic-expense"]');
    await detail.waitFor();
    const example = basic.state!.example!;
    const text = await detail.textContent();
    expect(text).toContain(`${example.figuresEn} holds`);
    expect(text).toContain(example.left.cells[0].labelEn);
    expect(text).toContain(example.right.captionEn);
    expect(text).not.toContain(basic.description);
    await item.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(OUTPUT, 'map-en-detail-320.png') });

    // 从哪里来 for 表5 合计·合计: its English label, roles and verdicts.
    await page.getByRole('tab', { name: en.originTab, exact: true }).click();
    const total = t5Total('total');
    await page.locator(`[data-sheet-tab="${total.sheet}"]`).click();
    await gridCell(page, total).click();
    const origin = page.locator(`[data-origin-cell="${total.sheet}!${total.address}"]`);
    await origin.waitFor();
    const explained = explainCell(result, total.sheet, total.row, total.col);
    expect(explained.cell!.labelEn).toBe('Table 5 “合计” total');
    expect(await origin.textContent()).toBe(
      en.aside(`${explained.cell!.labelEn} ${explained.cell!.shown}`, `${total.sheet}!${total.address}`),
    );
    const items = page.locator('[data-involvement]');
    expect(await items.count()).toBe(explained.involvements.length);
    for (const [i, { relation, instance, role }] of explained.involvements.entries()) {
      const shown = await items.nth(i).textContent();
      expect(shown).toContain(relation.nameEn);
      expect(shown).toContain(en.role[role]);
      expect(shown).toContain(en.judged(instance.figuresEn, instance.verdictEn));
    }

    await page.getByRole('tab', { name: en.relationsTab, exact: true }).click();
    await page.getByRole('tab', { name: en.lessonMode }).click();
    const steps = lessonSteps(CATALOG, result);
    const first = page.locator('[data-lesson-step="1"]');
    await first.waitFor();
    expect(await first.textContent()).toContain(steps[0].titleEn);
    expect(await first.textContent()).toContain(steps[0].explanationEn);
    await page.close();
  });

  it('draws the wide layout in a wide window', async () => {
    const page = await checkedPane('表间关系', { width: 1600, height: 1000 });
    const map = page.locator('svg[data-map="wide"]');
    await map.waitFor();
    await clickLink(map, 'X.project-expense');
    await page.locator('[data-relation-detail="X.project-expense"]').waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(OUTPUT, 'map-wide.png') });
    await page.close();
  });
});

/** Clicks a relationship's first line on the map (forced: a straight vertical line has an empty box). */
async function clickLink(map: Locator, id: string): Promise<void> {
  await map.locator(`[data-relation="${id}"] path`).last().click({ force: true });
}

/** The tables on the other side of the selected cell's relationships across tables. */
async function crossTableNames(page: Page): Promise<string[]> {
  const tables = await page
    .locator('[data-involvement][data-cross-table] [data-table]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-table') ?? ''));
  return [...new Set(tables)].sort();
}

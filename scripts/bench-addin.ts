/**
 * The add-in's figures: `context.sync` calls per check (the planted-errors sample and a 30-sheet workbook,
 * against the fake Excel the adapter tests use), the built task pane's gzipped size, and its time to first
 * render in headless Chromium. Figures with their goals, not pass/fail. Needs `npm run build` for the last
 * two; `npx tsx scripts/bench-addin.ts`, or `benchAddin()` from `npm run bench`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkAndMark } from '../src/hosts/office/check';
import { clearMarks } from '../src/hosts/office/marks';
import { FakeContext, type FakeWorkbook } from '../tests/office/fake-excel';
import { ALL_FEATURES, budgetSheet, plantedSample } from '../tests/office/workbooks';
import { CHROMIUM, DIST, launchChromium, serveDist } from './serve-dist';

const RENDER_RUNS = 5;

async function syncsPerCheck(workbook: FakeWorkbook): Promise<{ check: number; clear: number }> {
  const context = new FakeContext(structuredClone(workbook));
  await checkAndMark(context.asExcel, ALL_FEATURES);
  const clearing = new FakeContext(context.model);
  await clearMarks(clearing.asExcel, ALL_FEATURES);
  return { check: context.stats.syncs, clear: clearing.stats.syncs };
}

/** The scripts a page loads up front, from its built HTML. */
function initialScripts(page: string): string[] {
  const html = readFileSync(join(DIST, page), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
    .map((m) => m[1])
    .filter((src) => !src.startsWith('office-js/'));
}

function gzipKB(files: readonly string[]): number {
  return (
    files.reduce((sum, file) => sum + gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length, 0) / 1024
  );
}

/** First contentful paint: the page's HTML shows nothing until the pane renders, so this is the pane's. */
async function firstRenderMs(): Promise<number[]> {
  const server = await serveDist();
  const browser = await launchChromium({ locale: 'zh-CN', viewport: { width: 320, height: 800 } });
  try {
    const times: number[] = [];
    for (let i = 0; i < RENDER_RUNS; i++) {
      const page = await browser.context.newPage();
      await page.goto(`${server.url}taskpane.html`);
      await page.getByRole('button', { name: '打开示例工作簿' }).waitFor();
      times.push(
        await page.evaluate(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
        ),
      );
      await page.close();
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}

function median(xs: readonly number[]): number {
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
}

export async function benchAddin(): Promise<void> {
  console.log('\nExcel add-in');
  const { workbook } = await plantedSample();
  const extra = Array.from({ length: 30 - workbook.sheets.length }, (_, i) =>
    budgetSheet(`附表${i + 1}`, 60),
  );
  const books: [string, FakeWorkbook][] = [
    [`planted-errors sample, ${workbook.sheets.length} sheets`, workbook],
    ['30 sheets', { sheets: [...workbook.sheets, ...extra] }],
  ];
  for (const [name, book] of books) {
    const { check, clear } = await syncsPerCheck(book);
    console.log(
      `  syncs per check (${name}): ${check} (read 2 + merged areas 1 + mark 1), clear: ${clear}   goal: constant`,
    );
  }

  if (!existsSync(join(DIST, 'taskpane.html'))) {
    console.log('  bundle size and first render: dist/ is not built (npm run build)');
    return;
  }
  const taskpane = initialScripts('taskpane.html');
  const browserOnly = readdirSync(DIST).filter((f) => /^(exceljs|xlsx-reader)\..*\.js$/.test(f));
  console.log(`  task pane bundle: ${gzipKB(taskpane).toFixed(1)} KB gzipped   goal: under 400 KB`);
  console.log(
    `  loaded only in a browser (ExcelJS): ${gzipKB(browserOnly).toFixed(1)} KB gzipped; ` +
      `command: ${gzipKB(initialScripts('commands.html')).toFixed(1)} KB; dialog: ${gzipKB(initialScripts('dialog.html')).toFixed(1)} KB`,
  );
  if (!existsSync(CHROMIUM)) {
    console.log(`  first render: ${CHROMIUM} is missing (apt-get install chromium)`);
    return;
  }
  const times = await firstRenderMs();
  console.log(
    `  first render in headless Chromium: ${median(times).toFixed(0)} ms median of ${times.length} ` +
      `(${times.map((t) => t.toFixed(0)).join(', ')}), office.js included`,
  );
}

if (require.main === module) {
  benchAddin().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}

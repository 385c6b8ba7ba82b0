/**
 * The engine on workbooks far past the others here, on a 1 MB stack: nothing in it may recurse or spread
 * arguments as deep as the data is long (`Math.max(...terms)` over a sum of 200,000 parts ended in
 * `Maximum call stack size exceeded`). What it finds is checked, not how fast: speed is `npm run bench`'s.
 * The engine runs from build/ (tests/global-setup.ts builds it from the sources), since a worker thread
 * cannot load TypeScript.
 */
import * as path from 'path';
import { Worker } from 'worker_threads';
import { runCheck, type CheckReport, type WorkbookSnapshot } from '../../src/engine';
import { flatProjectTable, offByOneExpenseTable } from './scale-workbook';

const ENGINE = path.join(__dirname, '..', '..', 'build', 'engine', 'index.js');

type Seen = Pick<CheckReport, 'summary' | 'suspects'> & {
  readonly rules: Record<string, number>;
  readonly rollups: { readonly message: string; readonly cells: number }[];
};

/** runCheck in a worker whose stack is 1 MB (a thread's default is 4 MB, the main thread's about 1 MB). */
function checkOnSmallStack(workbook: WorkbookSnapshot): Promise<Seen> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const { report } = require(workerData.engine).runCheck(workerData.workbook);
     const rules = {};
     for (const f of report.findings) rules[f.rule] = (rules[f.rule] ?? 0) + 1;
     const rollups = report.findings
       .filter((f) => f.rule.endsWith('.rollup'))
       .map((f) => ({ message: f.message, cells: f.cells.length }));
     parentPort.postMessage({ summary: report.summary, suspects: report.suspects, rules, rollups });`,
    { eval: true, workerData: { engine: ENGINE, workbook }, resourceLimits: { stackSizeMb: 1 } },
  );
  return new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker exited (${code}) without a result`)));
  });
}

describe('the engine at scale, on a small stack', () => {
  it('checks a unit of 200,000 projects whose total is off: one finding per column, naming every part', async () => {
    const { sheet, rows } = flatProjectTable(200_000);
    expect(rows).toBe(200_002);
    const seen = await checkOnSmallStack({ name: 'flat', sheets: [sheet] });
    expect(seen.rules['T12.rollup']).toBe(2);
    expect(seen.summary.errors).toBe(2);
    // The unit's 合计 and 一般公共预算, each against its 200,000 projects (cells: the total and every part).
    expect(seen.rollups).toEqual([
      expect.objectContaining({ cells: 200_001 }),
      expect.objectContaining({ cells: 200_001 }),
    ]);
    for (const r of seen.rollups) expect(r.message).toContain('其下 200000 行之和');
    // The suspects are those of the same table with five projects: size changes nothing in the diagnosis.
    const small = runCheck({ name: 'flat', sheets: [flatProjectTable(5).sheet] }).report;
    expect(seen.suspects.map((s) => [s.sheet, s.address])).toEqual(
      small.suspects.map((s) => [s.sheet, s.address]),
    );
  }, 60_000);

  it('checks a 支出总表 whose every row is off: one finding per row', async () => {
    // 22 类 × 40 款 × 3 项: 3,542 code rows and the 合计, every one with 合计 ≠ 基本支出 + 项目支出.
    const { sheet, rows } = offByOneExpenseTable(22, 40, 3);
    expect(rows).toBe(3_543);
    const seen = await checkOnSmallStack({ name: 'off-by-one', sheets: [sheet] });
    expect(seen.rules['T3.row-total']).toBe(rows);
    expect(seen.rules['T3.rollup']).toBeUndefined();
    expect(seen.summary.errors).toBe(rows);
    expect(seen.suspects).toHaveLength(10);
  }, 60_000);
});

/**
 * What the checker gets wrong today: corpus files, and workbooks the property tests found. Each test states
 * the correct outcome and is marked `it.failing`: it passes while the bug is there, and fails once the bug is
 * fixed, as a reminder to drop the test (or, for a corpus file, the `knownBug` of its entry in
 * expectations.ts). Corpus files run through the CLI from source in a child process with a capped heap and a
 * time limit, since a bug there may be a crash or a hang; its JSON report is the engine's.
 */
import Decimal from 'decimal.js';
import * as path from 'path';
import { runCheck, type CheckReport, type WorkbookSnapshot } from '../../src/engine';
import { workbookOf as budgetWorkbook, type Item } from '../properties/budget';
import { runCli, STACK_FRAME } from './cli-process';
import { entries, expectReport, FILES, PER_FILE_MS } from './outcome';

describe.each(entries('known-bugs'))('%s', (file, expected) => {
  if (expected.kind !== 'checked') throw new Error('only checked files can be known bugs');

  it.failing(
    expected.knownBug!,
    async () => {
      const run = await runCli([path.join(FILES, file), '--format', 'json'], PER_FILE_MS, {
        fromSource: true,
        maxHeapMb: 256,
      });
      expect({ timedOut: run.timedOut, code: run.code, stack: STACK_FRAME.test(run.stderr) }).toEqual({
        timedOut: false,
        code: expected.exit,
        stack: false,
      });
      expectReport(JSON.parse(run.stdout) as CheckReport, expected);
    },
    PER_FILE_MS + 5_000,
  );
});

/** Found by the property tests (tests/properties), shrunk to the smallest workbook that shows each. */
describe('found by the property tests', () => {
  it.failing(
    'an at-most rule with no rows on its lesser side (no 公务接待费 in 表6, 表10 公务接待费 negative) throws',
    () => {
      const workbook: WorkbookSnapshot = {
        name: 'shrunk',
        sheets: [
          {
            name: '表10',
            rows: [
              [{ value: '财政拨款安排“三公”经费支出预算表' }],
              [{ value: '项目' }, { value: '合计' }],
              [{ value: '公务接待费' }, { value: '（12.00）' }],
            ],
          },
          {
            name: '表6',
            rows: [[{ value: '一般公共预算基本支出表' }], [{ value: '项目' }, { value: '合计' }]],
          },
        ],
      };
      expect(() => runCheck(workbook)).not.toThrow();
    },
  );

  it.failing(
    'a cell showing 0.00 is taken as exactly zero: two 项 of 0.004 (shown 0.00) under a 款 of 0.01 are errors, not 尾差',
    () => {
      const item = (code: string): Item => ({
        code,
        general: new Decimal('0.004'),
        unitFunds: new Decimal(0),
        carryOver: new Decimal(0),
        basicShare: 1,
        generalBasicShare: 1,
        subCent: true,
      });
      const workbook = budgetWorkbook({
        items: [item('2010301'), item('2010302')],
        style: { text: false, zero: 'number' },
      });
      expect(runCheck(workbook).report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    },
  );
});

/**
 * The 审核报告 sheet written in Excel. The fake Excel of tests/office cannot add sheets, so this records the
 * calls on a minimal stand-in and checks what a reader would get: the same rows as the report workbook, each
 * 单元格 a HYPERLINK into a sheet of the workbook, the 编号 column hidden, the marks in the settings, and a
 * sheet that reads back as the same marks.
 */
import * as fs from 'fs';
import { checkWorkbook } from '../../src/engine';
import { applyReview, REPORT_COLUMNS, REPORT_SHEET, reviewFromRows } from '../../src/engine/review';
import { REVIEW_SETTING, writeReportSheet } from '../../src/hosts/office/review-store';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { PLANTED } from '../cli/helpers';

interface Recorded {
  readonly ranges: Map<string, Record<string, unknown>>;
  readonly settings: Map<string, unknown>;
  added?: string;
  activated: boolean;
  syncs: number;
}

function recorder(): { context: Excel.RequestContext; log: Recorded } {
  const log: Recorded = { ranges: new Map(), settings: new Map(), activated: false, syncs: 0 };
  const range = (address: string) => {
    const props = log.ranges.get(address) ?? {};
    log.ranges.set(address, props);
    const format = { font: {}, fill: {} } as Record<string, unknown>;
    props.format = format;
    return new Proxy(props, { get: (target, key) => (key === 'format' ? format : target[key as string]) });
  };
  const sheet = { getRange: range, activate: () => (log.activated = true) };
  const context = {
    workbook: {
      worksheets: {
        getItemOrNullObject: () => ({ isNullObject: true, delete: () => undefined }),
        add: (name: string) => ((log.added = name), sheet),
      },
      settings: { add: (key: string, value: unknown) => log.settings.set(key, value) },
    },
    sync: async () => void log.syncs++,
  };
  return { context: context as unknown as Excel.RequestContext, log };
}

it('writes every finding with a link into the workbook, hides the keys, saves the marks', async () => {
  const snapshot = await readWorkbook(fs.readFileSync(PLANTED), 'planted.xlsx');
  const plain = checkWorkbook(snapshot, { file: PLANTED });
  const state = { [plain.findings[0].key]: { status: 'fixed' as const } };
  const report = applyReview(plain, state);
  const { context, log } = recorder();
  await writeReportSheet(context, report, state, new Date(2026, 11, 2));

  expect(log.added).toBe(REPORT_SHEET);
  expect(log.activated).toBe(true);
  expect(log.syncs).toBe(2);
  expect(JSON.parse(String(log.settings.get(REVIEW_SETTING)))).toEqual(state);
  const [address, whole] = [...log.ranges].find(([, p]) => Array.isArray(p.values))!;
  const values = whole.values as string[][];
  expect(address).toBe(`A1:M${values.length}`);
  expect(values.every((row) => row.length === REPORT_COLUMNS.length)).toBe(true);
  // The marks read back from the sheet as written.
  expect(reviewFromRows(values)).toEqual({
    [plain.findings[0].key]: { status: 'fixed', subject: plain.findings[0].subject },
  });

  const header = values.findIndex((row) => row[0] === '序号');
  const links = [...log.ranges.values()].filter((p) => Array.isArray(p.formulas));
  expect(links).toHaveLength(report.findings.filter((f) => f.cells.length > 0).length);
  const sheets = new Set(snapshot.sheets.map((s) => s.name));
  for (const link of links) {
    const m = /^=HYPERLINK\("#'([^']+)'!([A-Z]+\d+)","\1!\2"\)$/.exec((link.formulas as string[][])[0][0]);
    expect(m).not.toBeNull();
    expect(sheets.has(m![1])).toBe(true);
  }
  expect(values.length - header - 1).toBe(report.findings.length);
  const keyColumn = String.fromCharCode(65 + REPORT_COLUMNS.indexOf('编号'));
  expect(log.ranges.get(`${keyColumn}:${keyColumn}`)?.columnHidden).toBe(true);
});

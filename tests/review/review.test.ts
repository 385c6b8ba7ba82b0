/**
 * Review marks kept with the findings: keys that survive moved rows, an explained 提示 shown but not counted
 * (an error stays counted), and the marks surviving save and reopen: in an .xlsx (the 审核报告 sheet, also
 * when a person edits its 状态 column in Excel), through the command line's --review, and in Excel's settings
 * (the fake Excel of tests/office, read-only use of its API).
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { checkWorkbook, runCheck } from '../../src/engine';
import {
  applyReview,
  findingKeys,
  parseReviewState,
  REPORT_COLUMNS,
  REPORT_SHEET,
  withMark,
  type ReviewedReport,
  type ReviewState,
} from '../../src/engine/review';
import { loadReview, REVIEW_SETTING, saveReview } from '../../src/hosts/office/review-store';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { reportWorkbook, workbookWithReport } from '../../src/hosts/xlsx/report';
import { snapshotToXlsx } from '../../scripts/bench/write-xlsx';
import { cli, reports, tempDir } from '../cli/helpers';
import { buildWorkbook, type BuildOptions, type Edit } from '../fixtures/layouts';
import { FakeContext, reopen, sheet, type FakeWorkbook } from '../office/fake-excel';
import { fakeOf } from '../office/workbooks';

/** 表11's 部门合计 raised: two errors in 表11 and the 提示 that it exceeds 表6's 公用经费. */
const EDIT: Edit = { table: 'T11', row: '部门合计', col: '合计', value: '480.00' };
const WARNING = 'S.agency-operating';
const dir = tempDir();

function warningKey(report: ReviewedReport): string {
  return report.findings.find((f) => f.rule === WARNING)!.key;
}

const explained = (reason: string) => ({
  status: 'explained' as const,
  reason,
  subject: '表11「部门合计」合计',
});

describe('finding keys', () => {
  it('are the same in every layout of the same workbook, and never name a cell', () => {
    const keysOf = (layout: BuildOptions) =>
      findingKeys(runCheck(buildWorkbook({ ...layout, edit: [EDIT] })).report.findings);
    const base = keysOf({});
    expect(new Set(base).size).toBe(base.length);
    for (const layout of [
      { spacerRows: true },
      { origin: { row: 4, col: 3 } },
      { sheetNames: 'renamed' as const },
    ])
      expect(keysOf(layout)).toEqual(base);
    // What follows the rule id names the table, line and column, never an address.
    for (const key of base) expect(key.split('|')[1]).not.toMatch(/[A-Z]{1,3}\d+/);
  });
});

describe('applyReview', () => {
  const plain = runCheck(buildWorkbook({ edit: [EDIT] })).report;

  it('an explained 提示 is shown with its reason and no longer counted; the verdict follows', () => {
    const before = applyReview(plain);
    expect(before.summary).toEqual({ errors: 2, warnings: 1, infos: before.summary.infos });
    const after = applyReview(plain, { [warningKey(before)]: explained('含离退休人员公用经费') });
    expect(after.summary).toMatchObject({ errors: 2, warnings: 0, explained: 1 });
    expect(after.findings.find((f) => f.rule === WARNING)!.review).toMatchObject({
      reason: '含离退休人员公用经费',
    });
  });

  it('an explained error is still an error: 强制性 rules cannot be explained away', () => {
    const before = applyReview(plain);
    const errorKey = before.findings.find((f) => f.severity === 'error')!.key;
    expect(applyReview(plain, { [errorKey]: explained('x') }).summary.errors).toBe(2);
  });

  it('marks are set and cleared, and malformed stored marks are dropped', () => {
    const state = withMark(withMark({}, 'a', { status: 'fixed' }), 'b', {
      status: 'rejected',
      reason: '理由不成立',
    });
    expect(withMark(state, 'a', undefined)).toEqual({ b: { status: 'rejected', reason: '理由不成立' } });
    expect(parseReviewState(JSON.stringify({ ...state, c: { status: 'maybe' }, d: null }))).toEqual(state);
    expect(parseReviewState('{not json')).toEqual({});
  });
});

describe('in an .xlsx file', () => {
  let bytes: Uint8Array;
  let report: ReviewedReport;
  beforeAll(async () => {
    bytes = await snapshotToXlsx(buildWorkbook({ edit: [EDIT], spacerRows: true }));
    report = checkWorkbook(await readWorkbook(bytes));
  });

  it('survive save and reopen in the copy’s 审核报告 sheet: the next check shows the 提示 explained, not counted', async () => {
    const state: ReviewState = { [warningKey(report)]: explained('含离退休人员公用经费') };
    const saved = await workbookWithReport(bytes, applyReview(report, state), { date: new Date() });
    const again = checkWorkbook(await readWorkbook(saved));
    expect(again.summary).toMatchObject({ errors: 2, warnings: 0, explained: 1 });
    expect(again.findings.find((f) => f.rule === WARNING)!.review).toEqual(explained('含离退休人员公用经费'));
  });

  it('a 状态 typed into the report workbook in Excel is read back by --review, and the count drops', async () => {
    const file = path.join(dir, '新版.xlsx');
    fs.writeFileSync(file, bytes);
    const reportFile = path.join(dir, '审核报告.xlsx');
    fs.writeFileSync(
      reportFile,
      await reportWorkbook(report, { date: new Date(), links: { kind: 'file', path: '新版.xlsx' } }),
    );
    // The reviewer opens the report in Excel, picks 已说明 in the 状态 list and types the reason.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(reportFile);
    const ws = book.getWorksheet(REPORT_SHEET)!;
    const col = (name: string) => REPORT_COLUMNS.indexOf(name as (typeof REPORT_COLUMNS)[number]) + 1;
    ws.eachRow((row) => {
      if (row.getCell(col('编号')).text === warningKey(report)) {
        row.getCell(col('状态')).value = '已说明';
        row.getCell(col('理由')).value = '含离退休人员公用经费';
      }
    });
    await book.xlsx.writeFile(reportFile);

    const text = await cli([file, '--review', reportFile]);
    expect(text.out).toMatch(/^已说明的提示 1 个（说明已被接受，不再计入提示）$/m);
    expect(text.out).toContain('状态：已说明，理由：含离退休人员公用经费');
    expect(text.out).toMatch(/^共 2 个错误、0 个提示（另有 1 个提示已说明）、\d+ 处尾差。未通过/m);
    const [json] = reports((await cli([file, '--review', reportFile, '--format', 'json'])).out);
    expect(json.summary).toMatchObject({ errors: 2, warnings: 0, explained: 1 });

    // Without --review the workbook itself carries no marks.
    expect(reports((await cli([file, '--format', 'json'])).out)[0].summary).toMatchObject({ warnings: 1 });
  });

  it('--review names a file without a 审核报告 sheet', async () => {
    const file = path.join(dir, 'x.xlsx');
    fs.writeFileSync(file, bytes);
    const { code, err } = await cli([file, '--review', file]);
    expect(code).toBe(2);
    expect(err).toContain('没有“审核报告”工作表');
  });
});

describe('in Excel', () => {
  let workbook: FakeWorkbook;
  let report: ReviewedReport;
  beforeAll(() => {
    const snapshot = buildWorkbook({ edit: [EDIT] });
    workbook = fakeOf(snapshot);
    report = checkWorkbook(snapshot);
  });

  it('survive save, close and reopen in the workbook’s settings', async () => {
    const state: ReviewState = {
      [warningKey(report)]: explained('含离退休人员公用经费'),
      [report.findings[0].key]: { status: 'fixed', at: '2026-12-02T09:30:00.000Z' },
    };
    const context = new FakeContext(workbook);
    await saveReview(context.asExcel, state);
    expect(context.stats.writes).toEqual([{ kind: 'setting.add', sheet: '', address: REVIEW_SETTING }]);
    const later = new FakeContext(reopen(workbook));
    const loaded = await loadReview(later.asExcel);
    expect(loaded).toEqual(state);
    expect(later.stats.syncs).toBe(1);
    expect(applyReview(report, loaded).summary).toMatchObject({ warnings: 0, explained: 1 });
  });

  it('a workbook whose marks came in a file has them in its 审核报告 sheet, read when the settings hold none', async () => {
    const rows = [
      ['预算公开表审核报告'],
      [],
      [...REPORT_COLUMNS],
      [
        '1',
        '提示',
        '表11',
        '表11!B6',
        '表11「部门合计」合计',
        '',
        '',
        '',
        '',
        '',
        '已说明',
        '含离退休人员公用经费',
        warningKey(report),
      ],
    ];
    const cells: Record<string, string> = {};
    rows.forEach((row, r) =>
      row.forEach((v, c) => v && (cells[`${String.fromCharCode(65 + c)}${r + 1}`] = v)),
    );
    const fresh = fakeOf(buildWorkbook({ edit: [EDIT] }));
    fresh.sheets.push(sheet(REPORT_SHEET, cells));
    const loaded = await loadReview(new FakeContext(fresh).asExcel);
    expect(loaded).toEqual({ [warningKey(report)]: explained('含离退休人员公用经费') });
  });
});

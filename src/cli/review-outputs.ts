/**
 * What a reviewer takes from a check besides the report on screen: review marks read from a 审核报告
 * workbook, the comparison with the previous version, and the 审核报告 written to a file (workbook, page,
 * or a folder's summary). Failures come back as Chinese lines; nothing here throws or exits.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { runCheck } from '../engine';
import { compareChecks, type Comparison } from '../engine/compare';
import {
  applyReview,
  countFindings,
  mergeReviews,
  reviewFromSnapshot,
  reviewStateOf,
  type ReviewedReport,
} from '../engine/review';
import { readWorkbook, WorkbookReadError } from '../hosts/xlsx/read';
import { reportWorkbook, summaryCsv, summaryWorkbook, type SummaryRow } from '../hosts/xlsx/report';
import { reportPage } from '../ui-shared/report-page';
import { workbookIdentity } from '../ui-shared/report-model';
import { stringsFor } from '../ui-shared/strings';
import { verdictOf } from '../ui-shared/verdict';
import type { CheckCommand } from './args';
import type { FileResult } from './check-file';
import { fsProblem, type Input } from './inputs';
import { samePath } from './io';
import { writeOutput } from './write-output';
import { shownName } from './shown';

type Failure = { readonly problem: string };

/** Why the reviewer's flags cannot be done with these inputs, or undefined. */
export async function reviewRefusal(
  command: CheckCommand,
  inputs: readonly Input[],
): Promise<string | undefined> {
  const single = inputs.length === 1 && inputs[0].kind !== 'folder';
  for (const [flag, value] of [
    ['--compare', command.compare],
    ['--review', command.review],
  ] as const) {
    if (value !== undefined && !single) return `${flag} 只能用于一个输入文件（不能是多个文件或文件夹）`;
  }
  const report = command.report;
  if (report === undefined) return undefined;
  if (/\.html?$/i.test(report) && !single) return '--report 写网页（.html）时只能用于一个输入文件';
  const inputPaths = inputs.flatMap((i) => (i.kind === 'folder' ? i.files : [i.path]));
  for (const other of [...inputPaths, command.compare, command.review, command.annotate]) {
    if (other !== undefined && (await samePath(other, report)))
      return `--report 的输出文件不能是输入文件本身（${shownName(report)}）`;
  }
  return undefined;
}

async function readChecked(file: string): Promise<{ bytes: Uint8Array } | Failure> {
  try {
    return { bytes: await fs.readFile(file) };
  } catch (error) {
    return { problem: `无法读取 ${shownName(file)}：${fsProblem(error)}` };
  }
}

async function snapshotOf(file: string) {
  const read = await readChecked(file);
  if ('problem' in read) return read;
  try {
    return { snapshot: await readWorkbook(read.bytes, path.basename(file)) };
  } catch (error) {
    if (error instanceof WorkbookReadError)
      return { problem: `无法读取 ${shownName(file)}：${error.message}` };
    throw error;
  }
}

/** The report with the marks of a 审核报告 workbook added; they win over marks the workbook itself carries. */
export async function withReviewFrom(
  file: string,
  report: ReviewedReport,
): Promise<ReviewedReport | Failure> {
  const read = await snapshotOf(file);
  if ('problem' in read) return read;
  const marks = reviewFromSnapshot(read.snapshot);
  if (Object.keys(marks).length === 0 && !read.snapshot.sheets.some((s) => s.name === '审核报告'))
    return { problem: `${shownName(file)} 中没有“审核报告”工作表，读不到审核状态` };
  return applyReview(report, mergeReviews(reviewStateOf(report), marks));
}

/** The checked workbook compared with its previous version (both checked here, for their tables). */
export async function compareWith(
  previous: string,
  current: Extract<FileResult, { ok: true }>,
): Promise<Comparison | Failure> {
  const read = await snapshotOf(previous);
  if ('problem' in read) return read;
  const before = runCheck(read.snapshot, { file: previous });
  if (before.tables.size === 0)
    return {
      problem: `无法读取 ${shownName(previous)}：没有找到可识别的预算公开表（表1 至 表13 的标题都没有找到）`,
    };
  const after = runCheck(await readWorkbook(current.bytes, path.basename(current.file)), {
    file: current.file,
  });
  return compareChecks(before, after, previous);
}

/** The report of one workbook as a workbook (its links open `checked` beside it) or a printable page. */
export async function writeReport(
  output: string,
  checked: string,
  report: ReviewedReport,
  comparison: Comparison | undefined,
): Promise<string | Failure> {
  const date = new Date();
  const options = { date, ...(comparison ? { comparison } : {}) };
  const data = /\.html?$/i.test(output)
    ? reportPage(report, options)
    : /\.csv$/i.test(output)
      ? summaryCsv([summaryRow(report, output)])
      : await reportWorkbook(report, {
          ...options,
          links: {
            kind: 'file',
            path: path.relative(path.dirname(path.resolve(output)), path.resolve(checked)),
          },
        });
  const written = await write(output, data);
  if (written) return written;
  return `已写出审核报告：${shownName(output)}（${report.findings.length} 条审核结果）`;
}

/** A folder's (or several files') summary, one row per file. */
export async function writeSummary(output: string, rows: readonly SummaryRow[]): Promise<string | Failure> {
  const data = /\.csv$/i.test(output) ? summaryCsv(rows) : await summaryWorkbook(rows, new Date());
  const written = await write(output, data);
  if (written) return written;
  return `已写出审核汇总：${shownName(output)}（${rows.length} 个文件）`;
}

async function write(output: string, data: Uint8Array | string): Promise<Failure | undefined> {
  try {
    await writeOutput(output, data);
    return undefined;
  } catch (error) {
    return { problem: `无法写入 ${shownName(output)}：${fsProblem(error, true)}` };
  }
}

const ZH = stringsFor('zh');

/** One file's line in the summary; its link is its path from the summary's folder. */
export function summaryRow(report: ReviewedReport & { readonly file?: string }, output: string): SummaryRow {
  const counts = countFindings(report.findings);
  const file = report.file ?? '';
  return {
    file: path.basename(file),
    link: path.relative(path.dirname(path.resolve(output)), path.resolve(file)),
    ...workbookIdentity(report),
    tables: report.tables.length,
    errors: counts.errors,
    warnings: counts.warnings,
    residuals: counts.residuals,
    explained: counts.explained,
    verdict: ZH.verdict[verdictOf(report.summary)],
  };
}

export function unreadableRow(file: string, problem: string): SummaryRow {
  return { file: path.basename(file), verdict: `无法读取：${problem}` };
}

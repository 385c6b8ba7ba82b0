/**
 * The command line without the process: arguments in, lines out, exit code back. Every failure becomes a
 * Chinese line on `err`; nothing here throws or exits, so tests call it directly.
 */
import type { Comparison } from '../engine/compare';
import type { ReviewedReport } from '../engine/review';
import { annotateWorkbook } from '../hosts/xlsx/annotate';
import type { SummaryRow } from '../hosts/xlsx/report';
import { parseArgs, SHORT_USAGE, USAGE, type CheckCommand } from './args';
import type { FileResult } from './check-file';
import { formatComparison } from './format-compare';
import { formatJson } from './format-json';
import { countsOf, formatReport, formatSummaryLine, formatTotal, type Totals } from './format-text';
import { fsProblem, resolveInput, type Input } from './inputs';
import { checkAhead } from './pool';
import { samePath, type Io } from './io';
import { shownName } from './shown';
import { writeOutput } from './write-output';
import {
  compareWith,
  reviewRefusal,
  summaryRow,
  unreadableRow,
  withReviewFrom,
  writeReport,
  writeSummary,
} from './review-outputs';
import { runTools } from './tools';

/** 0 no errors, 1 errors found, 2 a file could not be read or the command was wrong. */
export const EXIT = { ok: 0, errors: 1, trouble: 2 } as const;

export async function run(argv: readonly string[], io: Io): Promise<number> {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.out(USAGE);
    return EXIT.ok;
  }
  if (command.kind === 'usage-error') {
    io.err(`budget-check：${command.message}\n${SHORT_USAGE}`);
    return EXIT.trouble;
  }
  try {
    if (command.tools) return await runTools(command, command.tools, io);
    return await check(command, io);
  } catch (error) {
    io.err(`budget-check：意外错误：${error instanceof Error ? error.message : String(error)}`);
    return EXIT.trouble;
  }
}

async function check(command: CheckCommand, io: Io): Promise<number> {
  const inputs = await Promise.all(command.inputs.map(resolveInput));
  const refusal =
    (command.annotate !== undefined ? await annotateRefusal(command.annotate, inputs) : undefined) ??
    (await reviewRefusal(command, inputs));
  if (refusal) {
    io.err(`budget-check：${refusal}`);
    return EXIT.trouble;
  }
  // Machine-readable output stays pure on standard output; what was written is said on standard error.
  const say = command.format === 'json' ? io.err : io.out;

  // Every file starts on the worker threads now; results are taken in input order, so output is stable.
  const checkFile = checkAhead(
    inputs.flatMap((input) =>
      input.kind === 'folder' ? input.files : input.kind === 'file' ? [input.path] : [],
    ),
  );
  const totals = { files: 0, unreadable: 0, errors: 0, warnings: 0, residuals: 0, notes: 0, explained: 0 };
  const summary: SummaryRow[] = [];
  let folders = 0;
  let last: FileResult | undefined;
  let lastReport: ReviewedReport | undefined;
  let comparison: Comparison | undefined;
  for (const input of inputs) {
    if (input.kind === 'unreadable') {
      totals.files++;
      totals.unreadable++;
      io.err(`无法读取 ${shownName(input.path)}：${input.problem}`);
      summary.push(unreadableRow(input.path, input.problem));
      continue;
    }
    if (input.kind === 'folder') folders++;
    for (const file of input.kind === 'folder' ? input.files : [input.path]) {
      const result = await checkFile(file);
      last = result;
      totals.files++;
      if (!result.ok) {
        totals.unreadable++;
        io.err(`无法读取 ${shownName(result.file)}：${result.problem}`);
        summary.push(unreadableRow(result.file, result.problem));
        continue;
      }
      // --review and --compare were refused above unless this is the only file.
      let report = result.report;
      if (command.review !== undefined) {
        const reviewed = await withReviewFrom(command.review, report);
        if ('problem' in reviewed) return trouble(io, reviewed.problem);
        report = { ...reviewed, file: result.file };
      }
      if (command.compare !== undefined) {
        const compared = await compareWith(command.compare, result);
        if ('problem' in compared) return trouble(io, compared.problem);
        comparison = compared;
      }
      lastReport = report;
      if (command.report !== undefined) summary.push(summaryRow(report, command.report));
      const counts = countsOf(report);
      totals.errors += counts.errors;
      totals.warnings += counts.warnings;
      totals.residuals += counts.residuals;
      totals.notes += counts.notes;
      totals.explained += counts.explained;
      if (command.format === 'json') io.out(formatJson(report, comparison));
      else if (input.kind === 'folder') io.out(formatSummaryLine(report, io));
      else {
        io.out(`${formatReport(report, io)}\n`);
        if (comparison) io.out(`${formatComparison(comparison, io)}\n`);
      }
    }
  }
  if (command.format === 'text' && (totals.files > 1 || folders > 0)) io.out(formatTotal(totals, io));

  let code = exitCode(totals, command.exitZero);
  if (command.report !== undefined) {
    const single = totals.files === 1 && folders === 0;
    const written =
      single && lastReport && last?.ok
        ? await writeReport(command.report, last.file, lastReport, comparison)
        : single
          ? undefined
          : await writeSummary(command.report, summary);
    if (typeof written === 'string') say(written);
    else if (written) code = Math.max(code, trouble(io, written.problem));
  }
  // --annotate was refused above unless there is exactly one file, so `last` is that file.
  if (command.annotate === undefined || !last?.ok) return code;
  return Math.max(code, await writeAnnotated(last, command.annotate, io, command.format));
}

function trouble(io: Io, problem: string): number {
  io.err(problem);
  return EXIT.trouble;
}

function exitCode(totals: Totals, exitZero: boolean): number {
  if (totals.unreadable > 0) return EXIT.trouble;
  if (totals.errors > 0 && !exitZero) return EXIT.errors;
  return EXIT.ok;
}

/** Why --annotate cannot be done, or undefined: it takes one workbook and must not overwrite it. */
async function annotateRefusal(output: string, inputs: readonly Input[]): Promise<string | undefined> {
  if (inputs.length > 1 || inputs[0].kind === 'folder')
    return '--annotate 只能用于一个输入文件（不能是多个文件或文件夹）';
  if (inputs[0].kind === 'unreadable') return undefined;
  if (await samePath(inputs[0].path, output))
    return `--annotate 的输出文件不能是输入文件本身（${shownName(output)}）`;
  return undefined;
}

async function writeAnnotated(
  result: Extract<FileResult, { ok: true }>,
  output: string,
  io: Io,
  format: CheckCommand['format'],
): Promise<number> {
  const annotated = await annotateWorkbook(result.bytes, result.report);
  try {
    await writeOutput(output, annotated.bytes);
  } catch (error) {
    io.err(`无法写入 ${shownName(output)}：${fsProblem(error, true)}`);
    return EXIT.trouble;
  }
  // Standard output stays pure JSON in json format.
  const say = format === 'json' ? io.err : io.out;
  say(
    `已写出标注副本：${shownName(output)}（标记了 ${annotated.cells} 个单元格，${shownName(result.file)} 未改动）`,
  );
  return EXIT.ok;
}

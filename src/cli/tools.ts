/** The workbook tools of the command line: one workbook in, then fill, draft and check as the flags ask. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { Tables } from '../engine/instances';
import { narrativeInputs } from '../engine/narrative';
import { decodeText, isZip, lastYearFromText, lastYearFromWorkbook, type LastYear } from '../engine/shares';
import { readWorkbook, WorkbookReadError } from '../hosts/xlsx/read';
import type { CheckCommand } from './args';
import { runFill } from './fill-command';
import { fsProblem, resolveInput } from './inputs';
import { printDraft, printNarrativeCheck, readTextFile } from './narrative-command';
import { samePath, type Io } from './io';
import type { ToolOptions } from './tools-args';
import { shownName } from './shown';

export async function runTools(command: CheckCommand, tools: ToolOptions, io: Io): Promise<number> {
  if (command.annotate !== undefined) {
    io.err('budget-check：--annotate 不能与 --fill、--narrative、--narrative-check 同用');
    return 2;
  }
  const input = command.inputs.length === 1 ? await resolveInput(command.inputs[0]) : undefined;
  if (!input || input.kind === 'folder') {
    io.err(
      'budget-check：--fill、--narrative、--narrative-check 只能用于一个输入文件（不能是多个文件或文件夹）',
    );
    return 2;
  }
  if (input.kind === 'unreadable') {
    io.err(`无法读取 ${shownName(input.path)}：${input.problem}`);
    return 2;
  }
  const file = input.path;
  if (tools.fill && (await samePath(file, tools.fill))) {
    io.err(`budget-check：--fill 的输出文件不能是输入文件本身（${shownName(tools.fill)}）`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    io.err(`无法读取 ${shownName(file)}：${fsProblem(error)}`);
    return 2;
  }
  let snapshot;
  try {
    snapshot = await readWorkbook(bytes, path.basename(file));
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    io.err(`无法读取 ${shownName(file)}：${error.message}`);
    return 2;
  }

  let code = 0;
  if (tools.fill) {
    code = Math.max(
      code,
      await runFill(
        {
          file,
          bytes,
          snapshot,
          output: tools.fill,
          formulas: !!tools.formulas,
          recompute: !!tools.fillRecompute,
          rebuild: !!tools.fillRebuild,
          format: command.format,
        },
        io,
      ),
    );
  }
  if (!tools.narrative && !tools.narrativeCheck) return code;
  const base = narrativeInputs(snapshot);
  let inputs = base;
  if (tools.lastYear) {
    const lastYear = await readLastYearFile(tools.lastYear, base.tables, io);
    if (!lastYear) return 2;
    inputs = { ...base, lastYear };
  }
  if (tools.narrative) code = Math.max(code, printDraft(file, inputs, command.format, io));
  if (tools.narrativeCheck) {
    const text = await readTextFile(tools.narrativeCheck, io);
    if (text === undefined) return 2;
    code = Math.max(code, printNarrativeCheck(file, tools.narrativeCheck, text, inputs, command.format, io));
  }
  return code;
}

/**
 * `--last-year`: last year's disclosure workbook (.xlsx), its lines matched to this year's by role, code and
 * name; or a text file of last year's figures (docs/fill.md).
 */
async function readLastYearFile(file: string, thisYear: Tables, io: Io): Promise<LastYear | undefined> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    io.err(`无法读取 ${shownName(file)}：${fsProblem(error)}`);
    return undefined;
  }
  if (!isZip(bytes)) return lastYearFromText(decodeText(bytes));
  let workbook;
  try {
    workbook = await readWorkbook(bytes, path.basename(file));
  } catch (error) {
    if (!(error instanceof WorkbookReadError)) throw error;
    io.err(`无法读取上年工作簿 ${shownName(file)}：${error.message}`);
    return undefined;
  }
  const lastYear = lastYearFromWorkbook(workbook, thisYear);
  if (!lastYear || Object.keys(lastYear.figures).length === 0) {
    io.err(`在 ${shownName(file)} 中没有找到上年的预算公开表或“上年预算数”表`);
    return undefined;
  }
  const year = [...thisYear.values()].find((t) => t.year)?.year;
  if (year !== undefined && lastYear.year !== undefined && lastYear.year !== year - 1)
    io.err(`注意：${shownName(file)} 是 ${lastYear.year} 年的预算，本工作簿是 ${year} 年的，同比按它计算。`);
  return lastYear;
}

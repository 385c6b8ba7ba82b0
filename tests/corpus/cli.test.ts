/**
 * Each corpus file through the built command line, each in its own process with a time limit: the exit code
 * in expectations.ts, one Chinese line naming the file for a file that cannot be checked, never a stack trace.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckReport } from '../../src/engine';
import { runCli, runEach, STACK_FRAME, type CliRun } from './cli-process';
import { entries, expectReport, FILES, outcomeName, PER_FILE_MS } from './outcome';

const working = entries();
const inputOf = (file: string) => path.join(FILES, file);

/** The whole corpus. */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'budget-corpus-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

/** The text report of each file, and the folder as JSON Lines: all run up front, side by side. */
let textRuns: ReadonlyMap<string, CliRun>;
let folderRun: CliRun;
beforeAll(async () => {
  for (const [file] of working) fs.copyFileSync(inputOf(file), path.join(folder, file));
  const [runs, folderJson] = await Promise.all([
    runEach(
      working.map(([file]) => [inputOf(file)]),
      PER_FILE_MS,
    ),
    runCli([folder, '--format', 'json'], 120_000),
  ]);
  textRuns = new Map(working.map(([file], i) => [file, runs[i]]));
  folderRun = folderJson;
}, 300_000);

function expectCleanExit(run: CliRun): void {
  expect(run.timedOut).toBe(false);
  expect(run.stdout).not.toMatch(STACK_FRAME);
  expect(run.stderr).not.toMatch(STACK_FRAME);
}

/** The one line the CLI writes for a file it cannot check: `无法读取 <file>：<why>`. */
function expectRefusal(line: string | undefined, file: string, message: RegExp): void {
  const prefix = `无法读取 ${file}：`;
  expect(line?.startsWith(prefix) ? line.slice(prefix.length) : line).toMatch(message);
}

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line !== '');
}

describe.each(working)('%s', (file, expected) => {
  it(`text report: ${outcomeName(expected)}`, () => {
    const run = textRuns.get(file)!;
    expectCleanExit(run);
    if (expected.kind === 'checked') {
      // The report's wording is the formatter's business; its figures are checked through JSON below.
      expect({ code: run.code, stderr: run.stderr }).toEqual({ code: expected.exit, stderr: '' });
      const report = lines(run.stdout);
      expect(report[0]).toBe(inputOf(file));
      for (const line of expected.text ?? []) expect(report).toContainEqual(expect.stringMatching(line));
      // No one reads a figure of 300 digits: past Excel's 15 it is a power of ten.
      expect(report.slice(1).filter((l) => /\d{16}/.test(l))).toEqual([]);
    } else {
      expect({ code: run.code, stdout: run.stdout }).toEqual({ code: 2, stdout: '' });
      expect(lines(run.stderr)).toHaveLength(1);
      expectRefusal(lines(run.stderr)[0], inputOf(file), expected.message);
    }
  });
});

it('the corpus folder as JSON Lines: each checkable file its report, each other file one line, exit 2', () => {
  expectCleanExit(folderRun);
  expect(folderRun.code).toBe(2);
  const reports = new Map(
    lines(folderRun.stdout)
      .map((line) => JSON.parse(line) as CheckReport)
      .map((report) => [path.basename(report.file ?? ''), report]),
  );
  const refusals = lines(folderRun.stderr);
  for (const [file, expected] of working) {
    const input = path.join(folder, file);
    if (expected.kind === 'checked') expectReport(reports.get(file)!, expected);
    else
      expectRefusal(
        refusals.find((line) => line.includes(input)),
        input,
        expected.message,
      );
  }
  expect(refusals).toHaveLength(working.filter(([, e]) => e.kind !== 'checked').length);
});

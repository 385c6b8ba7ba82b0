/** Reading a corpus file and holding its outcome against tests/corpus/expectations.ts. */
import * as fs from 'fs';
import * as path from 'path';
import { runCheck, type CheckReport, type Finding } from '../../src/engine';
import { readWorkbook, WorkbookReadError } from '../../src/hosts/xlsx/read';
import { EXPECTATIONS, type Expected, type ExpectedFinding } from './expectations';

export const FILES = path.join(__dirname, 'files');

/**
 * Per file: a hang must fail the test, not stall the suite. The 100,000-row file takes some 8 s here under
 * ts-jest and more on a loaded 2-core CI machine; the hang it once had lasted past 500 s.
 */
export const PER_FILE_MS = 60_000;

export type Entry = readonly [file: string, expected: Expected];

/** The corpus: every file with its expected outcome. */
export function entries(): Entry[] {
  return Object.entries(EXPECTATIONS);
}

/** What the engine makes of a file: the reader's refusal, or the report. */
export async function engineOutcome(
  file: string,
): Promise<{ readonly error: WorkbookReadError } | { readonly report: CheckReport }> {
  const bytes = fs.readFileSync(path.join(FILES, file));
  try {
    return { report: runCheck(await readWorkbook(bytes, file), { file }).report };
  } catch (error) {
    // Anything but a WorkbookReadError is a crash: let it fail the test as it is.
    if (error instanceof WorkbookReadError) return { error };
    throw error;
  }
}

export async function expectEngineOutcome(file: string, expected: Expected): Promise<void> {
  const outcome = await engineOutcome(file);
  if (expected.kind === 'unreadable') {
    expect('error' in outcome && { reason: outcome.error.reason, message: outcome.error.message }).toEqual({
      reason: expected.reason,
      message: expect.stringMatching(expected.message),
    });
    return;
  }
  if (!('report' in outcome)) throw new Error(`${file}: not read: ${outcome.error.message}`);
  if (expected.kind === 'no-tables') expect(outcome.report.tables).toEqual([]);
  else expectReport(outcome.report, expected);
}

/** A checked file's report (from the engine, or the CLI's JSON) against its expectation. */
export function expectReport(report: CheckReport, expected: Extract<Expected, { kind: 'checked' }>): void {
  expect(report.summary).toEqual(expected.summary);
  const wanted = expected.findings ?? [];
  const notable = report.findings.filter((f) => f.severity !== 'info' && f.rule !== 'table-missing');
  expect(notable.map(describeFinding).sort()).toEqual(wanted.map(describeExpected).sort());
  for (const w of wanted) {
    const found = notable.find((f) => describeFinding(f) === describeExpected(w));
    if (w.message) expect(found?.message).toMatch(w.message);
  }
  // No one reads a figure of 300 digits: past Excel's 15 it is a power of ten, in every field a person reads.
  const words = report.findings.flatMap((f) => [f.message, f.messageEn, f.expected, f.actual, f.difference]);
  expect(words.filter((w) => w !== undefined && /\d{16}/.test(w))).toEqual([]);
  for (const [id, { sheet, unit }] of Object.entries(expected.tables ?? {})) {
    const table = report.tables.find((t) => t.id === id);
    expect({ id, sheet: table?.sheet, unit: unit && table?.unit }).toEqual({ id, sheet, unit });
  }
}

function describeFinding(f: Finding): string {
  const cell = f.cells[0];
  return `${f.severity} ${f.rule} ${cell ? `${cell.sheet}!${cell.address}` : '-'}`;
}

function describeExpected(e: ExpectedFinding): string {
  return `${e.severity} ${e.rule} ${e.cell}`;
}

/** One line for a test name: what the file must give. */
export function outcomeName(expected: Expected): string {
  switch (expected.kind) {
    case 'unreadable':
      return `refused as ${expected.reason}`;
    case 'no-tables':
      return 'no tables found';
    case 'checked': {
      const { errors, warnings, infos } = expected.summary;
      return `checks: ${errors} errors, ${warnings} warnings, ${infos} infos`;
    }
  }
}

/**
 * Corpus files the checker gets wrong today. Each test states the correct outcome and is marked
 * `it.failing`: it passes while the bug is there, and fails (as a reminder to drop `knownBug` from the file's
 * entry in expectations.ts) once the bug is fixed. Each runs the CLI from source in a child process with a
 * capped heap and a time limit, since a bug here may be a crash or a hang; its JSON report is the engine's.
 */
import * as path from 'path';
import type { CheckReport } from '../../src/engine';
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

/**
 * Corpus files the engine gets wrong today. Each test states the correct outcome and is marked
 * `it.failing`: it passes while the bug is there, and fails (as a reminder to drop `knownBug` from the file's
 * entry in expectations.ts) once the bug is fixed.
 */
import * as path from 'path';
import { run } from '../../src/cli/run';
import type { CheckReport } from '../../src/engine';
import { entries, expectEngineOutcome, expectReport, FILES, PER_FILE_MS } from './outcome';

describe.each(entries('known-bugs'))('%s', (file, expected) => {
  if (expected.kind !== 'checked') throw new Error('only checked files can be known bugs');
  const bug = expected.knownBug;

  it.failing(`engine: ${bug}`, () => expectEngineOutcome(file, expected), PER_FILE_MS);

  // In-process: the outcome is the point here, not crashes or hangs (cli.test.ts spawns for those).
  it.failing(
    `cli: ${bug}`,
    async () => {
      const out: string[] = [];
      const code = await run([path.join(FILES, file), '--format', 'json'], {
        out: (text) => out.push(text),
        err: () => undefined,
        color: false,
        width: 80,
      });
      expect(code).toBe(expected.exit);
      expectReport(JSON.parse(out.join('')) as CheckReport, expected);
    },
    PER_FILE_MS,
  );
});

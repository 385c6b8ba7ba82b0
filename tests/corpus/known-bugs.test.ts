/**
 * Corpus files the engine gets wrong today. Each test states the correct outcome and is marked
 * `it.failing`: it passes while the bug is there, and fails (as a reminder to drop `knownBug` from the file's
 * entry in expectations.ts) once the bug is fixed.
 */
import { entries, expectEngineOutcome, PER_FILE_MS } from './outcome';

describe.each(entries('known-bugs'))('%s', (file, expected) => {
  const bug = expected.kind === 'checked' ? expected.knownBug : undefined;
  it.failing(`engine: ${bug}`, () => expectEngineOutcome(file, expected), PER_FILE_MS);
});

/**
 * Each corpus file through the xlsx reader and the engine: the outcome in expectations.ts, never a crash.
 * (A synchronous hang cannot be timed out in-process; cli.test.ts runs each file in its own process.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS } from '../../scripts/corpus';
import { EXPECTATIONS } from './expectations';
import { entries, expectEngineOutcome, FILES, outcomeName, PER_FILE_MS } from './outcome';

describe.each(entries())('%s', (file, expected) => {
  it(`${outcomeName(expected)}`, () => expectEngineOutcome(file, expected), PER_FILE_MS);
});

describe('the corpus', () => {
  it('has one expectation for each file the script builds, and the folder holds exactly those', () => {
    const built = CORPUS.map((c) => c.file).sort();
    expect(Object.keys(EXPECTATIONS).sort()).toEqual(built);
    expect(fs.readdirSync(FILES).sort()).toEqual(built);
  });

  it.each(CORPUS.map((c) => [c.file, c] as const))(
    '%s is what scripts/corpus builds (run npm run corpus after changing it)',
    async (file, { build }) => {
      expect(Buffer.compare(Buffer.from(await build()), fs.readFileSync(path.join(FILES, file)))).toBe(0);
    },
    PER_FILE_MS,
  );
});

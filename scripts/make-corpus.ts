/**
 * Writes the bad-input corpus (scripts/corpus/) to tests/corpus/files/, removing files no longer in it.
 * Deterministic: re-running gives byte-identical files. Run: npm run corpus
 */
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS } from './corpus';

const OUT = path.join(__dirname, '..', 'tests', 'corpus', 'files');

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const wanted = new Set(CORPUS.map((c) => c.file));
  for (const stale of fs.readdirSync(OUT).filter((f) => !wanted.has(f))) fs.rmSync(path.join(OUT, stale));
  for (const { file, build } of CORPUS) {
    const bytes = await build();
    fs.writeFileSync(path.join(OUT, file), bytes);
    console.log(`${file}\t${bytes.length} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

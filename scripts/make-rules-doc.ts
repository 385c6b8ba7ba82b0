/**
 * Writes docs/rules.md, the rule catalog, from the relationship declarations with examples from the seed
 * sample. tests/docs/rules-doc.test.ts regenerates it in memory and fails when the file is stale.
 * Run: npm run rules:doc
 */
import * as fs from 'fs';
import * as path from 'path';
import { CATALOG } from '../src/engine/catalog';
import { runCheck } from '../src/engine/check';
import { renderRulesDoc } from '../src/engine/explain';
import { readWorkbookFile } from '../src/hosts/xlsx/read-file';

const ROOT = path.join(__dirname, '..');
/** The sample the examples come from, as the document names it. */
const SAMPLE = 'samples/seed-2026.xlsx';
export const RULES_DOC = path.join(ROOT, 'docs', 'rules.md');

export async function makeRulesDoc(): Promise<string> {
  const result = runCheck(await readWorkbookFile(path.join(ROOT, SAMPLE)));
  return renderRulesDoc(CATALOG, result, SAMPLE);
}

if (require.main === module) {
  makeRulesDoc().then(
    (text) => {
      fs.mkdirSync(path.dirname(RULES_DOC), { recursive: true });
      fs.writeFileSync(RULES_DOC, text);
      console.log(`wrote ${path.relative(ROOT, RULES_DOC)}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

/** docs/rules.md is generated from the catalog: it must match what `npm run rules:doc` writes now. */
import * as fs from 'fs';
import { CATALOG } from '../../src/engine/catalog';
import { makeRulesDoc, RULES_DOC } from '../../scripts/make-rules-doc';

let generated: string;
beforeAll(async () => {
  generated = await makeRulesDoc();
});

test('docs/rules.md is up to date', () => {
  const committed = fs.existsSync(RULES_DOC) ? fs.readFileSync(RULES_DOC, 'utf8') : '';
  if (committed !== generated) {
    const old = committed.split('\n');
    const line = generated.split('\n').findIndex((text, i) => text !== old[i]) + 1;
    throw new Error(`docs/rules.md is stale from line ${line} — run npm run rules:doc`);
  }
});

test('every relationship has its section, severity and an example or a reason there is none', () => {
  for (const r of CATALOG) {
    const start = generated.indexOf(`### \`${r.id}\` ${r.name} · ${r.nameEn}\n`);
    expect(start).toBeGreaterThan(0);
    const end = generated.indexOf('\n### ', start + 1);
    const section = generated.slice(start, end === -1 ? undefined : end);
    expect(section).toContain(r.severity === 'error' ? '强制性（error）' : '提示性（warning）');
    expect(section).toContain(`规则 Rule：${r.description}`);
    expect(section).toMatch(/样例 Example/);
  }
});

test('the examples carry the seed figures', () => {
  expect(generated).toContain('  - 表5!C6 表5「合计」合计：4542.59');
  expect(generated).toContain('  - 3811.21 = 3800.95 + 10.27（3811.22），尾差 0.01（四舍五入允许 ±0.015）');
  expect(generated).toContain('  - 2190.01 = 2179.74 + 10.27（2190.01），成立');
});

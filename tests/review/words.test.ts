/**
 * A lint of the words a person reads: every Chinese string of the pane (ui-shared/strings.ts, with their
 * functions called), every finding's message on the samples and on generated workbooks with errors of every
 * kind, the catalog's names and rules, the trainers' views, and the command line's text output (its --fill
 * listing too): no space between two Chinese characters, and no rule id or internal line key.
 */
import { CATALOG } from '../../src/engine/catalog';
import { runCheck, type CheckResult } from '../../src/engine';
import { lessonSteps, relationshipMap, ruleCatalog } from '../../src/engine/explain';
import { applyReview } from '../../src/engine/review';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { reportBody } from '../../src/ui-shared/report-page';
import { stringsFor } from '../../src/ui-shared/strings';
import * as fs from 'fs';
import * as path from 'path';
import { cli, PLANTED, SEED, tempDir } from '../cli/helpers';
import { detailOnlyXlsx } from '../derive/helpers';
import { textProblems as problems } from './user-text';
import { buildWorkbook, type Edit } from '../fixtures/layouts';

// The command line runs seven times; on a busy two-core machine that takes more than jest's 5 s.
jest.setTimeout(60_000);

/** Every string in `value`, its functions called: with a list-like name, else 'T2', else 2. */
function strings(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (typeof value === 'function') {
    const name = Object.assign(['Sheet1'], {
      exact: 1,
      rounding: 1,
      broken: 0,
      errors: 1,
      warnings: 0,
      infos: 2,
    });
    for (const arg of [name, 'T2', 2, 'explained']) {
      try {
        const result = (value as (...args: unknown[]) => unknown)(...Array(value.length || 1).fill(arg));
        if (typeof result === 'string') {
          out.push([path, result]);
          return;
        }
      } catch {
        // The next kind of argument.
      }
    }
  } else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value)) strings(v, `${path}.${key}`, out);
}

/** Keys of data, not text: ids, cells, enumerations. */
const DATA_KEYS = new Set([
  'id',
  'rule',
  'relation',
  'key',
  'shape',
  'line',
  'col',
  'en',
  'sheet',
  'address',
  'table',
  'tables',
  'status',
  'role',
  'severity',
  'kind',
  'from',
  'to',
  'side',
]);

/** The Chinese texts of an explain view: every string not under an English twin (`…En`) or an id. */
function viewTexts(value: unknown, path: string, out: [string, string][]): void {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => viewTexts(v, `${path}[${i}]`, out));
  else if (typeof value === 'object' && value !== null)
    for (const [key, v] of Object.entries(value)) {
      if (key.endsWith('En') || key.endsWith('Id') || DATA_KEYS.has(key)) continue;
      viewTexts(v, `${path}.${key}`, out);
    }
}

const EDITS: Edit[] = [
  { table: 'T6', row: '差旅费', col: '公用经费', value: '57.00' },
  { table: 'T1', row: '一、一般公共预算', col: '2026年', value: '4642.59' },
  { table: 'T11', row: '部门合计', col: '合计', value: '480.00' },
  { table: 'T5', row: '2010301', col: '基本支出', value: '1628.87' },
  { table: 'T10', row: '公务接待费', col: '合计', value: '1.00' },
];

let checks: [string, CheckResult][];
beforeAll(async () => {
  checks = [
    ['seed', runCheck(await readWorkbookFile(SEED))],
    ['planted', runCheck(await readWorkbookFile(PLANTED))],
    ['edited', runCheck(buildWorkbook({ edit: EDITS, dropTables: ['T9', 'T11'] }))],
    ['renamed', runCheck(buildWorkbook({ edit: EDITS, sheetNames: 'renamed', amounts: 'text-comma' }))],
  ];
});

it('catches what the issue found: 金额 为, 之和 为, a rule id, a line key', () => {
  expect(problems('t', '金额 为 5660.05，但其下 5 行之和 为 5760.04')).toHaveLength(1);
  expect(problems('t', '「合计」 合计')).toHaveLength(1);
  expect(problems('t', '规则 T1.expense-row')).toHaveLength(1);
  expect(problems('t', '没有 income.generalBudget 一行')).toHaveLength(1);
  expect(problems('t', '表1「本年收入合计」金额为 5660.05，相差 -99.99。')).toEqual([]);
});

/** The rule search's example query: there the spaces separate the words to search for. */
const SEARCH_EXAMPLE = 'zh.relations.searchPlaceholder';

it('the pane’s Chinese strings', () => {
  const all: [string, string][] = [];
  strings(stringsFor('zh'), 'zh', all);
  expect(all.find(([where]) => where === SEARCH_EXAMPLE)?.[1]).toBe('如：表5 强制性 合计');
  expect(all.length).toBeGreaterThan(150);
  expect(all.flatMap(([where, text]) => (where === SEARCH_EXAMPLE ? [] : problems(where, text)))).toEqual([]);
});

it('every finding’s message, in every kind of finding', () => {
  const findings = checks.flatMap(([, c]) => c.report.findings);
  expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
  expect(findings.length).toBeGreaterThan(100);
  expect(findings.flatMap((f) => problems(f.rule, `${f.message}\n${f.subject ?? ''}`))).toEqual([]);
});

it('the catalog’s names and rules', () => {
  expect(CATALOG.flatMap((r) => problems(r.id, `${r.name}\n${r.description}`))).toEqual([]);
});

it('the trainers’ views and the printable report', () => {
  const all: [string, string][] = [];
  for (const [name, result] of checks) {
    viewTexts(relationshipMap(CATALOG, result), `${name}.map`, all);
    viewTexts(lessonSteps(CATALOG, result), `${name}.lesson`, all);
    viewTexts(ruleCatalog(CATALOG, result), `${name}.rules`, all);
    const page = reportBody(applyReview(result.report), { date: new Date() }).replace(/<[^>]+>/g, '\n');
    all.push([`${name}.page`, page]);
  }
  expect(all.flatMap(([where, text]) => problems(where, text))).toEqual([]);
});

it('the command line’s text output', async () => {
  const runs = [
    [SEED],
    [PLANTED],
    [SEED, '--compare', PLANTED],
    [PLANTED, '--compare', SEED],
    [SEED, PLANTED],
    ['--help'],
    ['--bogus'],
  ];
  const out: string[] = [];
  for (const argv of runs) {
    const r = await cli(argv);
    out.push(r.out, r.err);
  }
  expect(out.join('\n').split('\n').length).toBeGreaterThan(300);
  // File names are the user's; the samples' are ASCII, so what remains is the tool's words.
  expect(problems('cli', out.join('\n'))).toEqual([]);
});

const dir = tempDir();

it('the command line’s --fill listing, every kind of line', async () => {
  const blank = path.join(dir, 'blank.xlsx');
  fs.writeFileSync(blank, (await detailOnlyXlsx(new Uint8Array(fs.readFileSync(SEED)))).bytes);
  const runs = [
    [blank],
    [blank, '--formulas'],
    [PLANTED],
    [PLANTED, '--fill-recompute'],
    [PLANTED, '--formulas', '--fill-recompute'],
    [SEED, '--fill-rebuild'],
  ];
  const out: string[] = [];
  for (const [i, argv] of runs.entries()) {
    const r = await cli([argv[0], '--fill', path.join(dir, `out${i}.xlsx`), ...argv.slice(1)]);
    out.push(r.out, r.err);
  }
  const listing = out.join('\n').split('\n');
  expect(listing.filter((line) => line.startsWith('  ')).length).toBeGreaterThan(300);
  // A listing line is columns two spaces apart (cell, figures, relation, suspects): each is read as words.
  const columns = listing.flatMap((line) => line.split(/ {2,}/));
  expect(columns.flatMap((column) => problems('fill', column))).toEqual([]);
});

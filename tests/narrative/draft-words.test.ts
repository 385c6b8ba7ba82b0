/**
 * The draft reads as a person wrote it (issue 12, item 5): numbered points start at 1、, 主要包括 names a few
 * items and says 等, an item with no money is said to be none rather than `0万元，占0%`. And it quotes the
 * tables' own figures whatever the layout (issue 10): every share and year-on-year figure the seed's
 * explanation quotes, on generated layouts, with last year's figures from last year's workbook.
 */
import { checkNarrative, draftNarrative, narrativeInputs } from '../../src/engine/narrative';
import { recognize } from '../../src/engine/recognize';
import { lastYearFromWorkbook } from '../../src/engine/shares';
import { derive } from '../../src/engine/derive';
import { blankCells } from '../derive/helpers';
import { lastYearWorkbook } from '../fixtures/last-year';
import { buildWorkbook, type BuildOptions } from '../fixtures/layouts';
import { SEED_PERCENTAGES } from '../fixtures/seed';

const LAYOUTS: readonly [string, BuildOptions][] = [
  ['the seed’s layout', {}],
  ['renamed, shuffled sheets', { sheetNames: 'renamed', order: 'shuffled' }],
  [
    'one-row headers, shifted, text amounts',
    { header: 'single', origin: { row: 2, col: 1 }, amounts: 'text' },
  ],
  ['one sheet, dashes for empty cells', { multiTablePerSheet: true, empty: 'dash', dropLabel: true }],
];

function draftOf(options: BuildOptions, blankTotals = false) {
  const seed = buildWorkbook(options);
  const workbook = blankTotals
    ? blankCells(
        seed,
        derive(seed).cells.map((c) => c.cell),
      )
    : seed;
  const lastYear = lastYearFromWorkbook(lastYearWorkbook(options), recognize(workbook).tables);
  const inputs = narrativeInputs(workbook, lastYear);
  return { draft: draftNarrative(inputs), inputs };
}

describe('the draft’s words', () => {
  const { draft } = draftOf({});

  it('numbers every list of points from 1、', () => {
    const performance = draft.slice(draft.indexOf('十、'));
    expect(performance).toMatch(/^十、绩效管理情况\n\n1、整体绩效目标\n\n.+\n\n2、项目绩效目标\n/);
    expect(performance).toContain(
      '涉及部门预算资金5,660.04万元，其中基本支出3,480.30万元，项目支出2,179.74万元。',
    );
  });

  it('names a few main items and says 等, never the whole list', () => {
    const lists = [...draft.matchAll(/主要包括：([^等。；]+)等/g)].map((m) => m[1].split('、'));
    expect(lists).toHaveLength(2);
    for (const names of lists) {
      expect(names.length).toBeGreaterThan(1);
      expect(names.length).toBeLessThanOrEqual(5);
    }
    // The largest first: 基本工资 is the largest personnel item of the seed's 表6.
    expect(lists[0][0]).toBe('基本工资');
  });

  it('says an item with no money is none, never 0万元 or 占0%', () => {
    expect(draft).not.toMatch(/(^|[^\d,.])0万元/);
    expect(draft).not.toContain('占0%');
    expect(draft).toContain('；无政府性基金预算拨款收入、国有资本经营预算拨款收入和财政专户管理资金收入。');
    expect(draft).toContain('一般公共预算拨款4,552.86万元，无政府性基金预算拨款和国有资本经营预算拨款。');
    expect(draft).toContain('未安排公务用车购置费，与上年预算数相同');
  });
});

describe.each(LAYOUTS)('the draft on a generated layout (%s)', (_name, options) => {
  it('quotes every share and year-on-year figure of the seed’s explanation, and checks clean', () => {
    const { draft, inputs } = draftOf(options);
    for (const p of SEED_PERCENTAGES) expect([p, draft.includes(p)]).toEqual([p, true]);
    expect(draft).toContain('比上年减少167.79万元，下降2.87%');
    expect(draft).toContain('比上年增加74.75万元，增长1.67%');
    expect(draft).toContain('比2025年预算减少16.48万元，下降3.82%');
    const { summary } = checkNarrative(draft, inputs);
    expect(summary).toEqual({ ok: summary.ok, mismatch: 0, unchecked: 0 });
  });

  it('drafts from the filled figures when only the details are typed, and still checks clean', () => {
    const { draft, inputs } = draftOf(options, true);
    for (const p of SEED_PERCENTAGES.slice(0, 8)) expect([p, draft.includes(p)]).toEqual([p, true]);
    expect(checkNarrative(draft, inputs).summary).toMatchObject({ mismatch: 0, unchecked: 0 });
  });
});

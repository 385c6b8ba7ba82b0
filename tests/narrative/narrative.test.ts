import * as fs from 'fs';
import * as path from 'path';
import {
  checkNarrative,
  draftNarrative,
  narrativeFromWorkbook,
  narrativeInputs,
  type NarrativeInputs,
} from '../../src/engine/narrative';
import { lastYearSheetFromText } from '../../src/engine/shares';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { isEnglish } from '../explain/english';
import { buildWorkbook } from '../fixtures/layouts';
import { SEED_PERCENTAGES } from '../fixtures/seed';

const SEED_DIR = path.join(__dirname, '..', '..', 'samples', 'source', 'seed-2026');
const NARRATIVE = fs.readFileSync(path.join(SEED_DIR, 'narrative.txt'), 'utf8');
const LAST_YEAR = fs.readFileSync(path.join(SEED_DIR, 'last-year.tsv'), 'utf8');

function withSheets(workbook: WorkbookSnapshot, ...sheets: WorkbookSnapshot['sheets']): WorkbookSnapshot {
  return { ...workbook, sheets: [...workbook.sheets, ...sheets] };
}

const seed: NarrativeInputs = narrativeInputs(withSheets(buildWorkbook(), lastYearSheetFromText(LAST_YEAR)));

/** Replaces the `nth` (1-based) occurrence of `from`. */
function replaceNth(text: string, from: string, to: string, nth = 1): { text: string; offset: number } {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(from, at + 1);
  if (at < 0) throw new Error(`no ${from}`);
  return { text: text.slice(0, at) + to + text.slice(at + from.length), offset: at };
}

describe('checking the seed’s own explanation', () => {
  const result = checkNarrative(NARRATIVE, seed);

  it('passes: every figure the tables state is stated right', () => {
    expect(result.mismatches).toEqual([]);
    expect(result.summary.ok).toBe(73);
  });

  it('lists what no table states as unchecked: 政府采购 and the split by kind of project', () => {
    const unchecked = result.figures.filter((f) => f.status === 'unchecked');
    expect(unchecked.map((f) => f.section)).toEqual([
      'procurement',
      'procurement',
      'procurement',
      'procurement',
      'performance',
      'performance',
      'performance',
      'performance',
      'performance',
    ]);
    expect(
      unchecked
        .filter((f) => f.section === 'performance')
        .every((f) => /运转类|特定目标类|占部门/.test(f.sentence)),
    ).toBe(true);
  });

  it('matches the quoted figures to the right table cells', () => {
    const what = (text: string, nth = 1) => result.figures.filter((f) => f.text === text)[nth - 1]?.what;
    expect(what('1,117.45万元')).toBe('表1「五、单位资金」');
    expect(what('19.71%')).toBe('表1「五、单位资金」占比');
    expect(what('3480.3万元')).toBe('表3「合计」基本支出');
    expect(what('2.87%')).toBe('表1「收入总计」比上年增减幅度');
    expect(what('2.87%', 2)).toBe('表1「支出总计」比上年增减幅度');
    expect(what('3,811.21万元')).toBe('表4「一般公共服务支出」小计');
    expect(what('2家')).toBe('表11 单位数');
    expect(what('11个')).toBe('表12 项目数');
  });

  it('names each matched figure in English too, for an English pane', () => {
    const whatEn = (text: string, nth = 1) => result.figures.filter((f) => f.text === text)[nth - 1]?.whatEn;
    expect(whatEn('19.71%')).toBe('Table 1 “五、单位资金” share');
    expect(whatEn('3480.3万元')).toBe('Table 3 “合计” basic expenditure');
    expect(whatEn('2.87%')).toBe('Table 1 “收入总计” percentage change on last year');
    expect(whatEn('2家')).toBe('Table 11 number of units');
    const named = result.figures.filter((f) => f.what);
    expect(named.every((f) => f.whatEn && isEnglish(f.whatEn))).toBe(true);
  });

  it('cannot check year-on-year figures without last year’s, and says so', () => {
    const without = checkNarrative(NARRATIVE, narrativeInputs(buildWorkbook()));
    expect(without.mismatches).toEqual([]);
    const yoy = without.figures.filter((f) =>
      ['167.79万元', '2.87%', '74.75万元', '1.67%', '16.48万元', '3.82%'].includes(f.text),
    );
    expect(yoy).toHaveLength(8);
    expect(yoy.every((f) => f.status === 'unchecked' && f.message.includes('没有上年数'))).toBe(true);
  });
});

describe('a tampered explanation', () => {
  it.each([
    ['单位资金1,117.45万元', '单位资金1,117.54万元', '1,117.54万元', '1,117.45万元'],
    ['占13.37%', '占13.73%', '13.73%', '13.37%'],
    ['下降2.87%', '下降2.78%', '2.78%', '比上年减少167.79万元，下降2.87%'],
    ['比2025年预算减少16.48万元', '比2025年预算减少16.84万元', '16.84万元', '比上年减少16.48万元，下降3.82%'],
    ['人员经费2,431.96万元', '人员经费2,413.96万元', '2,413.96万元', '2,431.96万元'],
    ['等2家', '等3家', '3家', '2'],
    ['二级项目11个', '二级项目12个', '12个', '11'],
  ])('fails on exactly the changed figure: %s → %s', (from, to, written, expected) => {
    const tampered = replaceNth(NARRATIVE, from, to);
    const { mismatches } = checkNarrative(tampered.text, seed);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({ text: written, expected });
    expect(mismatches[0].offset).toBe(tampered.offset + to.indexOf(written));
    expect(tampered.text).toContain(mismatches[0].sentence);
    expect(mismatches[0].sentence).toContain(to);
  });

  it('fails on a change stated the wrong way round', () => {
    const { mismatches } = checkNarrative(
      replaceNth(NARRATIVE, '比上年增加74.75万元', '比上年减少74.75万元').text,
      seed,
    );
    // Only the amount is stated the wrong way; 增长1.67% still says the right thing.
    expect(mismatches.map((m) => m.text)).toEqual(['74.75万元']);
    expect(mismatches[0].expected).toBe('比上年增加74.75万元，增长1.67%');
  });

  it('fails on 与上年相同 when last year’s figure differs', () => {
    const lastYear = LAST_YEAR.replace('公务接待费\t76.47', '公务接待费\t80.00');
    const inputs = narrativeInputs(withSheets(buildWorkbook(), lastYearSheetFromText(lastYear)));
    const { mismatches } = checkNarrative(NARRATIVE, inputs);
    expect(mismatches).toHaveLength(1);
    expect(mismatches[0]).toMatchObject({
      text: '与上年预算数相同',
      expected: '比上年减少3.53万元，下降4.41%',
    });
    expect(mismatches[0].sentence).toBe('公务接待费76.47万元，与上年预算数相同');
  });

  it('fails on every checked figure when that figure alone is changed', () => {
    const checked = checkNarrative(NARRATIVE, seed).figures.filter(
      (f) => f.status === 'ok' && /(万元|%|个|家)$/.test(f.text),
    );
    expect(checked).toHaveLength(67); // the 73 checked, less the six 与上年…相同 statements of 七
    for (const figure of checked) {
      // Change the units digit, so the figure moves by at least 1 whatever its decimals.
      const units = figure.text.search(/\d(?=(\.\d+)?\s*(万元|%|个|家)$)/);
      const digit = Number(figure.text[units]);
      const changed = figure.text.slice(0, units) + String((digit + 1) % 10) + figure.text.slice(units + 1);
      const text =
        NARRATIVE.slice(0, figure.offset) + changed + NARRATIVE.slice(figure.offset + figure.text.length);
      const { mismatches } = checkNarrative(text, seed);
      expect({ figure: figure.text, at: mismatches.map((m) => m.offset) }).toEqual({
        figure: figure.text,
        at: [figure.offset],
      });
    }
  });
});

describe('the draft', () => {
  const draft = draftNarrative(seed);

  it('quotes the seed’s percentages', () => {
    for (const p of SEED_PERCENTAGES) {
      expect(draft).toContain(p);
    }
    expect(draft).toContain('比上年减少167.79万元，下降2.87%');
    expect(draft).toContain('比上年增加74.75万元，增长1.67%');
    expect(draft).toContain('比2025年预算减少16.48万元，下降3.82%');
    expect(draft).toContain('“三公”经费预算742.77万元，与2025年预算数相同');
    expect(draft).toContain('二级项目11个，共计金额2,179.74万元');
  });

  it('has every standard part', () => {
    for (const heading of ['一、', '二、', '三、', '四、', '五、', '六、', '七、', '八、', '九、', '十、']) {
      expect(draft).toMatch(new RegExp(`^${heading}`, 'm'));
    }
  });

  it('writes amounts in one style: thousands separators and two decimals', () => {
    const amounts = draft.match(/[\d,.]+万元/g) ?? [];
    expect(amounts.length).toBeGreaterThan(40);
    for (const a of amounts) expect(a).toMatch(/^(0|\d{1,3}(,\d{3})*\.\d{2})万元$/);
  });

  it('checks clean against the tables it was drafted from, every figure checked', () => {
    const result = checkNarrative(draft, seed);
    expect(result.summary).toEqual({ ok: result.figures.length, mismatch: 0, unchecked: 0 });
  });

  it('leaves placeholders where the tables say nothing, and still checks clean', () => {
    const inputs = narrativeInputs(buildWorkbook());
    const text = draftNarrative(inputs);
    expect(text).toContain('比上年【请填写增减额和增减幅度（缺上年预算数）】');
    expect(text).toContain('政府采购预算总额【请填写');
    expect(checkNarrative(text, inputs).summary.mismatch).toBe(0);
  });
});

describe('explanation text from the workbook', () => {
  it('reads an explanation pasted into a 情况说明 sheet, a paragraph per row', () => {
    const lines = NARRATIVE.split('\n').filter((l) => l.trim() !== '');
    const sheet = { name: '情况说明', rows: lines.map((l) => [{ value: l }]) };
    const workbook = withSheets(buildWorkbook(), sheet, lastYearSheetFromText(LAST_YEAR));
    const text = narrativeFromWorkbook(workbook)!;
    expect(text.split('\n')).toHaveLength(lines.length);
    expect(checkNarrative(text, narrativeInputs(workbook)).summary).toMatchObject({ ok: 73, mismatch: 0 });
    expect(narrativeFromWorkbook(buildWorkbook())).toBeUndefined();
  });
});

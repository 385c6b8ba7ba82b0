import { runCheck } from '../../src/engine/check';
import {
  changeKey,
  derive,
  planFill,
  selectChanges,
  type DerivedCell,
  type FillMode,
} from '../../src/engine/derive';
import { address, type WorkbookSnapshot } from '../../src/engine/snapshot';
import { figuresIn, isEnglish } from '../explain/english';
import { buildWorkbook, editAddress, type BuildOptions } from '../fixtures/layouts';
import { applyPlan, blankCells } from './helpers';

const key = (c: { sheet: string; row: number; col: number }) => `${c.sheet}!${address(c.row, c.col)}`;

function find(cells: readonly DerivedCell[], at: string): DerivedCell {
  const cell = cells.find((c) => key(c.cell) === at);
  if (!cell) throw new Error(`${at} is not derivable`);
  return cell;
}

/** The seed with every cell the fill plan calls derivable left blank: what a compiler types. */
function detailOnly(options: BuildOptions = {}): WorkbookSnapshot {
  const seed = buildWorkbook(options);
  return blankCells(
    seed,
    derive(seed).cells.map((c) => c.cell),
  );
}

function errorsOf(workbook: WorkbookSnapshot): string[] {
  return runCheck(workbook)
    .report.findings.filter((f) => f.severity === 'error')
    .map((f) => f.message);
}

describe('derivable cells of the seed', () => {
  const seed = buildWorkbook();
  const { cells, notes } = derive(seed);

  it('finds every total, subtotal and cross-table line, and nothing else', () => {
    // 484, and 30 more since 表4's 政府性基金预算 of each 类 follows 表8 (X.class-fund-appropriation).
    expect(cells).toHaveLength(514);
    expect(notes).toEqual([]);
    const tables = new Set(cells.map((c) => c.table));
    expect([...tables].sort()).toEqual(
      ['T1', 'T10', 'T11', 'T12', 'T13', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9'].sort(),
    );
  });

  it('never derives a detail cell', () => {
    const derived = new Set(cells.map((c) => key(c.cell)));
    const details = [
      { table: 'T2', row: '2010301', col: '一般公共预算' },
      { table: 'T2', row: '2010302', col: '上年结转' },
      { table: 'T3', row: '2010302', col: '项目支出' },
      { table: 'T5', row: '2010350', col: '基本支出' },
      { table: 'T6', row: '差旅费', col: '公用经费' },
      { table: 'T10', row: '公务接待费', col: '一般公共预算' },
      { table: 'T11', row: '山西省人民对外友好协会', col: '一般公共预算' },
      { table: 'T12', row: '地方出国经费', col: '一般公共预算' },
      { table: 'T13', row: '省外事办政务信息系统运维项目', col: '一般公共预算' },
      { table: 'T4', row: '一、一般公共预算', col: '金额', occurrence: 2 },
    ];
    for (const d of details) {
      const at = editAddress({ ...d, value: '' });
      expect(derived.has(`${at.sheet}!${at.address}`)).toBe(false);
    }
  });

  it('says which relation fills each cell, the table’s own rows and columns first', () => {
    // 合计行·合计 is a row-sum and a rollup target: the row's own columns win.
    expect(find(cells, '表2!C7')).toMatchObject({ relation: 'T2.row-total', formula: '=SUM(D7:H7)' });
    expect(find(cells, '表2!D7')).toMatchObject({ relation: 'T2.rollup', formula: '=D8+D16+D22' });
    expect(find(cells, '表2!D9')).toMatchObject({ formula: '=SUM(D10:D13)' });
    // T5 合计 is also the last cell of the 一般公共预算 chain; inside its table it is a sum, so it is not copied.
    expect(find(cells, '表5!C6').relation).toBe('T5.row-total');
    // The chain's source is 表2 合计·一般公共预算; 表1 and 表4 copy it across sheets.
    expect(find(cells, '表1!B7')).toMatchObject({
      relation: 'X.general-budget-income',
      formula: "='表2'!D7",
    });
    expect(find(cells, '表4!B7')).toMatchObject({
      relation: 'X.general-budget-income',
      formula: "='表2'!D7",
    });
    // T1 类 lines come from T2, T4 类 lines from T5 + T2 (the carry-over is all fiscal in the seed).
    expect(find(cells, '表1!E7')).toMatchObject({ relation: 'X.class-current', formula: "='表2'!C8" });
    expect(find(cells, '表1!F7')).toMatchObject({ relation: 'X.class-carry-over', formula: "='表2'!I8" });
    expect(find(cells, '表4!E7')).toMatchObject({
      relation: 'X.class-appropriation',
      formula: "='表5'!C7+'表2'!I8",
    });
    expect(find(cells, '表6!C7').reason).toBe('基本支出经济科目表·各行合计：人员经费 + 公用经费');
    expect(find(cells, '表6!C7').reasonEn).toBe(
      'Basic expenditure by economic classification: row totals: personnel + operating',
    );
    expect(find(cells, '表12!B8').relation).toBe('T12.row-total');
    expect(find(cells, '表12!C8')).toMatchObject({ relation: 'T12.rollup' });
  });

  it('gives every cell its label and reason in English too, with no figure the Chinese lacks', () => {
    for (const c of cells) {
      for (const [zh, en] of [
        [c.label, c.labelEn],
        [c.reason, c.reasonEn],
      ]) {
        expect([zh, en, isEnglish(en)]).toEqual([zh, en, true]);
        // The class a per-code reason names is quoted in English, so its code is no figure there.
        expect([zh, figuresIn(zh)]).toEqual([zh, expect.arrayContaining(figuresIn(en))]);
      }
    }
  });

  it('lists the cells in dependency order', () => {
    const seen = new Set<string>();
    const derived = new Set(cells.map((c) => key(c.cell)));
    for (const c of cells) {
      for (const s of c.sources) if (derived.has(key(s.cell))) expect(seen.has(key(s.cell))).toBe(true);
      seen.add(key(c.cell));
    }
  });

  it.each<FillMode>(['values', 'formulas'])(
    'leaves every published figure alone, 尾差 included: an empty plan (%s)',
    (mode) => {
      const plan = planFill(derive(seed), mode);
      expect(plan.changes).toEqual([]);
      expect(plan.conflicts).toEqual([]);
      expect(plan.unchanged).toBe(cells.length);
      // A total that shows a figure holds it; one left blank (no money) stays a zero.
      for (const c of cells) {
        expect([key(c.cell), c.status, c.value.eq(c.currentValue)]).toEqual([
          key(c.cell),
          c.currentValue.isZero() ? expect.stringMatching(/^(holds|blank)$/) : 'holds',
          true,
        ]);
      }
      // The seed's own 尾差: totals rounded from unrounded data, 0.01 or more off the sum of the shown parts.
      expect(cells.filter((c) => !c.sum.eq(c.value)).length).toBeGreaterThan(10);
    },
  );
});

describe('filling a workbook whose totals are blank', () => {
  const blank = detailOnly();

  it('has errors before filling', () => {
    expect(errorsOf(blank).length).toBeGreaterThan(100);
  });

  it('finds the same derivable cells in the blank workbook', () => {
    expect(
      derive(blank)
        .cells.map((c) => key(c.cell))
        .sort(),
    ).toEqual(
      derive(buildWorkbook())
        .cells.map((c) => key(c.cell))
        .sort(),
    );
  });

  it.each<FillMode>(['values', 'formulas'])('checks with zero errors after filling (%s)', (mode) => {
    const plan = planFill(derive(blank), mode);
    expect(plan.changes.length).toBeGreaterThan(200);
    expect(errorsOf(applyPlan(blank, plan, mode === 'formulas'))).toEqual([]);
  });

  it('writes a formula into every change in formulas mode, each computing the figure it caches', () => {
    const plan = planFill(derive(blank), 'formulas');
    expect(plan.changes.every((c) => c.formula)).toBe(true);
    const cached = applyPlan(blank, plan);
    const computed = applyPlan(blank, plan, true);
    expect(computed).toEqual(cached);
  });

  it('applies a selection of the previewed changes', () => {
    const plan = planFill(derive(blank), 'values');
    const chosen = plan.changes.filter((c) => c.table === 'T10').map(changeKey);
    const some = selectChanges(plan, chosen);
    expect(some.changes.map(changeKey)).toEqual(chosen);
    expect(chosen.length).toBeGreaterThan(0);
    const t10 = runCheck(applyPlan(blank, some)).report.findings.filter(
      (f) => f.severity === 'error' && f.tables.includes('T10') && f.tables.length === 1,
    );
    expect(t10).toEqual([]);
  });

  it('settles the seed’s T5/T6 detail conflict with one 0.01 尾差 and says so', () => {
    const adjusted = derive(blank).cells.filter((c) => c.adjustment);
    expect(adjusted).toHaveLength(1);
    expect(adjusted[0]).toMatchObject({ label: '表6「合计」合计', adjustment: '-0.01', text: '2905.15' });
    expect(adjusted[0].reason).toContain('尾差调整 -0.01');
    expect(adjusted[0].reasonEn).toContain(
      '(rounding adjustment -0.01, so the relationship across tables holds)',
    );
    expect(adjusted[0].formula).toBe('=D6+E6-0.01');
  });

  it('fills a blank T12 department and unit row (read as header by the layout reader alone)', () => {
    const cells = derive(blank).cells;
    expect(find(cells, '表12!B7')).toMatchObject({ text: '2179.74' });
    expect(find(cells, '表12!B8')).toMatchObject({ text: '1424.84' });
    expect(find(cells, '表13!B7')).toMatchObject({ text: '10.27' });
  });

  it.each<[string, BuildOptions]>([
    ['renamed, shuffled sheets', { sheetNames: 'renamed', order: 'shuffled' }],
    ['all tables on one sheet', { multiTablePerSheet: true, origin: { row: 2, col: 1 } }],
    ['text amounts with separators', { amounts: 'text-comma', empty: 'dash' }],
    ['one-row headers, no labels', { header: 'single', dropLabel: true, spacerRows: true }],
  ])('round-trips in other layouts: %s', (_name, options) => {
    const workbook = detailOnly(options);
    for (const mode of ['values', 'formulas'] as const) {
      expect(errorsOf(applyPlan(workbook, planFill(derive(workbook), mode), mode === 'formulas'))).toEqual(
        [],
      );
    }
  });
});

describe('what cannot be filled', () => {
  it('leaves a conditional rule out when its condition fails, and says why', () => {
    // Part of the carry-over is not fiscal: T4's 类 lines no longer follow from T5 + T2.
    const workbook = buildWorkbook({
      edit: [
        { table: 'T4', row: '一、一般公共预算', col: '金额', occurrence: 2, value: '5.00' },
        { table: 'T4', row: '上年财政拨款结转', col: '金额', value: '5.00' },
      ],
    });
    const { cells, notes, notesEn } = derive(workbook);
    expect(cells.some((c) => c.relation === 'X.class-appropriation')).toBe(false);
    expect(notes.join('')).toContain('上年结转全部是财政拨款结转时');
    expect(notesEn).toHaveLength(notes.length);
    expect(notesEn.every(isEnglish)).toBe(true);
  });

  it('reports detail lines that contradict each other instead of hiding them', () => {
    const workbook = detailOnly({ edit: [{ table: 'T6', row: '差旅费', col: '公用经费', value: '57.00' }] });
    const { notes, notesEn } = derive(workbook);
    expect(notes.some((n) => n.includes('基本支出与经济科目表') && n.includes('明细数据本身不一致'))).toBe(
      true,
    );
    expect(notesEn.some((n) => n.includes('the detail figures disagree'))).toBe(true);
    expect(notesEn.every(isEnglish)).toBe(true);
  });
});

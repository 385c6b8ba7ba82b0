/**
 * The cases issue 9 opens with, on the seed's own figures: a one-row header with 收入项目 / 支出项目 and no
 * 收入/支出 row (13 errors today, none real), the 部门名称 line replaced by other text (every table lost
 * today), and the single-cell changes in 表1 and 表4 that such a layout let through.
 */
import Decimal from 'decimal.js';
import { cellText, type WorkbookSnapshot } from '../../src/engine';
import { check, cleanProblems } from './harness';
import { cellKey } from './model';
import { instancesOf, modelCells, hardCells } from './relations';
import { render, shownAt, withShown } from './render';
import { seedDepartment } from './seed-department';
import { NATIVE, type Variation } from './variation';

/** The seed's 尾差: samples/seed-2026.xlsx checks with 0 errors, 0 warnings and these 26 infos. */
const SEED_RESIDUALS = 26;

const ISSUE_HEADER: Variation = { ...NATIVE, headerDepth: 'one', nameWord: '收入项目/支出项目' };

function headerRow(wb: WorkbookSnapshot, sheet: string, row: number): string[] {
  return (wb.sheets.find((s) => s.name === sheet)!.rows[row] ?? []).map((c) => cellText(c));
}

describe('a 收支总表 whose single header row reads 收入项目 | 2026年 | 支出项目 | …', () => {
  const r = render(seedDepartment(), ISSUE_HEADER);

  it('is the layout the issue describes', () => {
    const t1 = r.tables.find((t) => t.key === 'T1')!;
    // Title, department line, unit line, then the one header row.
    expect(headerRow(r.workbook, t1.sheet, t1.titleRow + 3)).toEqual([
      '收入项目',
      '2026年',
      '支出项目',
      '2026年合计',
      '当年预算安排',
      '上年结转安排',
    ]);
    const t4 = r.tables.find((t) => t.key === 'T4')!;
    expect(headerRow(r.workbook, t4.sheet, t4.titleRow + 3).slice(0, 4)).toEqual([
      '收入项目',
      '金额',
      '支出项目',
      '小计',
    ]);
  });

  it('checks clean, with the seed’s 26 尾差', () => {
    const report = check(r);
    expect(cleanProblems(r, report)).toEqual([]);
    expect(report.summary).toEqual({ errors: 0, warnings: 0, infos: SEED_RESIDUALS });
  });

  it('and so does the same layout with 项目 over both sides (as today)', () => {
    const plain = render(seedDepartment(), { ...NATIVE, headerDepth: 'one' });
    expect(check(plain).summary).toEqual({ errors: 0, warnings: 0, infos: SEED_RESIDUALS });
  });

  it('every figure of 表1 and 表4 changed alone is an error naming it', () => {
    const dept = seedDepartment();
    const hard = hardCells(instancesOf(dept));
    const cells = modelCells(dept).filter(
      (c) => (c.table === 'T1' || c.table === 'T4') && hard.has(cellKey(c)) && !shownAt(r, c).isZero(),
    );
    expect(cells.length).toBeGreaterThan(30);
    const missed: string[] = [];
    for (const c of cells) {
      const at = r.cells.get(cellKey(c))!;
      const report = check({ ...r, workbook: withShown(r, c, shownAt(r, c).plus(new Decimal('0.1'))) });
      const named = report.findings.some(
        (f) =>
          f.severity === 'error' && f.cells.some((x) => x.sheet === at.sheet && x.address === at.address),
      );
      if (!named) missed.push(`${cellKey(c)} at ${at.sheet}!${at.address}`);
    }
    expect(missed).toEqual([]);
  });
});

describe('the 部门名称 line replaced by other text', () => {
  const r = render(seedDepartment(), NATIVE);

  /** The native seed layout with the line under every title rewritten. */
  function replaced(text: (old: string) => string): WorkbookSnapshot {
    return {
      ...r.workbook,
      sheets: r.workbook.sheets.map((s) => {
        const t = r.tables.find((x) => x.sheet === s.name)!;
        const rows = s.rows.map((x) => (x ? [...x] : x));
        const line = rows[t.titleRow + 1]!;
        expect(cellText(line[t.left])).toMatch(/^部门名称：/);
        line[t.left] = { value: text(cellText(line[t.left])) };
        return { ...s, rows };
      }),
    };
  }

  it.each([
    ['the name alone', (old: string) => old.replace(/^部门名称：/, '')],
    ['a date line', () => '公开日期：2026年2月'],
    ['编制单位：', (old: string) => old.replace(/^部门名称：/, '编制单位：')],
    ['a blank cell', () => ''],
  ])('keeps every table found and clean (%s)', (_name, text) => {
    const rr = { ...r, workbook: replaced(text) };
    const report = check(rr);
    expect(cleanProblems(rr, report)).toEqual([]);
    expect(report.tables).toHaveLength(13);
  });
});

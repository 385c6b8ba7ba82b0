/**
 * Layouts of single tables that real workbooks print and the seed does not: a project table's total at the
 * bottom or restated above the department, a unit-name column beside the project names, project names that
 * end like a unit; a "三公" table with fewer fund columns or in one row of figures; a one-figure 机关运行经费
 * table. Each is built from the seed in code: the clean layout checks with no error or warning and fills
 * nothing, and one changed cell in it is found and named.
 */
import { runCheck, type CellSnapshot, type CheckReport, type WorkbookSnapshot } from '../../src/engine';
import { derive, planFill } from '../../src/engine/derive';
import { address } from '../../src/engine/snapshot';
import { buildWorkbook } from '../fixtures/layouts';
import { withCell } from './grid';

type Rows = (CellSnapshot | undefined)[][];

const num = (value: number): CellSnapshot => ({ value, format: '#,##0.00' });
const text = (value: string): CellSnapshot => ({ value });

/** The seed with one sheet's rows and merges rewritten. */
function withSheet(name: string, edit: (rows: Rows, merges: string[]) => string[] | void): WorkbookSnapshot {
  const wb = buildWorkbook();
  return {
    ...wb,
    sheets: wb.sheets.map((s) => {
      if (s.name !== name) return s;
      const rows: Rows = s.rows.map((r) => (r ? [...r] : []));
      const merges = [...(s.merges ?? [])];
      const changed = edit(rows, merges);
      return { ...s, rows, merges: changed ?? merges };
    }),
  };
}

function relabel(rows: Rows, row: number, label: string): void {
  rows[row] = [text(label), ...rows[row].slice(1)];
}

/** A column inserted at A; the title and the lines above the header stay in A. */
function withColumnA(
  rows: Rows,
  merges: string[],
  cells: Record<number, string>,
  headerTop: number,
): string[] {
  rows.forEach((r, i) => {
    if (i < headerTop) return;
    r.unshift(cells[i] === undefined ? undefined : text(cells[i]));
  });
  const shift = (a1: string) => a1.replace(/[A-Z]+/, (c) => String.fromCharCode(c.charCodeAt(0) + 1));
  return merges.map((m) => {
    const [a, b] = m.split(':');
    return Number(/\d+/.exec(a)![0]) - 1 < headerTop
      ? `A${a.slice(1)}:${shift(b)}`
      : `${shift(a)}:${shift(b)}`;
  });
}

const problems = (report: CheckReport) =>
  report.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message}`);

function expectClean(wb: WorkbookSnapshot): void {
  expect(problems(runCheck(wb).report)).toEqual([]);
  expect(planFill(derive(wb), 'values').changes.map((c) => `${c.sheet}!${c.address}`)).toEqual([]);
}

/** One cell changed: an error (or a warning) is found, and the changed cell is among the cells it names. */
function expectSlipFound(
  wb: WorkbookSnapshot,
  sheet: string,
  row: number,
  col: number,
  value: number,
  severity: 'error' | 'warning' = 'error',
  /** The changed cell is the likeliest wrong one (where another relation points at it too). */
  first = severity === 'error',
): void {
  const { report } = runCheck(withCell(wb, sheet, row, col, num(value)));
  const errors = report.findings.filter((f) => f.severity === severity);
  expect(errors.length).toBeGreaterThan(0);
  const named = errors.flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.address}`));
  expect(named).toContain(`${sheet}!${address(row, col)}`);
  expect(errors.filter((f) => f.message.includes('「」')).map((f) => f.message)).toEqual([]);
  const suspects = report.suspects.map((c) => `${c.sheet}!${c.address}`);
  if (first) expect(suspects[0]).toBe(`${sheet}!${address(row, col)}`);
  else if (severity === 'error') expect(suspects).toContain(`${sheet}!${address(row, col)}`);
}

// The seed's 表12: rows 3–4 the header, 5 the column numbers, 6 the department, 7–22 units and projects;
// 9 is 外事业务工作经费 (258.31), 14 友协业务工作经费, 17 专项业务工作经费 of 山西省国际文化交流中心.
describe('项目支出表: where the department total is', () => {
  const layouts: Record<string, () => WorkbookSnapshot> = {
    'at the bottom, named 合计': () =>
      withSheet('表12', (rows) => {
        const [total] = rows.splice(6, 1);
        rows.push([text('合计'), ...total.slice(1)]);
      }),
    'at the bottom, named as the department': () =>
      withSheet('表12', (rows) => {
        const [total] = rows.splice(6, 1);
        rows.push(total);
      }),
    'a 合计 row above the department row': () =>
      withSheet('表12', (rows) => {
        rows.splice(6, 0, [text('合计'), ...rows[6].slice(1)]);
      }),
  };
  describe.each(Object.entries(layouts))('%s', (_name, build) => {
    const wb = build();
    const at = (label: string) =>
      wb.sheets.find((s) => s.name === '表12')!.rows.findIndex((r) => r?.[0]?.value === label);
    it('checks clean and fills nothing', () => expectClean(wb));
    it('finds a changed project figure', () =>
      expectSlipFound(wb, '表12', at('外事业务工作经费'), 1, 268.31));
  });
});

describe('项目支出表 with a 单位名称 column beside 项目名称', () => {
  const units: Record<number, string> = {
    7: '山西省人民政府外事办公室',
    13: '山西省人民对外友好协会',
    15: '山西省国际文化交流中心',
    18: '山西省人民政府外事办公室对外交流中心',
    20: '山西省外事服务和因公护照制证中心',
  };
  const unitColumn = (everyRow: boolean) =>
    withSheet('表12', (rows, merges) => {
      const cells: Record<number, string> = { 3: '单位名称' };
      let unit = '';
      for (let r = 7; r <= 22; r++) {
        unit = units[r] ?? unit;
        if (everyRow || units[r]) cells[r] = unit;
      }
      const shifted = withColumnA(rows, merges, cells, 3);
      // The unit's own row names it in the unit column only, where the unit is not repeated on its projects.
      if (!everyRow) for (const r of Object.keys(units)) rows[Number(r)][1] = undefined;
      return [...shifted, 'A4:A5'];
    });
  describe.each([
    ['the unit named on every project row', true],
    ['the unit named on its own row only', false],
  ])('%s', (_name, everyRow) => {
    const wb = unitColumn(everyRow);
    it('checks clean and fills nothing', () => expectClean(wb));
    it('finds a changed project figure', () => expectSlipFound(wb, '表12', 9, 2, 268.31));
  });
});

describe('项目支出表: a project named like a unit', () => {
  it.each([
    ['…中心', 17, '国际交流服务中心'],
    ['…协会', 14, '友好协会'],
  ])('%s is a project where the figures say so', (_name, row, label) => {
    const wb = withSheet('表12', (rows) => relabel(rows, row, label));
    expectClean(wb);
    expectSlipFound(wb, '表12', row, 2, 110);
    expectSlipFound(wb, '表12', row, 1, 110);
  });
});

// The seed's 表10: rows 4–5 the header (合计 | 一般公共预算 | 政府性基金预算 | 国有资本经营预算), 6–11 the lines.
describe('"三公" table with only 合计 and 一般公共预算 columns', () => {
  const wb = withSheet('表10', (rows, merges) => {
    for (let r = 4; r < rows.length; r++) rows[r] = rows[r].slice(0, 3);
    return merges.map((m) => (m === 'B5:E5' ? 'B5:C5' : m));
  });
  it('checks clean and fills nothing', () => expectClean(wb));
  it('finds a changed figure in either column', () => {
    expectSlipFound(wb, '表10', 7, 1, 86.47);
    expectSlipFound(wb, '表10', 7, 2, 86.47);
  });
});

describe('"三公" table in one row of figures, in the standard set', () => {
  const wb = withSheet('表10', (rows) => {
    rows.length = 4;
    rows.push(
      ['合计', '因公出国（境）费', '公务接待费', '公务用车购置及运行费'].map(text),
      ['合计', '因公出国（境）费', '公务接待费', '小计', '公务用车购置费', '公务用车运行维护费'].map(text),
      [num(742.77), num(650), num(76.47), num(16.3), undefined, num(16.3)],
    );
    return ['A2:E2', 'A5:A6', 'B5:B6', 'C5:C6', 'D5:F5'];
  });
  it('checks clean and fills nothing', () => expectClean(wb));
  it('keeps the workbook in the standard set and checks the table', () => {
    const { report } = runCheck(wb);
    expect(report.family).toBe('standard');
    expect(report.notApplicable ?? []).not.toContain('T10.rollup');
  });
  // Only the sum points at it: the item and the 合计 are equally suspect.
  it('finds a changed item', () => expectSlipFound(wb, '表10', 6, 2, 86.47, 'error', false));
});

describe('机关运行经费 table with a single figure', () => {
  const wb = withSheet('表11', (rows) => {
    rows.length = 3;
    rows.push([text('项目'), text('2026年预算数')], [text('机关运行经费'), num(414.79)]);
    return ['A1:E1'];
  });
  it('checks clean and fills nothing', () => expectClean(wb));
  it('finds the figure changed against 表6', () => expectSlipFound(wb, '表11', 4, 1, 4414.79, 'warning'));
});

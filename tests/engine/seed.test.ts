/** The seed workbook as published: every table found, no error, no warning, every 尾差 of budget-tables.md §4. */
import { runCheck } from '../../src/engine';
import { buildWorkbook, editAddress } from '../fixtures/layouts';

const { report, tables } = runCheck(buildWorkbook());

const at = (table: string, row: string, col: string, occurrence?: number) => {
  const a = editAddress({ table, row, col, value: '', ...(occurrence ? { occurrence } : {}) });
  return { sheet: a.sheet, address: a.address };
};

describe('the seed workbook', () => {
  it('has all 13 tables recognised', () => {
    expect(report.tables.map((t) => t.id)).toEqual([
      'T1',
      'T2',
      'T3',
      'T4',
      'T5',
      'T6',
      'T7',
      'T8',
      'T9',
      'T10',
      'T11',
      'T12',
      'T13',
    ]);
    for (const t of report.tables) expect(t.unit).toBe('万元');
  });

  it('checks with zero errors and zero warnings', () => {
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
    expect(report.suspects).toEqual([]);
  });

  it('reports every 尾差 as information, 0.01 each', () => {
    const infos = report.findings.filter((f) => f.severity === 'info');
    expect(infos.length).toBeGreaterThanOrEqual(20);
    for (const f of infos) expect(f.difference?.replace('-', '')).toBe('0.01');
  });

  it.each([
    ['T1 本年收入合计', 'T1.income-total', at('T1', '本年收入合计', '2026年'), '5660.05', '5660.04'],
    ['T1 收入总计', 'T1.income-grand-total', at('T1', '收入总计', '2026年'), '5670.31', '5670.32'],
    ['T1 本年支出合计', 'T1.expense-total', at('T1', '本年支出合计', '2026年合计'), '5670.31', '5670.32'],
    ['T2 20103 合计', 'T2.rollup', at('T2', '20103', '合计'), '4254.24', '4254.23'],
    ['T2 2101102 row', 'T2.row-total', at('T2', '2101102', '合计'), '51.26', '51.25'],
    ['T2 合计·一般公共预算', 'T2.rollup', at('T2', '合计', '一般公共预算'), '4542.59', '4542.60'],
    ['T3 20103 row', 'T3.row-total', at('T3', '20103', '合计'), '4264.50', '4264.51'],
    ['T3 201 合计', 'T3.rollup', at('T3', '201', '合计'), '4806.81', '4806.80'],
    [
      'T4 一般公共服务支出',
      'X.class-appropriation',
      at('T4', '一、一般公共服务支出', '一般公共预算'),
      '3811.21',
      '3811.22',
    ],
    ['T5 20103 基本支出', 'T5.rollup', at('T5', '20103', '基本支出'), '2163.51', '2163.50'],
    ['T6 合计', 'T6.rollup', at('T6', '合计', '合计'), '2905.15', '2905.16'],
    ['T2 20103 + 上年结转 vs T3', 'X.code-income-expense', at('T3', '20103', '合计'), '4264.50', '4264.51'],
  ])('%s', (_name, rule, cell, actual, expected) => {
    const f = report.findings.find(
      (x) => x.rule === rule && x.cells[0].sheet === cell.sheet && x.cells[0].address === cell.address,
    );
    expect(f).toMatchObject({ severity: 'info', actual, expected });
    expect(f!.message).toContain('尾差 0.01');
  });

  it('infers the department → unit → project levels of 表12 and 表13', () => {
    const t12 = tables.get('T12')!;
    const dept = t12.lines.get('total')!;
    expect(dept.children.map((u) => u.label)).toEqual([
      '山西省人民政府外事办公室',
      '山西省人民对外友好协会',
      '山西省国际文化交流中心',
      '山西省人民政府外事办公室对外交流中心',
      '山西省外事服务和因公护照制证中心',
    ]);
    expect(t12.rows.filter((r) => r.level === 2)).toHaveLength(11);
    const t13 = tables.get('T13')!;
    expect(t13.rows.map((r) => r.level)).toEqual([0, 1, 2]);
  });
});

/** Workbooks the property tests once broke the checker with, shrunk to their smallest form. */
import Decimal from 'decimal.js';
import { runCheck, type WorkbookSnapshot } from '../../src/engine';
import { workbookOf, type Item } from './budget';

it('an at-most rule with no rows on its lesser side (no 公务接待费 in 表6) is reported, not thrown', () => {
  const workbook: WorkbookSnapshot = {
    name: 'shrunk',
    sheets: [
      {
        name: '表10',
        rows: [
          [{ value: '财政拨款安排“三公”经费支出预算表' }],
          [{ value: '项目' }, { value: '合计' }],
          [{ value: '公务接待费' }, { value: '（12.00）' }],
        ],
      },
      { name: '表6', rows: [[{ value: '一般公共预算基本支出表' }], [{ value: '项目' }, { value: '合计' }]] },
    ],
  };
  const { report } = runCheck(workbook);
  const found = report.findings.find((f) => f.rule === 'S.hospitality');
  expect(found).toMatchObject({ severity: 'warning', actual: '0.00', expected: '-12.00' });
  expect(found!.message).toContain('表中无此行');
});

it('two 项 of 0.004 shown as 0.00 under a 款 of 0.01: 尾差, not errors', () => {
  const item = (code: string): Item => ({
    code,
    general: new Decimal('0.004'),
    unitFunds: new Decimal(0),
    carryOver: new Decimal(0),
    basicShare: 1,
    generalBasicShare: 1,
    subCent: true,
  });
  const workbook = workbookOf({
    items: [item('2010301'), item('2010302')],
    style: { text: false, zero: 'number' },
  });
  const { report } = runCheck(workbook);
  expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  expect(report.findings.some((f) => f.severity === 'info' && f.difference === '0.01')).toBe(true);
});

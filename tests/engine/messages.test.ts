/** Every finding speaks Chinese and English, with the same figures in both. */
import { runCheck } from '../../src/engine';
import { buildWorkbook, type Edit } from '../fixtures/layouts';

const edits: Edit[] = [
  { table: 'T6', row: '差旅费', col: '公用经费', value: '57.00' },
  { table: 'T1', row: '一、一般公共预算', col: '2026年', value: '4642.59' },
  { table: 'T11', row: '部门合计', col: '合计', value: '480.00' },
];
const { report } = runCheck(buildWorkbook({ edit: edits, dropTables: ['T9'] }));

it.each(report.findings.map((f) => [f.rule, f] as const))('%s has both languages', (_rule, f) => {
  expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  expect(f.messageEn).toBeDefined();
  expect(f.messageEn).not.toMatch(/[，。：]/);
  for (const figure of [f.actual, f.expected].filter((x): x is string => !!x && !/^\d{4}$/.test(x))) {
    expect(f.message).toContain(figure);
    expect(f.messageEn).toContain(figure);
  }
});

it('covers errors, warnings, 尾差 and notes', () => {
  expect(new Set(report.findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
  expect(report.findings.some((f) => f.rule === 'table-missing')).toBe(true);
});

/**
 * Property: a budget built the way real tables are (exact sums, then every shown cell rounded on its own)
 * has no errors. Rounding leaves 尾差, which must be reported as info and never as an error.
 */
import fc from 'fast-check';
import { runCheck } from '../../src/engine';
import { budget, workbookOf } from './budget';
import { propertyOptions } from './settings';

function errorsOf(b: Parameters<typeof workbookOf>[0]): string[] {
  const { report } = runCheck(workbookOf(b));
  expect(report.tables.map((t) => t.id)).toEqual(['T2', 'T3', 'T5']);
  return report.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`);
}

it('random valid T2/T3/T5 tables, each cell rounded half-up on its own: no errors', () => {
  fc.assert(
    fc.property(budget({ subCent: false }), (b) => {
      expect(errorsOf(b)).toEqual([]);
    }),
    propertyOptions(150),
  );
});

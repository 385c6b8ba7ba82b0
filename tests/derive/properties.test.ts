/**
 * Properties of filling on random budgets built the way real tables are (tests/properties/budget.ts: exact
 * sums, then every shown cell rounded on its own, so 尾差 everywhere): such a workbook has an empty fill plan;
 * with random derivable cells blanked, the fill writes exactly those blanks, and the result checks clean.
 */
import fc from 'fast-check';
import { runCheck } from '../../src/engine';
import { changeKey, derive, planFill, type FillMode } from '../../src/engine/derive';
import { address, type WorkbookSnapshot } from '../../src/engine/snapshot';
import { budget, workbookOf } from '../properties/budget';
import { propertyOptions } from '../properties/settings';
import { applyPlan, blankCells } from './helpers';

const errorsOf = (workbook: WorkbookSnapshot) =>
  runCheck(workbook)
    .report.findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule}: ${f.message}`);

it('random consistent workbooks: the fill plan is empty, in values and formulas mode', () => {
  fc.assert(
    fc.property(budget({ subCent: false }), (b) => {
      const derivation = derive(workbookOf(b));
      expect(derivation.cells.length).toBeGreaterThan(0);
      for (const mode of ['values', 'formulas'] as FillMode[]) {
        const plan = planFill(derivation, mode);
        expect(plan.changes.map(changeKey)).toEqual([]);
        expect(plan.conflicts).toEqual([]);
      }
    }),
    propertyOptions(40),
  );
});

it('random consistent workbooks with random blanks: those blanks filled, nothing else, no errors', () => {
  const withBlanks = budget({ subCent: false }).chain((b) => {
    const workbook = workbookOf(b);
    const cells = derive(workbook).cells.map((c) => c.cell);
    return fc
      .subarray(cells, { minLength: 1 })
      .map((blanked) => ({ workbook: blankCells(workbook, blanked), blanked }));
  });
  fc.assert(
    fc.property(withBlanks, ({ workbook, blanked }) => {
      const blank = new Set(blanked.map((c) => `${c.sheet}!${address(c.row, c.col)}`));
      for (const mode of ['values', 'formulas'] as FillMode[]) {
        const plan = planFill(derive(workbook), mode);
        expect(plan.conflicts).toEqual([]);
        for (const change of plan.changes)
          expect([changeKey(change), blank.has(changeKey(change))]).toEqual([changeKey(change), true]);
        expect(errorsOf(applyPlan(workbook, plan, mode === 'formulas'))).toEqual([]);
      }
    }),
    propertyOptions(40),
  );
});

/** Property: whatever the sheets hold, runCheck returns a report, never throws, and names only real cells. */
import fc from 'fast-check';
import { runCheck } from '../../src/engine';
import { workbook } from './grids';
import { propertyOptions } from './settings';

it('runCheck never throws, and its report names only cells of the workbook', () => {
  fc.assert(
    fc.property(workbook, (wb) => {
      const { report } = runCheck(wb);
      const sheets = new Set(wb.sheets.map((s) => s.name));
      const { errors, warnings, infos } = report.summary;
      expect(errors + warnings + infos).toBe(report.findings.length);
      for (const f of report.findings) {
        for (const c of f.cells) {
          expect(sheets.has(c.sheet)).toBe(true);
          expect(c.address).toMatch(/^[A-Z]+[1-9]\d*$/);
        }
      }
    }),
    propertyOptions(200),
  );
});

/** The self-test the 关于 view runs in real Excel, run here on the fake Excel with the bundled sample. */
import { smokeTest, SMOKE_STEPS } from '../../src/hosts/office/smoke';
import { installFakeExcel, type OfficeJs } from './fake-excel';
import { plantedSample } from './workbooks';

describe('the smoke test', () => {
  it.each<OfficeJs>(['local', 'cdn'])(
    'reads, checks, marks, clears, fills and reverts the sample, leaving it as it was (%s office.js)',
    async (officeJs) => {
      const { workbook } = await plantedSample();
      const before = structuredClone(workbook);
      const excel = installFakeExcel(workbook, { officeJs });
      const heard: string[] = [];

      const steps = await smokeTest((step) => heard.push(step.step));

      expect(steps.map((s) => [s.step, s.ok, s.error])).toEqual(SMOKE_STEPS.map((s) => [s, true, undefined]));
      expect(heard).toEqual(SMOKE_STEPS);
      const figures = Object.fromEntries(steps.map((s) => [s.step, s.figures]));
      expect(figures.check).toMatchObject({ tables: 13 });
      expect(Number(figures.check.errors)).toBeGreaterThan(0);
      expect(figures.mark).toMatchObject({ annotations: officeJs === 'cdn' ? 'notes' : 'comments' });
      expect(figures.clear).toEqual({ formats: expect.any(Number), texts: figures.mark.texts });
      expect(figures.fill.written).toBeGreaterThan(0);
      expect(figures.fill.oneUndoStep).toBe(officeJs === 'cdn');
      expect(figures.revert).toEqual({ restored: figures.fill.written, skipped: 0 });
      expect(workbook.sheets.map((s) => [s.conditionalFormats, s.notes, s.comments])).toEqual(
        before.sheets.map((s) => [s.conditionalFormats, s.notes, s.comments]),
      );
      expect(workbook.settings).toEqual({});
      excel.uninstall();
    },
  );

  it('stops at the first step that fails and says why', async () => {
    const { workbook } = await plantedSample();
    workbook.sheets[1].protected = true;
    const excel = installFakeExcel(workbook);

    const steps = await smokeTest();

    expect(steps.map((s) => [s.step, s.ok])).toEqual([
      ['read', true],
      ['check', true],
      ['mark', false],
    ]);
    expect(steps[2].error).toContain(workbook.sheets[1].name);
    excel.uninstall();
  });
});

/**
 * A table-driven tester for the relationship catalog, in the manner of ESLint's RuleTester: each relation gets
 * valid workbooks (no error or warning from it) and invalid ones (it reports the changed cell).
 */
import { CATALOG, runCheck, type Finding, type WorkbookSnapshot } from '../../src/engine';
import { buildWorkbook, editAddress, type BuildOptions, type Edit } from '../fixtures/layouts';

export interface ValidCase {
  readonly name: string;
  readonly workbook: () => WorkbookSnapshot;
}

export interface InvalidCase {
  readonly name: string;
  /** One figure of the seed changed; its cell is the one the finding must name. */
  readonly edit?: Edit;
  /** Or a workbook made for the case, with the cell the finding must name. */
  readonly workbook?: () => WorkbookSnapshot;
  readonly cell?: { readonly sheet: string; readonly address: string };
  readonly options?: BuildOptions;
}

export interface RuleCases {
  readonly valid: readonly ValidCase[];
  readonly invalid: readonly InvalidCase[];
}

export const SEED_VALID: ValidCase = { name: 'the seed as published', workbook: () => buildWorkbook() };

function reported(findings: readonly Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule || f.rule.startsWith(`${rule}.`));
}

export function runRuleTests(rule: string, cases: RuleCases): void {
  const relation = CATALOG.find((r) => r.id === rule || r.id.startsWith(`${rule}.`));
  describe(rule, () => {
    it('is declared in the catalog', () => expect(relation).toBeDefined());

    it.each(cases.valid.map((c) => [c.name, c] as const))('valid: %s', (_name, c) => {
      const { report } = runCheck(c.workbook());
      const bad = reported(report.findings, rule).filter((f) => f.severity !== 'info');
      expect(bad).toEqual([]);
    });

    it.each(cases.invalid.map((c) => [c.name, c] as const))('invalid: %s', (_name, c) => {
      const workbook = c.workbook ? c.workbook() : buildWorkbook({ ...c.options, edit: [c.edit!] });
      const cell = c.cell ?? (({ sheet, address }) => ({ sheet, address }))(editAddress(c.edit!, c.options));
      const { report } = runCheck(workbook);
      const found = reported(report.findings, rule).filter((f) => f.severity === relation!.severity);
      expect(found.length).toBeGreaterThan(0);
      const naming = found.filter((f) =>
        f.cells.some((x) => x.sheet === cell.sheet && x.address === cell.address),
      );
      expect(naming).not.toEqual([]);
      for (const f of naming.filter((x) => x.expected !== undefined)) {
        expect(f.actual).not.toEqual(f.expected);
        expect(f.message).toContain(f.actual);
      }
    });
  });
}

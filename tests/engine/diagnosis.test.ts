/**
 * Planted errors and a sweep of single-cell changes: every change of 0.10 or more is found, and the changed
 * cell is the first suspect.
 */
import * as fs from 'fs';
import * as path from 'path';
import { address, runCheck, type CellSnapshot, type WorkbookSnapshot } from '../../src/engine';
import { readWorkbook } from '../../src/hosts/xlsx/read';
import { buildWorkbook, type BuildOptions } from '../fixtures/layouts';
import { withCell } from './grid';

interface Planted {
  sheet: string;
  address: string;
  original: string;
  planted: string;
  kind: string;
}
const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const planted: Planted[] = JSON.parse(fs.readFileSync(path.join(SAMPLES, 'planted-errors.json'), 'utf8'));

function cellRef(a1: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  return {
    row: Number(m[2]) - 1,
    col: m[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1,
  };
}

describe('planted errors', () => {
  it.each(planted.map((p) => [p.kind, p] as const))(
    'a %s error alone is found and its cell ranks first',
    (_kind, p) => {
      const { row, col } = cellRef(p.address);
      const wb = withCell(buildWorkbook(), p.sheet, row, col, {
        value: Number(p.planted),
        format: '#,##0.00',
      });
      const { report } = runCheck(wb);
      expect(report.summary.errors).toBeGreaterThan(0);
      expect(report.findings.filter((f) => f.severity === 'error').every((f) => f.cells.length > 0)).toBe(
        true,
      );
      expect(report.suspects[0]).toMatchObject({ sheet: p.sheet, address: p.address });
    },
  );

  it('the sample with all four planted errors: each is reported, and the four lead the suspects', async () => {
    const snapshot = await readWorkbook(fs.readFileSync(path.join(SAMPLES, 'seed-2026-planted-errors.xlsx')));
    const { report } = runCheck(snapshot);
    for (const p of planted) {
      const f = report.findings.find(
        (x) => x.severity === 'error' && x.cells.some((c) => c.sheet === p.sheet && c.address === p.address),
      );
      expect(f).toBeDefined();
    }
    const top = report.suspects.slice(0, planted.length).map((s) => `${s.sheet}!${s.address}`);
    expect(top.sort()).toEqual(planted.map((p) => `${p.sheet}!${p.address}`).sort());
  });
});

/** Every shown figure of a layout, and the blank amount cells, by where they sit. */
function amountCells(wb: WorkbookSnapshot): {
  filled: { sheet: string; row: number; col: number }[];
  blank: typeof filled;
} {
  const { tables } = runCheck(wb);
  const filled: { sheet: string; row: number; col: number }[] = [];
  const blank: typeof filled = [];
  for (const t of tables.values()) {
    for (const r of t.rows)
      for (const f of Object.values(r.figures)) if (f) (f.empty ? blank : filled).push(f.cell);
  }
  const uniq = (cells: typeof filled) => [
    ...new Map(cells.map((c) => [`${c.sheet}!${c.row},${c.col}`, c])).values(),
  ];
  return { filled: uniq(filled), blank: uniq(blank) };
}

function shifted(cell: CellSnapshot | undefined, delta: number): CellSnapshot {
  const text = String(cell?.value ?? '0').replace(/,/g, '');
  const value = Math.round((Number(text) + delta) * 100) / 100;
  return typeof cell?.value === 'string' ? { value: value.toFixed(2) } : { value, format: '#,##0.00' };
}

describe.each([
  ['the seed layout', {}, 0.1],
  [
    'a layout unlike the sample',
    {
      sheetNames: 'renamed',
      order: 'shuffled',
      origin: { row: 2, col: 1 },
      spacerRows: true,
      amounts: 'text',
      empty: 'zero',
      header: 'single',
    },
    -0.1,
  ],
] as const)('every single-cell change in %s', (_name, options: BuildOptions, delta) => {
  const base = buildWorkbook(options);
  const { filled } = amountCells(base);

  it(`changing any figure by ${delta} is an error pointing at that cell`, () => {
    expect(filled.length).toBeGreaterThan(350);
    const misses: string[] = [];
    for (const c of filled) {
      const sheet = base.sheets.find((s) => s.name === c.sheet)!;
      const { report } = runCheck(
        withCell(base, c.sheet, c.row, c.col, shifted(sheet.rows[c.row]?.[c.col], delta)),
      );
      const top = report.suspects[0];
      if (report.summary.errors === 0 || top.sheet !== c.sheet || top.address !== address(c.row, c.col)) {
        misses.push(`${c.sheet}!${address(c.row, c.col)}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

describe('a figure typed into an empty amount cell', () => {
  const base = buildWorkbook();
  const { blank } = amountCells(base);
  it('is always an error, with the cell among the best-scored suspects', () => {
    expect(blank.length).toBeGreaterThan(400);
    const misses: string[] = [];
    for (const c of blank) {
      const { report } = runCheck(withCell(base, c.sheet, c.row, c.col, { value: 0.1, format: '#,##0.00' }));
      const best = report.suspects.filter((s) => s.score === report.suspects[0]?.score);
      if (
        report.summary.errors === 0 ||
        !best.some((s) => s.sheet === c.sheet && s.address === address(c.row, c.col))
      ) {
        misses.push(`${c.sheet}!${address(c.row, c.col)}`);
      }
    }
    expect(misses).toEqual([]);
  });
});

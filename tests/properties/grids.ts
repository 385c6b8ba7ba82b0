/**
 * Random workbooks for the recognition property: sheets of stacked table-shaped blocks (a title, unit lines,
 * header rows, labelled rows of figures), stray rows and blank rows, with random merges. Drawn from the
 * vocabulary, so most get past the title and into header, column and row reading.
 */
import fc from 'fast-check';
import { address, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from '../../src/engine';
import { AMOUNT_TEXT, ERRORS, HEADERS, LABELS, META, TITLES } from './vocabulary';

const year = fc.constantFrom('', '2025年', '2026年', '2026 年');
const words: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(year, fc.constantFrom(...TITLES)).map(([y, t]) => y + t) },
  { weight: 2, arbitrary: fc.constantFrom(...META) },
  { weight: 5, arbitrary: fc.constantFrom(...HEADERS) },
  { weight: 5, arbitrary: fc.constantFrom(...LABELS) },
  { weight: 3, arbitrary: fc.constantFrom(...AMOUNT_TEXT) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
);

const cell: fc.Arbitrary<CellSnapshot | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 6, arbitrary: words.map((value): CellSnapshot => ({ value })) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ noNaN: true, min: -1e9, max: 1e9 })),
        fc.constantFrom(undefined, '#,##0.00', '0', 'General', '0.00%', '#,##0.00;(#,##0.00)'),
      )
      .map(([value, format]): CellSnapshot => (format ? { value, format } : { value })),
  },
  // What the Office host hands over: shown text beside the raw value (`###` for a narrow column).
  {
    weight: 1,
    arbitrary: fc.tuple(words, fc.double({ noNaN: true })).map(([text, value]) => ({ text, value })),
  },
  { weight: 1, arbitrary: fc.constant<CellSnapshot>({ text: '###', value: 1234.5 }) },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error): CellSnapshot => ({ value: null, error })) },
  { weight: 1, arbitrary: fc.constant<CellSnapshot>({ value: null, formulaWithoutResult: true }) },
  { weight: 1, arbitrary: fc.boolean().map((value): CellSnapshot => ({ value })) },
  { weight: 1, arbitrary: fc.constant<CellSnapshot>({ value: Number.POSITIVE_INFINITY }) },
);

type Row = readonly (CellSnapshot | undefined)[];

const noise: fc.Arbitrary<Row> = fc.array(cell, { maxLength: 9 });

/** `n` empty cells, then `cells`: tables need not start in column A. */
const indented = (cells: fc.Arbitrary<Row>, pad: number) =>
  cells.map((c) => [...Array<undefined>(pad), ...c]);

const text = (arb: fc.Arbitrary<string>) => arb.map((value): CellSnapshot => ({ value }));
const amountCell = fc.oneof(cell, cell, text(fc.constantFrom(...AMOUNT_TEXT)));

/** Something shaped like a table: title, department and unit lines, header rows, labelled rows of figures. */
const table: fc.Arbitrary<Row[]> = fc.nat(3).chain((pad) =>
  fc
    .tuple(
      indented(
        text(fc.tuple(year, fc.constantFrom(...TITLES)).map(([y, t]) => y + t)).map((c) => [c]),
        pad,
      ),
      fc.array(
        indented(
          text(fc.constantFrom(...META)).map((c) => [c]),
          pad,
        ),
        { maxLength: 2 },
      ),
      fc.array(
        indented(
          fc.array(fc.option(text(fc.constantFrom(...HEADERS)), { nil: undefined }), {
            minLength: 2,
            maxLength: 8,
          }),
          pad,
        ),
        { minLength: 1, maxLength: 3 },
      ),
      fc.array(
        indented(
          fc
            .tuple(
              text(fc.constantFrom(...LABELS)),
              fc.option(text(words), { nil: undefined }),
              fc.array(amountCell, { maxLength: 7 }),
            )
            .map(([label, name, amounts]) => [label, name, ...amounts]),
          pad,
        ),
        { maxLength: 12 },
      ),
    )
    .map(([title, meta, header, data]) => [title, ...meta, ...header, ...data]),
);

/** Tables, stray rows and blank rows, stacked. */
const rows: fc.Arbitrary<(Row | undefined)[]> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: table },
      { weight: 2, arbitrary: noise.map((r) => [r]) },
      { weight: 1, arbitrary: fc.constant([undefined]) },
    ),
    { maxLength: 5 },
  )
  .map((blocks) => blocks.flat());

/** Merges anywhere in (and a little beyond) the grid, including single cells and reversed corners. */
const merge = fc
  .tuple(fc.nat(30), fc.nat(10), fc.nat(30), fc.nat(10))
  .map(([r1, c1, r2, c2]) => `${address(r1, c1)}:${address(r2, c2)}`);

const sheet: fc.Arbitrary<SheetSnapshot> = fc.record(
  {
    name: fc.oneof(
      fc.constantFrom('表1', '表2', 'Sheet1', '表3 (2)'),
      fc.string({ minLength: 1, maxLength: 10 }),
    ),
    rows,
    merges: fc.array(merge, { maxLength: 4 }),
    hidden: fc.boolean(),
  },
  { requiredKeys: ['name', 'rows'] },
);

export const workbook: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  name: fc.constant('random'),
  sheets: fc.array(sheet, { maxLength: 4 }),
});

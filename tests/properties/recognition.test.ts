/**
 * Property: whatever the sheets hold, runCheck returns a report and never throws. The grids are random, but
 * drawn from the words recognition looks for (table titles, unit lines, header words, row labels and codes,
 * amounts in every spelling), so most of them get past the title and into header, column and row reading.
 */
import fc from 'fast-check';
import {
  address,
  runCheck,
  type CellSnapshot,
  type SheetSnapshot,
  type WorkbookSnapshot,
} from '../../src/engine';
import { TABLE_NAMES } from '../../src/engine/recognize/titles';
import { propertyOptions } from './settings';

const TITLES = [
  ...Object.values(TABLE_NAMES),
  '部门收支总表',
  '部门收支预算总表',
  '收入预算总表',
  '一般公共预算基本支出表',
  '一般公共预算安排基本支出分经济科目表（不含上年结转）',
  '财政拨款安排“三公”经费支出预算表',
  '项目支出预算表（上年结转）',
  '目录',
  '预算公开表3',
  '表5',
];
const META = ['部门名称：某某局', '单位：万元', '单位：元', '金额单位：元', '部门名称：某某局 单位：万元'];
const HEADERS = [
  '项目',
  '科目编码',
  '科目名称',
  '收入科目编码',
  '单位名称',
  '合计',
  '小计',
  '总计',
  '本年收入',
  '一般公共预算',
  '政府性基金',
  '政府性基金预算',
  '国有资本经营预算',
  '财政专户管理资金',
  '单位资金',
  '上年结转',
  '当年预算安排',
  '基本支出',
  '项目支出',
  '人员经费',
  '公用经费',
  '2026年预算数',
  '金额',
  '2026',
  '其中',
  '部门预算支出经济科目名称',
  '政府预算支出经济科目名称',
];
const LABELS = [
  '合计',
  '总计',
  '部门合计',
  '本年收入合计',
  '本年支出合计',
  '收入总计',
  '支出总计',
  '上年结转',
  '年终结转',
  '一、一般公共预算',
  '二、政府性基金预算',
  '一般公共服务支出',
  '工资福利支出',
  '商品和服务支出',
  '基本工资',
  '因公出国（境）费',
  '公务接待费',
  '公务用车购置及运行费',
  '①公务用车购置费',
  '②公务用车运行维护费',
  '山西省人民政府外事办公室',
  '某某协会',
  '本级',
  '对外交流经费',
  '注：本表无数据',
  '注：部分金额可能存在尾差',
  '201',
  '20103',
  '2010301',
  '2010302',
  '208',
  '20805',
  '2080501',
  '99',
  '2010301 行政运行',
];
const AMOUNT_TEXT = [
  '4,542.59',
  '４５４２．５９',
  '(12.00)',
  '（12.00）',
  '12.00-',
  '1.2E+3',
  ' 3.5 ',
  '-',
  '—',
  '0',
  '0.00',
  '1,23',
  '12%',
];
const ERRORS = ['#REF!', '#DIV/0!', '#VALUE!', '#N/A', '#NAME?'];

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

const workbook: fc.Arbitrary<WorkbookSnapshot> = fc.record({
  name: fc.constant('random'),
  sheets: fc.array(sheet, { maxLength: 4 }),
});

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

/**
 * What checking each corpus file (scripts/corpus/, written to tests/corpus/files/) must give, through the
 * engine and through the command line. The one place these outcomes are stated.
 *
 * - unreadable: the reader refuses the file with `reason`; the CLI prints one line
 *   `无法读取 <file>：<message>` and exits 2.
 * - no-tables: the file reads but holds no disclosure table; the CLI says so on one line and exits 2.
 * - checked: the report's summary is exactly `summary`; every error and warning other than table-missing is
 *   one of `findings` and each of `findings` is there; the text report has a line matching each of `text`;
 *   the CLI exits `exit`.
 */
import type { WorkbookReadReason } from '../../src/hosts/xlsx/read';
import type { Severity } from '../../src/engine/report';

export interface ExpectedFinding {
  readonly rule: string;
  readonly severity: Severity;
  /** The checked (first) cell, `表3!D9`. */
  readonly cell: string;
  readonly message?: RegExp;
}

export interface Summary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

export type Expected =
  | { readonly kind: 'unreadable'; readonly reason: WorkbookReadReason; readonly message: RegExp }
  | { readonly kind: 'no-tables'; readonly message: RegExp }
  | {
      readonly kind: 'checked';
      readonly exit: 0 | 1;
      readonly summary: Summary;
      readonly findings?: readonly ExpectedFinding[];
      /** Table id → the sheet it must be read from (and its unit, where that is the point). */
      readonly tables?: Readonly<Record<string, { readonly sheet: string; readonly unit?: '万元' | '元' }>>;
      /** Lines the text report must have. */
      readonly text?: readonly RegExp[];
    };

/** samples/seed-2026.xlsx: no errors, no warnings, 26 尾差 (README). */
const SEED: Summary = { errors: 0, warnings: 0, infos: 26 };
/** A lone 预算支出总表: the other eight core tables missing (warnings), four provincial ones (infos). */
const T3_ALONE: Summary = { errors: 0, warnings: 8, infos: 4 };

const NO_TABLES = /^没有找到可识别的预算公开表/;
const unreadableCell = (cell: string, content: string, reason: string): ExpectedFinding => {
  const [sheet, address] = cell.split('!');
  return {
    rule: 'cell-unreadable',
    severity: 'error',
    cell,
    message: new RegExp(`工作表「${sheet}」${address} ${content ? `的内容「${content}」` : ''}${reason}`),
  };
};

export const EXPECTATIONS: Readonly<Record<string, Expected>> = {
  'not-a-zip.xlsx': { kind: 'unreadable', reason: 'not-xlsx', message: /^不是 Excel 工作簿（\.xlsx）文件$/ },
  'zero-bytes.xlsx': { kind: 'unreadable', reason: 'not-xlsx', message: /^不是 Excel 工作簿（\.xlsx）文件$/ },
  'zip-not-workbook.xlsx': {
    kind: 'unreadable',
    reason: 'not-workbook',
    message: /^不是 Excel 工作簿（\.xlsx）文件：这是一个压缩包，但里面没有工作簿/,
  },
  'truncated.xlsx': { kind: 'unreadable', reason: 'corrupt', message: /^工作簿文件不完整或已损坏/ },
  'encrypted.xlsx': { kind: 'unreadable', reason: 'encrypted', message: /^工作簿已加密（设有打开密码）/ },
  'legacy-xls.xlsx': { kind: 'unreadable', reason: 'legacy-xls', message: /^这是旧版 \.xls 文件/ },
  'empty-workbook.xlsx': { kind: 'unreadable', reason: 'empty', message: /^工作簿中没有任何工作表$/ },
  'no-tables.xlsx': { kind: 'no-tables', message: NO_TABLES },
  'duplicate-table.xlsx': {
    kind: 'checked',
    exit: 0,
    summary: { ...SEED, warnings: 1 },
    findings: [
      {
        rule: 'table-duplicate',
        severity: 'warning',
        cell: '表2!A2',
        message: /工作表「表2」和「表2 \(2\)」都像是表2.*只审核了「表2」/,
      },
    ],
    tables: { T2: { sheet: '表2' } },
  },
  'merged-amounts.xlsx': { kind: 'checked', exit: 0, summary: SEED },
  'whole-column-merge.xlsx': {
    kind: 'checked',
    exit: 0,
    summary: SEED,
  },
  'split-header.xlsx': { kind: 'checked', exit: 0, summary: SEED },
  'text-amounts.xlsx': { kind: 'checked', exit: 0, summary: SEED },
  'odd-amounts.xlsx': { kind: 'checked', exit: 0, summary: T3_ALONE, tables: { T3: { sheet: '支出总表' } } },
  // The unreadable cells are errors; the relations they take part in are left unchecked (fewer 尾差).
  'error-values.xlsx': {
    kind: 'checked',
    exit: 1,
    summary: { errors: 3, warnings: 0, infos: 24 },
    findings: [
      unreadableCell('表3!D9', '#REF!', '是错误值'),
      unreadableCell('表5!C6', '#DIV/0!', '是错误值'),
      unreadableCell('表6!E32', '#VALUE!', '是错误值'),
    ],
  },
  // 表3's formulas have cached results and check as figures; 表11's two have none.
  'formulas-without-result.xlsx': {
    kind: 'checked',
    exit: 1,
    summary: { ...SEED, errors: 2 },
    findings: [
      unreadableCell('表11!B6', '', '公式没有计算结果'),
      unreadableCell('表11!C6', '', '公式没有计算结果'),
    ],
  },
  'hidden-rows-and-sheets.xlsx': { kind: 'checked', exit: 0, summary: SEED },
  'hidden-draft-first.xlsx': {
    kind: 'checked',
    exit: 0,
    summary: { ...SEED, warnings: 1 },
    findings: [{ rule: 'table-duplicate', severity: 'warning', cell: '表3!A1', message: /只审核了「表3」/ }],
    tables: { T3: { sheet: '表3' } },
  },
  'yuan-tables.xlsx': {
    kind: 'checked',
    exit: 0,
    summary: SEED,
    tables: { T10: { sheet: '表10', unit: '元' }, T11: { sheet: '表11', unit: '元' } },
  },
  'rows-20000.xlsx': { kind: 'checked', exit: 0, summary: T3_ALONE, tables: { T3: { sheet: '支出总表' } } },
  // Five times as many rows: checked in about five times the time, not hung.
  'rows-100000.xlsx': { kind: 'checked', exit: 0, summary: T3_ALONE, tables: { T3: { sheet: '支出总表' } } },
  'columns-5000.xlsx': { kind: 'checked', exit: 0, summary: SEED },
  'last-row-note.xlsx': { kind: 'checked', exit: 0, summary: SEED },
  // Each number cell that stores no number is one unreadable cell, never a zero or a blank; the relations it
  // takes part in are left unchecked (fewer 尾差), so no relation fails because of it.
  'stored-not-numbers.xlsx': {
    kind: 'checked',
    exit: 1,
    summary: { errors: 4, warnings: 0, infos: 24 },
    findings: [
      unreadableCell('表3!D9', '0x10', '不是数字'),
      unreadableCell('表5!C8', '（空）', '不是数字'),
      unreadableCell('表6!C9', '（空）', '不是数字'),
      unreadableCell('表2!H9', '453.29元', '不是数字'),
    ],
  },
  'invalid-utf8.xlsx': {
    kind: 'unreadable',
    reason: 'bad-text',
    message:
      /^工作簿中有不是有效 UTF-8 编码的文字（共享文字 xl\/sharedStrings\.xml），文件可能已被其他程序改坏/,
  },
  // The label is cut to Excel's length and the row read: the workbook checks as the seed does, and the cut
  // is one warning on the cell.
  'long-label.xlsx': {
    kind: 'checked',
    exit: 0,
    summary: { ...SEED, warnings: 1 },
    findings: [
      {
        rule: 'cell-text-cut',
        severity: 'warning',
        cell: '表3!B9',
        message:
          /^工作表「表3」B9 的文字有 1,048,580 个字符，超过了 Excel 单元格的上限 32,767 个字符，只读取了前 32,767 个字符。/,
      },
    ],
    text: [/^ {2}1\. 工作表「表3」B9 的文字有 1,048,580 个字符/],
  },
  'odd-sheet-names.xlsx': {
    kind: 'checked',
    exit: 0,
    summary: SEED,
    tables: {
      T2: { sheet: "'表2 收入'" },
      T3: { sheet: '表3\t支出' },
      T5: { sheet: '\u200f表5 ميزانية' },
      T6: { sheet: "It's 表6" },
    },
  },
  // The figure is checked like any other, and every report (text, JSON, the pane) writes it as a power of ten.
  'huge-number.xlsx': {
    kind: 'checked',
    exit: 1,
    summary: { errors: 2, warnings: 0, infos: 25 },
    findings: [
      { rule: 'T3.row-total', severity: 'error', cell: '表3!C9' },
      { rule: 'T3.rollup', severity: 'error', cell: '表3!D8' },
    ],
    text: [/^ {5}应为 1\.7×10³⁰⁸ {2}实际 1682\.87 {2}差额 -1\.7×10³⁰⁸$/],
  },
  'cells-3000000.xlsx': {
    kind: 'unreadable',
    reason: 'too-large',
    message: /^超出了本工具的处理上限：单元格超过 1,000,000 个$/,
  },
  'sheets-1001.xlsx': {
    kind: 'unreadable',
    reason: 'too-large',
    message: /^超出了本工具的处理上限：工作表有 1,001 张，最多 1,000 张$/,
  },
  'zip-bomb.xlsx': {
    kind: 'unreadable',
    reason: 'too-large',
    message: /^超出了本工具的处理上限：解压后共 640 MB，最多 512 MB（可能是“压缩炸弹”）$/,
  },
};

/**
 * One typed record of every way a layout can differ from the template as published, so a failing case
 * prints exactly which variation broke. `native` always means "as this family publishes it".
 */
import fc from 'fast-check';

export interface Variation {
  /** The word over name columns (`项目`, `收入项目`/`支出项目` on the two sides of a 收支总表…). */
  readonly nameWord: 'native' | '项目' | '项　　目' | '收入项目/支出项目' | '科目名称' | '功能分类科目';
  /** The word over a table's single amount column, or over its amount columns as a group. */
  readonly amountWord: 'native' | '预算数' | '本年预算数' | '{Y}年预算数' | '金额' | '金额（单位）';
  /** The total column's word; `numbered` writes `1.合计 | 2.基本支出 | …`. */
  readonly totalWord: 'native' | '合计' | '合 计' | '合　计' | 'numbered';
  /** The 一般公共预算 column's word. */
  readonly fundWord: 'native' | '一般公共预算拨款' | '一般公共预算财政拨款';
  /** Spaces inside two-character header words (`合 计`, `金\u3000额`). */
  readonly headerSpacing: 'none' | 'half' | 'full';
  /** A line break inside header words of six characters or more. */
  readonly headerBreaks: boolean;
  /** One header row (the lowest word of each column), as published, or an extra group row on top. */
  readonly headerDepth: 'one' | 'native' | 'grouped';
  /** The 收入/支出 row above a 收支总表: as published, absent, or the plain words 收入 and 支出. */
  readonly sideGroup: 'native' | 'none' | '收入/支出';
  /** Classification codes: own column, split 类 | 款 | 项, written before the name, or none (names indented). */
  readonly codes: 'native' | 'one-column' | 'split' | 'in-name' | 'none' | 'empty-column';
  /** How a code is typed: `2010301`, `201-03-01`, `201.03.01`, `201·03·01`, `201 03 01`, `２０１０３０１`. */
  readonly codeStyle: 'plain' | 'dash' | 'dot' | 'middle-dot' | 'spaced' | 'fullwidth';
  /** How names show their level when there are no codes. */
  readonly indent: 'spaces' | 'full-spaces' | '其中';
  /** One table per sheet, all on one sheet, or two per sheet, one under another. */
  readonly stacking: 'sheet-per-table' | 'one-sheet' | 'two-per-sheet';
  /** The longest coded table runs on to the next sheet under `续表`, with its header again or without. */
  readonly continued: 'none' | 'repeat-header' | 'no-header';
  /** The department line's word, no line, or the department named in the title only. */
  readonly department:
    | 'native'
    | 'absent'
    | '部门名称：'
    | '编制单位：'
    | '单位名称：'
    | '填报单位：'
    | '编制部门：'
    | 'in-title';
  /** Where the unit sits in the lines above the header. */
  readonly unitPlace: 'native' | 'own-line' | 'own-line-right' | 'department-line-right' | 'department-cell';
  readonly unitWord: 'native' | '单位：' | '金额单位：' | '单位:';
  /** Amounts in 元 converted from 万元 (whole hundreds), in exact 元, in 万元, or as published. */
  readonly money: 'native' | 'yuan-converted' | 'yuan-exact' | 'wan';
  /** Every table in that unit, or every other table (元 tables beside 万元 tables). */
  readonly moneyTables: 'all' | 'alternate';
  readonly titleMerge: boolean;
  /** What the title cell holds besides the title: brackets, the unit, a colon, the department above it. */
  readonly titleStyle: 'plain' | '（公开）' | 'unit-in-title' | 'colon' | 'department-above';
  /** How an empty amount shows. */
  readonly empty: 'native' | 'blank' | 'zero' | 'dash' | 'emdash';
  /**
   * Amounts as number cells, or text: plain, with thousands separators, full-width; or number cells whose
   * format shows two more decimals than the figures carry (`0.0000` over figures rounded to the fen).
   */
  readonly amounts: 'number' | 'text' | 'text-comma' | 'fullwidth' | 'padded';
  /** `预算公开表N` above titles: as published, none, or above every table. */
  readonly labelLine: 'native' | 'none' | 'all';
  /** A note line under tables: as published, none, or under every table. */
  readonly note: 'native' | 'none' | 'all';
  readonly sheetNames: 'native' | 'renamed' | 'generic';
  readonly order: 'native' | 'shuffled' | 'reversed';
  /** Zero-based cell where each sheet's first table starts. */
  readonly origin: { readonly row: number; readonly col: number };
}

export const NATIVE: Variation = {
  nameWord: 'native',
  amountWord: 'native',
  totalWord: 'native',
  fundWord: 'native',
  headerSpacing: 'none',
  headerBreaks: false,
  headerDepth: 'native',
  sideGroup: 'native',
  codes: 'native',
  codeStyle: 'plain',
  indent: 'spaces',
  stacking: 'sheet-per-table',
  continued: 'none',
  department: 'native',
  unitPlace: 'native',
  unitWord: 'native',
  money: 'native',
  moneyTables: 'all',
  titleMerge: true,
  titleStyle: 'plain',
  empty: 'native',
  amounts: 'number',
  labelLine: 'native',
  note: 'native',
  sheetNames: 'native',
  order: 'native',
  origin: { row: 0, col: 0 },
};

const CHOICES: { readonly [K in keyof Variation]: readonly Variation[K][] } = {
  nameWord: ['native', '项目', '项　　目', '收入项目/支出项目', '科目名称', '功能分类科目'],
  amountWord: ['native', '预算数', '本年预算数', '{Y}年预算数', '金额', '金额（单位）'],
  totalWord: ['native', '合计', '合 计', '合　计', 'numbered'],
  fundWord: ['native', '一般公共预算拨款', '一般公共预算财政拨款'],
  headerSpacing: ['none', 'half', 'full'],
  headerBreaks: [false, true],
  headerDepth: ['native', 'one', 'grouped'],
  sideGroup: ['native', 'none', '收入/支出'],
  codes: ['native', 'one-column', 'split', 'in-name', 'none', 'empty-column'],
  codeStyle: ['plain', 'dash', 'dot', 'middle-dot', 'spaced', 'fullwidth'],
  indent: ['spaces', 'full-spaces', '其中'],
  stacking: ['sheet-per-table', 'one-sheet', 'two-per-sheet'],
  continued: ['none', 'repeat-header', 'no-header'],
  department: [
    'native',
    'absent',
    '部门名称：',
    '编制单位：',
    '单位名称：',
    '填报单位：',
    '编制部门：',
    'in-title',
  ],
  unitPlace: ['native', 'own-line', 'own-line-right', 'department-line-right', 'department-cell'],
  unitWord: ['native', '单位：', '金额单位：', '单位:'],
  money: ['native', 'yuan-converted', 'yuan-exact', 'wan'],
  moneyTables: ['all', 'alternate'],
  titleMerge: [true, false],
  titleStyle: ['plain', '（公开）', 'unit-in-title', 'colon', 'department-above'],
  empty: ['native', 'blank', 'zero', 'dash', 'emdash'],
  amounts: ['number', 'text', 'text-comma', 'fullwidth', 'padded'],
  labelLine: ['native', 'none', 'all'],
  note: ['native', 'none', 'all'],
  sheetNames: ['native', 'renamed', 'generic'],
  order: ['native', 'shuffled', 'reversed'],
  origin: [
    { row: 0, col: 0 },
    { row: 3, col: 2 },
  ],
};

/** Whether a choice makes sense for a department (exact 元 needs the system's own figures). */
function allowed<K extends keyof Variation>(key: K, value: Variation[K], exact: boolean): boolean {
  if (key === 'money' && value === 'yuan-exact') return exact;
  return true;
}

/**
 * Each variation alone: the native layout with one field changed, named `field=value`. A failure here is
 * its own minimal reproduction.
 */
export function singleVariations(exact: boolean): { name: string; variation: Variation }[] {
  const out: { name: string; variation: Variation }[] = [{ name: 'native', variation: NATIVE }];
  for (const key of Object.keys(CHOICES) as (keyof Variation)[]) {
    for (const value of CHOICES[key] as Variation[typeof key][]) {
      if (JSON.stringify(value) === JSON.stringify(NATIVE[key]) || !allowed(key, value, exact)) continue;
      // `indent` only shows without codes, and `moneyTables` only with a unit change: pair them.
      const extra: Partial<Variation> =
        key === 'indent'
          ? { codes: 'none' }
          : key === 'moneyTables'
            ? { money: exact ? 'yuan-exact' : 'yuan-converted' }
            : {};
      out.push({ name: `${key}=${JSON.stringify(value)}`, variation: { ...NATIVE, ...extra, [key]: value } });
    }
  }
  return out;
}

/** Any combination of the choices, for property runs. */
export function variationArbitrary(exact: boolean): fc.Arbitrary<Variation> {
  const fields = Object.fromEntries(
    (Object.keys(CHOICES) as (keyof Variation)[]).map((key) => [
      key,
      fc.constantFrom(...(CHOICES[key] as unknown[]).filter((v) => allowed(key, v as never, exact))),
    ]),
  ) as { [K in keyof Variation]: fc.Arbitrary<Variation[K]> };
  return fc.record(fields);
}

/** The fields that differ from the native layout, for messages: `codes="split" empty="dash"`. */
export function describeVariation(v: Variation): string {
  const diff = (Object.keys(v) as (keyof Variation)[])
    .filter((k) => JSON.stringify(v[k]) !== JSON.stringify(NATIVE[k]))
    .map((k) => `${k}=${JSON.stringify(v[k])}`);
  return diff.length ? diff.join(' ') : 'native';
}

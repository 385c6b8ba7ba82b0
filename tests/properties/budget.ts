/**
 * Random budgets built bottom-up, the way real tables are produced: 项-level amounts with more precision
 * than is shown (four decimals of 万元), every 款, 类 and 合计 summed exactly, and only then every shown cell
 * rounded half-up to two decimals on its own. Laid out as 预算收入总表 (T2), 预算支出总表 (T3) and
 * 一般公共预算支出预算表 (T5), which must then agree within rounding, inside and between them.
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { address, type CellSnapshot, type SheetSnapshot, type WorkbookSnapshot } from '../../src/engine';

/** One 项: its money by source, and how each table splits it into 基本 and 项目. */
export interface Item {
  readonly code: string;
  readonly general: Decimal;
  readonly unitFunds: Decimal;
  readonly carryOver: Decimal;
  /** Share of the item's spending (T3) and of its general budget (T5) that is 基本支出, 0…1. */
  readonly basicShare: number;
  readonly generalBasicShare: number;
  /** Whether its split may leave a part under half a cent. */
  readonly subCent: boolean;
}

export interface AmountStyle {
  /** Amounts as number cells (`#,##0.00`) or as text with thousands separators. */
  readonly text: boolean;
  /** How a figure that rounds to 0.00 shows. */
  readonly zero: 'blank' | 'number' | 'dash';
}

export interface Budget {
  readonly items: readonly Item[];
  readonly style: AmountStyle;
}

const FOUR = 4;
const d4 = (n: number) => new Decimal(n).div(10 ** FOUR);

/**
 * An amount in 万元 with four decimals: often none, usually sizeable. With `subCent`, also amounts under
 * half a cent, which show as 0.00; without, every non-zero amount shows as at least 0.01.
 */
function amount(subCent: boolean): fc.Arbitrary<Decimal> {
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(new Decimal(0)) },
    { weight: subCent ? 2 : 0, arbitrary: fc.integer({ min: 1, max: 49 }).map(d4) },
    { weight: 6, arbitrary: fc.integer({ min: subCent ? 1 : 50, max: 999_999_999 }).map(d4) },
  );
}

const CLASSES = ['201', '205', '208', '210', '213', '221'];
const twoDigits = fc.integer({ min: 1, max: 99 }).map((n) => String(n).padStart(2, '0'));

/** 1–3 类, each with 1–3 款, each with 1–4 项, in code order. */
const codes: fc.Arbitrary<string[]> = fc
  .uniqueArray(fc.constantFrom(...CLASSES), { minLength: 1, maxLength: 3 })
  .chain((classes) =>
    fc.tuple(
      ...classes.map((cls) =>
        fc
          .uniqueArray(twoDigits, { minLength: 1, maxLength: 3 })
          .chain((sections) =>
            fc.tuple(
              ...sections.map((s) =>
                fc
                  .uniqueArray(twoDigits, { minLength: 1, maxLength: 4 })
                  .map((items) => items.map((i) => `${cls}${s}${i}`)),
              ),
            ),
          ),
      ),
    ),
  )
  .map((tree) => tree.flat(2).sort());

export function budget(options: { subCent: boolean }): fc.Arbitrary<Budget> {
  const money = amount(options.subCent);
  const share = fc.oneof(fc.constantFrom(0, 1), fc.double({ min: 0, max: 1, noNaN: true }));
  return fc.record({
    items: codes.chain((list) =>
      fc.tuple(
        ...list.map((code) =>
          fc.record({
            code: fc.constant(code),
            general: money,
            unitFunds: money,
            carryOver: money,
            basicShare: share,
            generalBasicShare: share,
            subCent: fc.constant(options.subCent),
          }),
        ),
      ),
    ),
    style: fc.record({
      text: fc.boolean(),
      zero: fc.constantFrom('blank' as const, 'number' as const, 'dash' as const),
    }),
  });
}

const HALF_CENT = new Decimal('0.005');

/**
 * `share` of `whole` at four decimals, and the rest. Rounded down, so the rest is never negative; unless
 * `subCent`, a part under half a cent goes to the other, so neither shows as 0.00 without being zero.
 */
function split(whole: Decimal, share: number, subCent: boolean): [Decimal, Decimal] {
  let part = whole.times(share).toDecimalPlaces(FOUR, Decimal.ROUND_DOWN);
  if (!subCent && part.lt(HALF_CENT)) part = new Decimal(0);
  if (!subCent && whole.minus(part).lt(HALF_CENT)) part = whole;
  return [part, whole.minus(part)];
}

/** Each table's exact columns for one item, in its column order. */
const COLUMNS = {
  T2: (i: Item) => [i.general.plus(i.unitFunds), i.general, null, null, null, i.unitFunds, i.carryOver],
  T3: (i: Item) => {
    const total = i.general.plus(i.unitFunds).plus(i.carryOver);
    return [total, ...split(total, i.basicShare, i.subCent)];
  },
  T5: (i: Item) => [i.general, ...split(i.general, i.generalBasicShare, i.subCent)],
} satisfies Record<string, (i: Item) => (Decimal | null)[]>;

type TableId = keyof typeof COLUMNS;

const TITLES: Record<TableId, string> = {
  T2: '2026年预算收入总表',
  T3: '2026年预算支出总表',
  T5: '2026年一般公共预算支出预算表（不含上年结转）',
};

/** Header rows (two, as published) and their merges relative to the header's first cell. */
const HEADERS: Record<TableId, { rows: (string | null)[][]; merges: string[] }> = {
  T2: {
    rows: [
      ['项目', null, '本年收入', null, null, null, null, null, '上年结转'],
      [
        '科目编码',
        '科目名称',
        '合计',
        '一般公共预算',
        '政府性基金',
        '国有资本经营预算',
        '财政专户管理资金',
        '单位资金',
        null,
      ],
    ],
    merges: ['A1:B1', 'C1:H1', 'I1:I2'],
  },
  T3: {
    rows: [
      ['项目', null, '2026年预算数', null, null],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ],
    merges: ['A1:B1', 'C1:E1'],
  },
  T5: {
    rows: [
      ['项目', null, '2026年预算数', null, null],
      ['科目编码', '科目名称', '合计', '基本支出', '项目支出'],
    ],
    merges: ['A1:B1', 'C1:E1'],
  },
};

/** Every row of a table, exact: 合计, then each 类, 款 and 项 in code order with its column sums. */
function exactRows(items: readonly Item[], id: TableId): { label: string; values: (Decimal | null)[] }[] {
  const sums = new Map<string, (Decimal | null)[]>();
  const add = (key: string, values: (Decimal | null)[]) => {
    const sum = sums.get(key);
    sums.set(key, sum ? sum.map((s, k) => (s && values[k] ? s.plus(values[k]!) : s)) : values);
  };
  for (const item of items) {
    const values = COLUMNS[id](item);
    for (const key of ['合计', item.code.slice(0, 3), item.code.slice(0, 5), item.code]) add(key, values);
  }
  return [...sums].map(([label, values]) => ({ label, values }));
}

const GROUPED = (text: string) => text.replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+$)/g, ','));

/** A shown figure: rounded half-up to two decimals on its own, written in the budget's style. */
function shown(value: Decimal | null, style: AmountStyle): CellSnapshot | undefined {
  if (value === null) return undefined;
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  // An amount under half a cent is kept as it is and shown 0.00 by its format, as Excel holds it: a typed
  // 0 (or 0.00) means no money and is an exact zero.
  if (rounded.isZero() && !value.isZero()) return { value: value.toNumber(), format: '#,##0.00' };
  if (rounded.isZero()) {
    if (style.zero === 'blank') return undefined;
    return style.zero === 'dash' ? { value: '-' } : { value: 0, format: '#,##0.00' };
  }
  return style.text
    ? { value: GROUPED(rounded.toFixed(2)) }
    : { value: rounded.toNumber(), format: '#,##0.00' };
}

function sheetFor(budget: Budget, id: TableId): SheetSnapshot {
  const header = HEADERS[id];
  const text = (value: string | null): CellSnapshot | undefined => (value === null ? undefined : { value });
  const top = 3;
  const rows: (CellSnapshot | undefined)[][] = [
    [{ value: TITLES[id] }],
    [{ value: '部门名称：某某局' }],
    [{ value: '单位：万元' }],
    ...header.rows.map((r) => r.map(text)),
    ...exactRows(budget.items, id).map(({ label, values }) => [
      label === '合计' ? { value: '合计' } : { value: label, format: '@' },
      label === '合计' ? undefined : { value: `科目${label}` },
      ...values.map((v) => shown(v, budget.style)),
    ]),
  ];
  const shift = (a1: string) => a1.replace(/\d+/, (r) => String(Number(r) + top));
  const width = header.rows[0].length;
  return {
    name: id,
    rows,
    merges: [`A1:${address(0, width - 1)}`, ...header.merges.map((m) => m.split(':').map(shift).join(':'))],
  };
}

export function workbookOf(budget: Budget): WorkbookSnapshot {
  return { name: 'random budget', sheets: (['T2', 'T3', 'T5'] as const).map((id) => sheetFor(budget, id)) };
}

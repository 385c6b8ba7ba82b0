/**
 * One checked instance as the trainers' views show it: its cells split into two sides (the two marking
 * colours), the figures, and whether it holds now. Plain serialisable data: strings, numbers, no Decimal.
 */
import Decimal from 'decimal.js';
import { amountFormat, shownFigure } from '../describe';
import { chainReference, type Outcome } from '../evaluate';
import { termsOf, type Instance, type Term } from '../instances';
import type { Words } from '../messages';
import type { TableId } from '../model';
import { address } from '../snapshot';

export interface CellPlace {
  readonly sheet: string;
  /** A1 address without `$`. */
  readonly address: string;
  /** Zero-based, as in the snapshot. */
  readonly row: number;
  readonly col: number;
}

export interface CellView {
  readonly table: TableId;
  /** `表2「合计」一般公共预算`. */
  readonly label: string;
  /** `Table 2 “合计” general public budget`. */
  readonly labelEn: string;
  /** Absent when the row is not in the table: the figure then counts as an exact zero and nothing is marked. */
  readonly cell?: CellPlace;
  /** The figure as its table shows it (`4542.59`); empty for a blank cell or a missing row. */
  readonly shown: string;
}

/** exact, rounding (尾差) or broken, as the check judged the instance. */
export type Status = Outcome['result']['status'];

export const STATUS_LABELS: Readonly<Record<Status, string>> = {
  exact: '成立',
  rounding: '尾差',
  broken: '不成立',
};

/** Lower case: they also end a sentence (`…, holds`). */
export const STATUS_LABELS_EN: Readonly<Record<Status, string>> = {
  exact: 'holds',
  rounding: 'rounding residual',
  broken: 'broken',
};

export interface SideView {
  /** What the side is: `合计`/`组成部分`, `来源`/`应相等`, `较小方`/`上限`. */
  readonly caption: string;
  /** `Total`/`Parts`, `Source`/`Must equal`, `Lesser side`/`Limit`. */
  readonly captionEn: string;
  readonly cells: readonly CellView[];
}

export interface InstanceView {
  readonly relationId: string;
  readonly kind: 'sum' | 'equal' | 'at-most';
  /** The classification code and name of a per-code instance (`201 一般公共服务支出`). */
  readonly context?: string;
  /** The total, the source of an equality chain, or the lesser side: marked in the first colour. */
  readonly left: SideView;
  /** The parts, the other members, or the greater side: marked in the second colour. */
  readonly right: SideView;
  readonly status: Status;
  /** 成立 / 尾差 / 不成立. */
  readonly statusLabel: string;
  readonly statusLabelEn: string;
  /** The relation in numbers: `3811.21 = 3800.95 + 10.27（3811.22）`, `14.00 + 2.30 ≤ 16.30`. */
  readonly figures: string;
  /** The same with an English bracket: `3811.21 = 3800.95 + 10.27 (3811.22)`. */
  readonly figuresEn: string;
  /** `成立`, `尾差 0.01（四舍五入允许 ±0.015）`, `不成立，相差 -10.00` (at-most: `不成立，超出 5.00`). */
  readonly verdict: string;
  /** `holds`, `rounding residual 0.01 (rounding allows ±0.015)`, `broken: off by -10.00` (`exceeds by 5.00`). */
  readonly verdictEn: string;
  /** What the checked side should show: Σ parts, the limit, or the chain's agreed figure. */
  readonly expected: string;
  /** What it shows: the total, Σ lesser, or the chain member farthest from the agreed figure. */
  readonly actual: string;
  /** actual − expected. */
  readonly difference: string;
  /** The largest difference rounding alone explains. */
  readonly tolerance: string;
  /** Every figure is blank or missing: nothing worth showing on a lesson. */
  readonly zero: boolean;
}

const ZERO = new Decimal(0);

type Format = (v: Decimal) => string;

export function cellView(term: Term): CellView {
  const f = term.figure;
  const { table, label, labelEn } = term;
  if (!f) return { table, label, labelEn, shown: '' };
  const { sheet, row, col } = f.cell;
  return {
    table,
    label,
    labelEn,
    cell: { sheet, address: address(row, col), row, col },
    shown: f.empty ? '' : shownFigure(f),
  };
}

function valueOf(t: Term): Decimal {
  return t.figure?.value ?? ZERO;
}

function sumOf(terms: readonly Term[]): Decimal {
  return terms.reduce((s, t) => s.plus(valueOf(t)), ZERO);
}

/** A sum of terms in numbers; blank parts are left out so a 30-class total stays readable. */
function addends(terms: readonly Term[], fmt: Format): string {
  const shownTerms = terms.filter((t) => t.figure && !t.figure.empty);
  if (shownTerms.length === 0) return fmt(ZERO);
  const text = shownTerms.map((t) => fmt(valueOf(t))).join(' + ');
  return shownTerms.length > 1 ? `${text}（${fmt(sumOf(terms))}）` : text;
}

interface Shaped {
  readonly left: SideView;
  readonly right: SideView;
  readonly figures: string;
  readonly expected: Decimal;
  readonly actual: Decimal;
}

function shapeOf(inst: Instance, fmt: Format): Shaped {
  const side = (caption: Words, terms: readonly Term[]): SideView => ({
    caption: caption.zh,
    captionEn: caption.en,
    cells: terms.map(cellView),
  });
  switch (inst.kind) {
    case 'sum':
      return {
        left: side({ zh: '合计', en: 'Total' }, [inst.target]),
        right: side({ zh: '组成部分', en: 'Parts' }, inst.parts),
        figures: `${fmt(valueOf(inst.target))} = ${addends(inst.parts, fmt)}`,
        expected: sumOf(inst.parts),
        actual: valueOf(inst.target),
      };
    case 'at-most':
      return {
        left: side({ zh: '较小方', en: 'Lesser side' }, inst.lesser),
        right: side({ zh: '上限', en: 'Limit' }, inst.greater),
        figures: `${addends(inst.lesser, fmt)} ≤ ${addends(inst.greater, fmt)}`,
        expected: sumOf(inst.greater),
        actual: sumOf(inst.lesser),
      };
    case 'equal': {
      const [source, ...others] = inst.members;
      const ref = valueOf(inst.members[chainReference(inst.members)]);
      const farthest = inst.members.reduce((a, b) =>
        valueOf(b).minus(ref).abs().gt(valueOf(a).minus(ref).abs()) ? b : a,
      );
      return {
        left: side({ zh: '来源', en: 'Source' }, [source]),
        right: side({ zh: '应相等', en: 'Must equal' }, others),
        figures: inst.members.map((t) => fmt(valueOf(t))).join(' = '),
        expected: ref,
        actual: valueOf(farthest),
      };
    }
  }
}

export function instanceView(o: Outcome): InstanceView {
  const inst = o.instance;
  const terms = termsOf(inst);
  const { amount: fmt, tolerance: fine } = amountFormat(terms);
  const s = shapeOf(inst, fmt);
  const difference = s.actual.minus(s.expected);
  const { status, residual, tolerance } = o.result;
  const verdict: Words =
    status === 'exact'
      ? { zh: STATUS_LABELS.exact, en: STATUS_LABELS_EN.exact }
      : status === 'rounding'
        ? {
            zh: `尾差 ${fmt(residual.abs())}（四舍五入允许 ±${fine(tolerance)}）`,
            en: `rounding residual ${fmt(residual.abs())} (rounding allows ±${fine(tolerance)})`,
          }
        : inst.kind === 'at-most'
          ? { zh: `不成立，超出 ${fmt(difference)}`, en: `broken: exceeds by ${fmt(difference)}` }
          : { zh: `不成立，相差 ${fmt(difference)}`, en: `broken: off by ${fmt(difference)}` };
  return {
    relationId: inst.relation.id,
    kind: inst.kind,
    ...(inst.context ? { context: inst.context } : {}),
    left: s.left,
    right: s.right,
    status,
    statusLabel: STATUS_LABELS[status],
    statusLabelEn: STATUS_LABELS_EN[status],
    figures: s.figures,
    // Figures are numbers and operators; only the bracket around a sum is written the Chinese way.
    figuresEn: s.figures.replace(/（([^）]*)）/g, ' ($1)'),
    verdict: verdict.zh,
    verdictEn: verdict.en,
    expected: fmt(s.expected),
    actual: fmt(s.actual),
    difference: fmt(difference),
    tolerance: fine(tolerance),
    zero: terms.every((t) => !t.figure || t.figure.empty),
  };
}

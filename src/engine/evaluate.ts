/**
 * Checks every declared relationship on the recognised tables. A residual inside the rounding envelope is a
 * 尾差 (info, with its amount); outside it, the relationship's own severity.
 */
import Decimal from 'decimal.js';
import type { Relation } from './catalog/types';
import { tablesOf } from './catalog/types';
import { amountFormat, COLUMN_NAMES, COLUMN_NAMES_EN } from './describe';
import * as say from './messages';
import type { Words } from './messages';
import {
  expand,
  type ExpandOptions,
  type Expansion,
  type Instance,
  type Tables,
  type Term,
} from './instances';
import type { Figure } from './model';
import type { Finding, FindingCell, Severity } from './report';
import { checkAtMost, checkEquals, type IntervalResult, type IntervalTerm } from './rounding';
import { address } from './snapshot';

export interface Outcome {
  readonly instance: Instance;
  readonly result: IntervalResult;
}

const ZERO = new Decimal(0);

function findingCell(f: Figure): FindingCell {
  return { sheet: f.cell.sheet, address: address(f.cell.row, f.cell.col) };
}

/** A row the table does not have: an exact zero. */
const ABSENT = { value: ZERO, half: ZERO, scaled: { value: 0, half: 0 } };

function interval(t: Term, coef: number): IntervalTerm {
  return { amount: t.figure ?? ABSENT, coef };
}

function sum(terms: readonly Term[]): Decimal {
  return terms.reduce((s, t) => s.plus(t.figure?.value ?? ZERO), ZERO);
}

/** The relation's tables, the checked cell's table first (findings are grouped under it). */
function tablesFor(relation: Relation, terms: readonly Term[]): string[] {
  const all = tablesOf(relation.shape);
  const first = terms.find((t) => t.figure)?.table ?? all[0];
  return [first, ...all.filter((id) => id !== first)];
}

function cellsOf(terms: readonly Term[]): FindingCell[] {
  const seen = new Set<string>();
  const cells: FindingCell[] = [];
  terms.forEach((t, i) => {
    if (!t.figure || (i > 0 && t.figure.empty)) return;
    const c = findingCell(t.figure);
    const key = `${c.sheet}!${c.address}`;
    if (seen.has(key)) return;
    seen.add(key);
    cells.push(c);
  });
  return cells;
}

function partsWords(inst: Extract<Instance, { kind: 'sum' }>): Words {
  const shape = inst.relation.shape;
  if (shape.kind === 'rollup') return say.rollupParts(inst.parts.length);
  if (shape.kind === 'row-sum') {
    return {
      zh: shape.parts.map((c) => COLUMN_NAMES[c]).join(' + '),
      en: shape.parts.map((c) => COLUMN_NAMES_EN[c]).join(' + '),
    };
  }
  return say.listedParts(inst.parts);
}

/** A finding about the first of `terms`: `figures` are [expected, actual], its tables led by `lead`'s. */
function finding(
  relation: Relation,
  severity: Severity,
  words: Words,
  terms: readonly Term[],
  [expected, actual]: readonly [Decimal, Decimal],
  fmt: (v: Decimal) => string,
  lead: readonly Term[] = terms,
): Finding {
  return {
    rule: relation.id,
    severity,
    message: words.zh,
    messageEn: words.en,
    cells: cellsOf(terms),
    expected: fmt(expected),
    actual: fmt(actual),
    difference: fmt(actual.minus(expected)),
    tables: tablesFor(relation, lead),
    subject: lead[0].label,
  };
}

function judge(relation: Relation, result: IntervalResult): Severity | undefined {
  if (result.status === 'exact') return undefined;
  return result.status === 'rounding' ? 'info' : relation.severity;
}

function checkSum(inst: Extract<Instance, { kind: 'sum' }>): { finding?: Finding; outcome: Outcome } {
  const result = checkEquals([interval(inst.target, 1), ...inst.parts.map((p) => interval(p, -1))]);
  const outcome = { instance: inst, result };
  const severity = judge(inst.relation, result);
  if (!severity) return { outcome };
  const terms = [inst.target, ...inst.parts];
  const { amount: fmt, tolerance } = amountFormat(terms);
  const actual = inst.target.figure?.value ?? ZERO;
  const expected = sum(inst.parts);
  const diff = actual.minus(expected);
  const words =
    severity === 'info'
      ? say.sumRounding(
          inst.target,
          partsWords(inst),
          fmt(actual),
          fmt(expected),
          fmt(diff.abs()),
          tolerance(result.tolerance),
          inst.context,
        )
      : say.sumBroken(inst.target, partsWords(inst), fmt(actual), fmt(expected), fmt(diff), inst.context);
  return { outcome, finding: finding(inst.relation, severity, words, terms, [expected, actual], fmt) };
}

function checkAtMostInstance(inst: Extract<Instance, { kind: 'at-most' }>): {
  finding?: Finding;
  outcome: Outcome;
} {
  const result = checkAtMost([
    ...inst.lesser.map((t) => interval(t, 1)),
    ...inst.greater.map((t) => interval(t, -1)),
  ]);
  const outcome = { instance: inst, result };
  const severity = judge(inst.relation, result);
  if (!severity) return { outcome };
  const terms = [...inst.lesser, ...inst.greater];
  const { amount: fmt } = amountFormat(terms);
  const actual = sum(inst.lesser);
  const limit = sum(inst.greater);
  const over = fmt(actual.minus(limit));
  const words =
    severity === 'info'
      ? say.atMostRounding(inst.lesser, inst.greater, fmt(actual), fmt(limit), over)
      : say.atMostBroken(inst.lesser, inst.greater, fmt(actual), fmt(limit), over, inst.relation.description);
  return { outcome, finding: finding(inst.relation, severity, words, terms, [limit, actual], fmt) };
}

function consistent(a: Term, b: Term): boolean {
  const diff = (a.figure?.value ?? ZERO).minus(b.figure?.value ?? ZERO).abs();
  return diff.lte((a.figure?.half ?? ZERO).plus(b.figure?.half ?? ZERO));
}

/**
 * The member an equality chain is judged against: the one that agrees within rounding with the most others,
 * the source (listed first) on a tie.
 */
export function chainReference(members: readonly Term[]): number {
  let best = -1;
  let most = -1;
  members.forEach((a, i) => {
    const n = members.filter((b) => consistent(a, b)).length;
    if (n > most) [best, most] = [i, n];
  });
  return best;
}

/**
 * An equality chain: the member that agrees with the most others (the source, listed first, on a tie) sets
 * the figure; each member that disagrees with it is one finding, so the odd one out is named alone.
 */
function checkEqual(inst: Extract<Instance, { kind: 'equal' }>): { findings: Finding[]; outcome: Outcome } {
  const m = inst.members;
  const refIndex = chainReference(m);
  const ref = m[refIndex];
  const refValue = ref.figure?.value ?? ZERO;
  const { amount: fmt } = amountFormat(m);
  const findings: Finding[] = [];
  let worst: IntervalResult = { residual: ZERO, tolerance: ZERO, status: 'exact' };
  m.forEach((t, i) => {
    if (i === refIndex) return;
    const result = checkEquals([interval(t, 1), interval(ref, -1)]);
    if (result.residual.abs().gt(worst.residual.abs())) worst = result;
    const severity = judge(inst.relation, result);
    if (!severity) return;
    const actual = t.figure?.value ?? ZERO;
    const diff = actual.minus(refValue);
    const others = m.filter((o) => o !== t && consistent(o, ref));
    const words =
      severity === 'info'
        ? say.equalRounding(t, others, fmt(actual), fmt(refValue), fmt(diff.abs()))
        : say.equalBroken(t, others, fmt(actual), fmt(refValue), fmt(diff));
    findings.push(
      finding(inst.relation, severity, words, [t, ...m.filter((o) => o !== t)], [refValue, actual], fmt, [t]),
    );
  });
  return { findings, outcome: { instance: inst, result: worst } };
}

export interface Evaluation {
  readonly findings: Finding[];
  readonly outcomes: Outcome[];
  /** What the relation needed and recognition did not find; its instances there were not checked. */
  readonly gaps: Expansion['gaps'];
  readonly missingTables: Expansion['missingTables'];
  readonly notApplicable: boolean;
}

export function evaluateRelation(
  relation: Relation,
  tables: Tables,
  options: ExpandOptions = {},
): Evaluation {
  const findings: Finding[] = [];
  const outcomes: Outcome[] = [];
  const expansion = expand(relation, tables, options);
  for (const inst of expansion.instances) {
    if (inst.kind === 'equal') {
      const r = checkEqual(inst);
      for (const f of r.findings) findings.push(f);
      outcomes.push(r.outcome);
    } else {
      const r = inst.kind === 'sum' ? checkSum(inst) : checkAtMostInstance(inst);
      if (r.finding) findings.push(r.finding);
      outcomes.push(r.outcome);
    }
  }
  return {
    findings,
    outcomes,
    gaps: expansion.gaps,
    missingTables: expansion.missingTables,
    notApplicable: expansion.notApplicable,
  };
}

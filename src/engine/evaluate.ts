/**
 * Checks every declared relationship on the recognised tables. A residual inside the rounding envelope is a
 * 尾差 (info, with its amount); outside it, the relationship's own severity.
 */
import Decimal from 'decimal.js';
import type { Relation } from './catalog/types';
import { tablesOf } from './catalog/types';
import { amountFormat, COLUMN_NAMES } from './describe';
import { expand, type Instance, type Tables, type Term } from './instances';
import type { Figure } from './model';
import type { Finding, FindingCell, Severity } from './report';
import { checkAtMost, checkEquals, type IntervalResult, type IntervalTerm } from './rounding';
import { address } from './snapshot';

export interface Outcome {
  readonly instance: Instance;
  readonly result: IntervalResult;
}

const ZERO = new Decimal(0);

export function findingCell(f: Figure): FindingCell {
  return { sheet: f.cell.sheet, address: address(f.cell.row, f.cell.col) };
}

const ABSENT = { value: 0, half: 0 };

function interval(t: Term, coef: number): IntervalTerm {
  const f = t.figure;
  return f
    ? { value: f.value, half: f.half, coef, scaled: f.scaled }
    : { value: ZERO, half: ZERO, coef, scaled: ABSENT };
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

function partsText(inst: Extract<Instance, { kind: 'sum' }>): string {
  const shape = inst.relation.shape;
  if (shape.kind === 'rollup') return `其下 ${inst.parts.length} 行之和`;
  if (shape.kind === 'row-sum') return shape.parts.map((c) => COLUMN_NAMES[c]).join(' + ');
  return inst.parts.map((p) => p.label).join(' + ');
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
  const where = inst.context ? `（${inst.context}）` : '';
  const message =
    severity === 'info'
      ? `尾差 ${fmt(diff.abs())}：${inst.target.label} ${fmt(actual)}，${partsText(inst)} ${fmt(expected)}${where}，差额在四舍五入允许范围（±${tolerance(result.tolerance)}）内。`
      : `${inst.target.label} ${inst.target.figure ? `为 ${fmt(actual)}` : '为空（表中无此行）'}，但${partsText(inst)} 为 ${fmt(expected)}，相差 ${fmt(diff)}${where}。`;
  return {
    outcome,
    finding: {
      rule: inst.relation.id,
      severity,
      message,
      cells: cellsOf(terms),
      expected: fmt(expected),
      actual: fmt(actual),
      difference: fmt(diff),
      tables: tablesFor(inst.relation, terms),
    },
  };
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
  const lesser =
    inst.lesser.length === 1
      ? inst.lesser[0].label
      : `${inst.lesser[0].label} 等 ${inst.lesser.length} 行合计`;
  const greater = inst.greater.map((t) => t.label).join(' + ');
  const message =
    severity === 'info'
      ? `尾差 ${fmt(actual.minus(limit))}：${lesser} ${fmt(actual)} 略大于 ${greater} ${fmt(limit)}，在四舍五入允许范围内。`
      : `${lesser} ${fmt(actual)} 超过了 ${greater} ${fmt(limit)}，多 ${fmt(actual.minus(limit))}。${inst.relation.description}。`;
  return {
    outcome,
    finding: {
      rule: inst.relation.id,
      severity,
      message,
      cells: cellsOf(terms),
      expected: fmt(limit),
      actual: fmt(actual),
      difference: fmt(actual.minus(limit)),
      tables: tablesFor(inst.relation, terms),
    },
  };
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
  const agreeing = members.map((a) => members.filter((b) => consistent(a, b)).length);
  return agreeing.indexOf(Math.max(...agreeing));
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
    const others = m.filter((o) => o !== t && consistent(o, ref)).map((o) => o.label);
    findings.push({
      rule: inst.relation.id,
      severity,
      message:
        severity === 'info'
          ? `尾差 ${fmt(diff.abs())}：${t.label} ${fmt(actual)} 与 ${others.join('、')} ${fmt(refValue)} 相差在四舍五入允许范围内。`
          : `${t.label} ${t.figure ? `为 ${fmt(actual)}` : '为空（表中无此行）'}，与 ${others.join('、')}（${fmt(refValue)}）不一致，相差 ${fmt(diff)}。`,
      cells: cellsOf([t, ...m.filter((o) => o !== t)]),
      expected: fmt(refValue),
      actual: fmt(actual),
      difference: fmt(diff),
      tables: tablesFor(inst.relation, [t]),
    });
  });
  return { findings, outcome: { instance: inst, result: worst } };
}

export function evaluateRelation(
  relation: Relation,
  tables: Tables,
): { findings: Finding[]; outcomes: Outcome[] } {
  const findings: Finding[] = [];
  const outcomes: Outcome[] = [];
  for (const inst of expand(relation, tables).instances) {
    if (inst.kind === 'equal') {
      const r = checkEqual(inst);
      findings.push(...r.findings);
      outcomes.push(r.outcome);
    } else {
      const r = inst.kind === 'sum' ? checkSum(inst) : checkAtMostInstance(inst);
      if (r.finding) findings.push(r.finding);
      outcomes.push(r.outcome);
    }
  }
  return { findings, outcomes };
}

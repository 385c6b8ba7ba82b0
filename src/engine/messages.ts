/**
 * The words of every finding, in Chinese (the default) and English. Each function takes the figures already
 * formatted; evaluate.ts and check.ts decide what is wrong, this module only says it.
 */
import type { Term } from './instances';

export interface Words {
  readonly zh: string;
  readonly en: string;
}

const names = (terms: readonly Term[]): Words => ({
  zh: terms.map((t) => t.label).join('、'),
  en: terms.map((t) => t.labelEn).join(', '),
});

/** A total that differs from the sum of its parts by more than rounding allows. */
export function sumBroken(
  target: Term,
  parts: Words,
  actual: string,
  expected: string,
  diff: string,
  where = '',
): Words {
  return {
    zh: `${target.label}${target.figure ? `为 ${actual}` : `表中无此行（按 ${actual} 计）`}，但${parts.zh}为 ${expected}，相差 ${diff}${where && `（${where}）`}。`,
    en: `${target.labelEn} ${target.figure ? `is ${actual}` : `is not in the table (taken as ${actual})`}, but ${parts.en} is ${expected}: a difference of ${diff}${where && ` (${where})`}.`,
  };
}

/** A total within rounding of the sum of its parts. */
export function sumRounding(
  target: Term,
  parts: Words,
  actual: string,
  expected: string,
  residual: string,
  tolerance: string,
  where = '',
): Words {
  return {
    zh: `尾差 ${residual}：${target.label}为 ${actual}，${parts.zh}为 ${expected}${where && `（${where}）`}，相差在四舍五入允许范围（±${tolerance}）内。`,
    en: `Rounding residual ${residual}: ${target.labelEn} ${actual}, ${parts.en} ${expected}${where && ` (${where})`}, within the rounding allowance (±${tolerance}).`,
  };
}

export function rollupParts(count: number): Words {
  return { zh: `其下 ${count} 行之和`, en: count === 1 ? 'its one row' : `the sum of its ${count} rows` };
}

export function listedParts(parts: readonly Term[]): Words {
  return { zh: parts.map((p) => p.label).join(' + '), en: parts.map((p) => p.labelEn).join(' + ') };
}

function lesserWords(lesser: readonly Term[]): Words {
  if (lesser.length === 0) return { zh: '（表中无此行，按 0 计）', en: '(no such row, taken as 0)' };
  if (lesser.length === 1) return { zh: lesser[0].label, en: lesser[0].labelEn };
  return {
    zh: `${lesser[0].label}等 ${lesser.length} 行合计`,
    en: `${lesser[0].labelEn} and ${lesser.length - 1} more rows`,
  };
}

export function atMostBroken(
  lesser: readonly Term[],
  greater: readonly Term[],
  actual: string,
  limit: string,
  over: string,
  rule: string,
): Words {
  const l = lesserWords(lesser);
  const g = listedParts(greater);
  return {
    zh: `${l.zh}为 ${actual}，超过了${g.zh}的 ${limit}，多 ${over}。${rule}。`,
    en: `${l.en} ${actual} exceeds ${g.en} ${limit} by ${over}.`,
  };
}

export function atMostRounding(
  lesser: readonly Term[],
  greater: readonly Term[],
  actual: string,
  limit: string,
  over: string,
): Words {
  const l = lesserWords(lesser);
  const g = listedParts(greater);
  return {
    zh: `尾差 ${over}：${l.zh}为 ${actual}，略大于${g.zh}的 ${limit}，在四舍五入允许范围内。`,
    en: `Rounding residual ${over}: ${l.en} ${actual} is slightly above ${g.en} ${limit}, within rounding.`,
  };
}

export function equalBroken(
  member: Term,
  others: readonly Term[],
  actual: string,
  expected: string,
  diff: string,
): Words {
  const o = names(others);
  return {
    zh: `${member.label}${member.figure ? `为 ${actual}` : `表中无此行（按 ${actual} 计）`}，与${o.zh}（${expected}）不一致，相差 ${diff}。`,
    en: `${member.labelEn} ${member.figure ? `is ${actual}` : `is not in the table (taken as ${actual})`}, not the ${expected} of ${o.en}: a difference of ${diff}.`,
  };
}

export function equalRounding(
  member: Term,
  others: readonly Term[],
  actual: string,
  expected: string,
  residual: string,
): Words {
  const o = names(others);
  return {
    zh: `尾差 ${residual}：${member.label}为 ${actual}，与${o.zh}的 ${expected} 相差在四舍五入允许范围内。`,
    en: `Rounding residual ${residual}: ${member.labelEn} ${actual} and ${o.en} ${expected} differ within rounding.`,
  };
}

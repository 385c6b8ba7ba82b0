/**
 * A finding's identity across versions of a workbook: its rule and what it is about (table, line and column),
 * never its address, so a finding keeps its key when rows are inserted above it. Review marks and the
 * comparison of two versions both match findings by this key.
 */
import type { Finding } from '../report';

/** `T5.row-total|表5「2010301 行政运行」合计`; a finding without a subject is named by its words, addresses left out. */
function baseKey(f: Finding): string {
  const about = f.subject ?? `${f.tables.join(',')}:${withoutAddresses(f.message)}`;
  return `${f.rule}|${about}`;
}

/** Cell references (`B7`, `表1!B7`, `'Sheet 1'!B7:C9`) removed: they move when rows are inserted. */
function withoutAddresses(text: string): string {
  return text.replace(/(?:'[^']*'!|[^\s!「」，。、：:]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g, '');
}

/**
 * The key of each finding, in order. Findings with the same rule and subject (rare: a relation checked in two
 * contexts) are told apart by their order, `…#2`, which rows inserted elsewhere do not change.
 */
export function findingKeys(findings: readonly Finding[]): string[] {
  const seen = new Map<string, number>();
  return findings.map((f) => {
    const base = baseKey(f);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  });
}

/** Workbook-wide soft checks that are about names, not figures: one budget year, one name per unit. */
import type { Relation } from './catalog/types';
import { tableLabel } from './describe';
import type { Table, TableId } from './model';
import type { Finding } from './report';
import { address } from './snapshot';
import { pushTo } from './group';
import { squash } from './text';

function titleCell(t: Table) {
  return { sheet: t.sheet, address: address(t.range.top, t.range.left) };
}

/** Titles whose year differs from the year most titles carry. */
export function checkSameYear(relation: Relation, tables: readonly Table[]): Finding[] {
  const dated = tables.filter((t) => t.year !== undefined);
  const counts = new Map<number, number>();
  for (const t of dated) counts.set(t.year!, (counts.get(t.year!) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
  return dated
    .filter((t) => t.year !== year)
    .map((t) => ({
      rule: relation.id,
      severity: relation.severity,
      message: `${tableLabel(t.id)} 标题「${t.title}」是 ${t.year} 年，其他各表是 ${year} 年。`,
      messageEn: `The title of Table ${t.id.slice(1)} (“${t.title}”) says ${t.year}; the other tables say ${year}.`,
      cells: [titleCell(t)],
      expected: String(year),
      actual: String(t.year),
      tables: [t.id],
    }));
}

/** Levenshtein distance, stopping early past `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** `text` with every choice of up to `deletions` of its characters left out (itself included), each once. */
function deletionVariants(text: string, deletions: number): Set<string> {
  const out = new Set([text]);
  let level = [text];
  for (let d = 0; d < deletions; d++) {
    const next: string[] = [];
    for (const t of level) {
      for (let i = 0; i < t.length; i++) {
        const v = t.slice(0, i) + t.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    level = next;
  }
  return out;
}

/**
 * The pairs (i < j, in order) of `keys` that may be within two edits of each other. Two strings that are
 * share a string left when up to two characters are taken out of each (an edit is a deletion from one side
 * or both), so a name is compared only with the names that share such a variant with it, not with all.
 */
function* nearPairs(keys: readonly string[]): Generator<[number, number]> {
  const byVariant = new Map<string, number[]>();
  keys.forEach((key, i) => {
    for (const v of deletionVariants(key, 2)) pushTo(byVariant, v, i);
  });
  for (let i = 0; i < keys.length; i++) {
    const partners = new Set<number>();
    for (const v of deletionVariants(keys[i], 2)) {
      const holders = byVariant.get(v)!; // in increasing order: the first after i by bisection
      let lo = 0;
      let hi = holders.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (holders[mid] <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < holders.length; k++) partners.add(holders[k]);
    }
    for (const j of [...partners].sort((x, y) => x - y)) yield [i, j];
  }
}

/** Unit names that differ by a character or two between T11, T12 and T13: most likely one unit misspelt. */
export function checkUnitNames(
  relation: Relation,
  tables: readonly Table[],
  ids: readonly TableId[],
): Finding[] {
  const names = new Map<string, { table: Table; row: number; label: string }>();
  for (const t of tables) {
    if (!ids.includes(t.id)) continue;
    for (const r of t.rows) {
      const unit = t.id === 'T11' ? r.level === 1 : r.level <= 1;
      const key = squash(r.label);
      if (unit && key.length >= 4 && !names.has(key))
        names.set(key, { table: t, row: r.sheetRow, label: r.label });
    }
  }
  const list = [...names.entries()];
  const findings: Finding[] = [];
  for (const [i, j] of nearPairs(list.map(([key]) => key))) {
    const [a, first] = list[i];
    const [b, second] = list[j];
    const d = distance(a, b, 2);
    if (d === 0 || d > 2 || d * 4 > Math.min(a.length, b.length)) continue;
    findings.push({
      rule: relation.id,
      severity: relation.severity,
      message: `单位名称不一致：${tableLabel(first.table.id)}「${first.label}」与${tableLabel(second.table.id)}「${second.label}」只差 ${d} 个字，是否是同一单位？`,
      messageEn: `Unit names differ: “${first.label}” in Table ${first.table.id.slice(1)} and “${second.label}” in Table ${second.table.id.slice(1)} differ by ${d} character${d > 1 ? 's' : ''}. Are they the same unit?`,
      cells: [first, second].map((n) => ({
        sheet: n.table.sheet,
        address: address(n.row, n.table.range.left),
      })),
      tables: [...new Set([first.table.id, second.table.id])],
    });
  }
  return findings;
}

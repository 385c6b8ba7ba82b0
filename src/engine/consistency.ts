/** Workbook-wide soft checks that are about names, not figures: one budget year, one name per unit. */
import type { Relation } from './catalog/types';
import { tableLabel } from './describe';
import type { Table, TableId } from './model';
import type { Finding } from './report';
import { address } from './snapshot';
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
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
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
  }
  return findings;
}

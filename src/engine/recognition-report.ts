/**
 * What recognition found in each table and what it did not: the report's `tables`, and one structural notice
 * per missing line, column or side, on the table where it is missing, naming the relationships left
 * unchecked because of it. A gap in recognition never becomes an amount error elsewhere.
 */
import type { Relation } from './catalog/types';
import { lineSpec } from './templates';
import { tableLabel } from './describe';
import { SHORT_NAMES } from './explain/names';
import type { NeededGap } from './instances';
import type { Gap, Table } from './model';
import type { Finding, RecognizedTableInfo } from './report';
import { address } from './snapshot';

function rangeOf(top: number, left: number, bottom: number, right: number): string {
  return `${address(top, left)}:${address(bottom, right)}`;
}

/** Where the part of the table that should hold the gap was read: its side's columns over its rows. */
function whereRead(table: Table, gap: Gap): { zh: string; en: string } {
  const sideKey = gap.key.includes('.') ? gap.key.split('.')[0] : 'main';
  const side = gap.kind === 'side' ? undefined : table.sides.find((s) => s.side === sideKey);
  const rows = table.rows.filter((r) => r.sheet === table.sheet && (r.side ?? 'main') === sideKey);
  const top = rows.length > 0 ? rows[0].sheetRow : table.range.top;
  const bottom = rows.length > 0 ? rows[rows.length - 1].sheetRow : table.range.bottom;
  if (gap.kind === 'column' || !side) {
    const r = rangeOf(table.range.top, table.range.left, table.range.bottom, table.range.right);
    return { zh: `表格识别为 ${r}`, en: `the table was read as ${r}` };
  }
  const r = rangeOf(top, side.left, bottom, side.right);
  const part = side.side === 'income' ? '收入栏' : side.side === 'expense' ? '支出栏' : '数据行';
  const partEn =
    side.side === 'income'
      ? 'the revenue side'
      : side.side === 'expense'
        ? 'the expenditure side'
        : 'the data rows';
  return { zh: `${part}识别为 ${r}`, en: `${partEn} were read as ${r}` };
}

function showsFigures(table: Table): boolean {
  return table.rows.some((r) => Object.values(r.figures).some((f) => f && !f.empty));
}

function gapName(gap: Gap): { zh: string; en: string } {
  if (gap.kind === 'line')
    return {
      zh: gap.zh.endsWith('行') ? gap.zh : `${gap.zh}行`,
      en: gap.en.endsWith('row') ? gap.en : `${gap.en} row`,
    };
  return { zh: gap.zh, en: gap.en };
}

/** One notice per missing line, column or side that a relationship needed or the template requires. */
export function structureFindings(
  tables: ReadonlyMap<string, Table>,
  needed: readonly (NeededGap & { readonly relation: Relation })[],
): Finding[] {
  const byGap = new Map<string, { table: Table; gap: Gap; relations: Set<string> }>();
  const add = (table: Table, gap: Gap, relation?: string) => {
    const key = `${table.id}\u0000${gap.key}`;
    let entry = byGap.get(key);
    if (!entry) byGap.set(key, (entry = { table, gap, relations: new Set() }));
    if (relation) entry.relations.add(relation);
  };
  // A required gap in a table that shows no figure at all (注：本表无数据) is nothing to report.
  for (const t of tables.values())
    if (showsFigures(t)) for (const gap of t.gaps) if (!gap.optional) add(t, gap);
  for (const n of needed) add(tables.get(n.table)!, n.gap, n.relation.name);

  return [...byGap.values()].map(({ table, gap, relations }) => {
    const name = gapName(gap);
    const where = whereRead(table, gap);
    const list = [...relations];
    const unchecked = list.length > 0 ? `，${list.length} 条关系没有检查：${list.join('、')}` : '';
    const uncheckedEn =
      list.length > 0
        ? `; ${list.length} relationship${list.length > 1 ? 's were' : ' was'} not checked`
        : '';
    return {
      rule: `structure.${gap.kind}-missing`,
      severity: 'warning',
      message: `${tableLabel(table.id)} 没有找到${name.zh}（${where.zh}）${unchecked}。`,
      messageEn: `Table ${table.id.slice(1)} (${SHORT_NAMES[table.id].en}): no ${name.en} was found (${where.en})${uncheckedEn}.`,
      cells: [{ sheet: table.sheet, address: address(table.range.top, table.range.left) }],
      tables: [table.id],
      subject: `${tableLabel(table.id)} ${name.zh}`,
    };
  });
}

/** A table as the report lists it: where it is, what was found in it, what was not. */
export function tableInfo(t: Table): RecognizedTableInfo {
  const columns = [...t.columnTitles].map(([key, name]) => ({ key, name }));
  const lines = [...t.lines.keys()].map((key) => ({ key, name: lineSpec(t.id, key)?.zh ?? key }));
  return {
    id: t.id,
    title: t.title,
    sheet: t.sheet,
    range: rangeOf(t.range.top, t.range.left, t.range.bottom, t.range.right),
    unit: t.unit,
    ...(t.year ? { year: t.year } : {}),
    ...(t.department ? { department: t.department } : {}),
    variant: t.variant,
    found: { columns, lines },
    missing: t.gaps.map((g) => ({ kind: g.kind, key: g.key, name: gapName(g).zh, optional: g.optional })),
    ...(t.continued
      ? {
          continued: t.continued.map((c) => ({
            sheet: c.sheet,
            range: rangeOf(c.top, t.range.left, c.bottom, t.range.right),
          })),
        }
      : {}),
  };
}

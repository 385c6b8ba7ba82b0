/**
 * How each table's rows add up: the tree of totals and parts (合计 → 类 → 款 → 项, 合计 → category → item,
 * department → unit → project) and the named lines (`income.total`, `vehicles`) the relationships refer to,
 * found by the words the table's template gives them.
 */
import { classCode } from '../classification';
import type { Gap, Row, Table } from '../model';
import type { LineSpec, SideKey } from '../templates/types';
import { levelsOf } from './hierarchy';
import { lineLabel } from './labels';
import type { Layout, RawRow } from './layout';
import { buildProjectTree } from './projects';
import { attach, columnsAddingUp, toRow, type MutableRow } from './tree';

function lineOf(lines: readonly LineSpec[], side: SideKey, label: string): LineSpec | undefined {
  const name = lineLabel(label);
  const prefix = side === 'main' ? undefined : `${side}.`;
  return lines.find((l) => (prefix ? l.key.startsWith(prefix) : !l.key.includes('.')) && l.words.test(name));
}

/** Rows left without a parent belong to the total, wherever it stands (first, or last as some print it). */
function adopt(
  total: MutableRow | undefined,
  rows: MutableRow[],
  apart: ReadonlySet<MutableRow> = new Set(),
): MutableRow[] {
  if (total) for (const r of rows) if (r !== total && !r.parent && !apart.has(r)) attach(total, r);
  return rows;
}

/** 合计 → 类 → 款 → 项 by code prefixes; a code row attaches to the nearest preceding row whose code it extends. */
function codeTree(raws: RawRow[], lines: readonly LineSpec[], side: SideKey): MutableRow[] {
  const totalKey = side === 'main' ? 'total' : `${side}.total`;
  const totalSpec = lines.find((l) => l.key === totalKey);
  const rows: MutableRow[] = [];
  let total: MutableRow | undefined;
  const isTotal = (raw: RawRow) => !total && !raw.code && !!totalSpec?.words.test(lineLabel(raw.label));
  if (!raws.some((r) => r.code)) return nameTree(raws, (raw) => isTotal(raw), totalKey);
  const stack: MutableRow[] = [];
  // A code printed twice in a row is not a part of anything (a repeated header block, a duplicate).
  const repeated = new Set<MutableRow>();
  for (const raw of raws) {
    if (!raw.code) {
      if (isTotal(raw)) {
        total = toRow(raw, 0, totalKey);
        rows.push(total);
      }
      continue;
    }
    const row = toRow(raw, 1 + (raw.code.length - 3) / 2);
    while (stack.length && !raw.code.startsWith(stack[stack.length - 1].code!)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent?.code === raw.code) repeated.add(row);
    else if (parent) attach(parent, row);
    stack.push(row);
    rows.push(row);
  }
  return adopt(total, rows, repeated);
}

/** A classification printed without codes: levels from indents or figures (hierarchy.ts), paths from names. */
function nameTree(raws: RawRow[], isTotal: (raw: RawRow) => boolean, totalKey: string): MutableRow[] {
  const totalRaw = raws.find(isTotal);
  const total = totalRaw ? toRow(totalRaw, 0, totalKey) : undefined;
  const body = raws.filter((r) => r !== totalRaw && r.label !== '');
  const levels = levelsOf(body);
  const rows: MutableRow[] = total ? [total] : [];
  const stack: MutableRow[] = [];
  body.forEach((raw, i) => {
    const level = levels[i];
    stack.length = Math.min(stack.length, level - 1);
    const parent = stack[stack.length - 1];
    const names = [...stack.map((s) => lineLabel(s.label)), lineLabel(raw.label)];
    const row = toRow({ ...raw, code: level === 1 ? classCode(raw.label) : undefined }, level);
    row.path = names.join('/');
    if (parent) attach(parent, row);
    stack[level - 1] = row;
    rows.push(row);
  });
  return adopt(total, rows);
}

/** The spec is the line `key`, or also answers to it (a 收入总计 that is the year's total too). */
function plays(spec: LineSpec | undefined, key: string): boolean {
  return !!spec && (spec.key === key || !!spec.alias?.includes(key));
}

/** `1. 一般公共预算` under `一、财政拨款收入`, or a `其中：` line: a part of the income item above. */
const SUB_ITEM = /^(\d+[.、．]|[（(]\d+[)）])/;

/**
 * T1 and T4: income items (and their numbered parts) → 本年收入合计, 上年结转 (T4: with its three funds) →
 * 收入总计; 类 → 本年支出合计. Where 收入总计 is also the year's total (no 本年收入合计), it adds up the items.
 */
function summaryTree(raws: RawRow[], lines: readonly LineSpec[]): MutableRow[] {
  const rows: MutableRow[] = [];
  const incomeItems: MutableRow[] = [];
  let itemIndent = 0;
  let carryOver: MutableRow | undefined;
  let phase: 'items' | 'carryOver' | 'done' = 'items';
  for (const raw of raws.filter((r) => r.side === 'income')) {
    const spec = lineOf(lines, 'income', raw.label);
    const key = spec?.key;
    if (plays(spec, 'income.total')) {
      const total = toRow(raw, 0, key);
      incomeItems.forEach((item) => attach(total, item));
      rows.push(total);
      phase = 'done';
    } else if (key === 'income.carryOver' && phase !== 'carryOver') {
      carryOver = toRow(raw, 1, key);
      rows.push(carryOver);
      phase = 'carryOver';
    } else if (key === 'income.grandTotal') {
      rows.push(toRow(raw, 0, key));
      phase = 'done';
    } else if (phase === 'carryOver' && carryOver && raw.label) {
      const name = key?.replace('income.', 'income.carryOver.');
      const sub = toRow(raw, 2, lines.some((l) => l.key === name) ? name : undefined);
      attach(carryOver, sub);
      rows.push(sub);
    } else if (phase === 'items' && raw.label) {
      const parent = incomeItems[incomeItems.length - 1];
      const part = parent && (raw.sub || SUB_ITEM.test(raw.label.trim()) || raw.indent > itemIndent);
      const row = toRow(raw, part ? 2 : 1, key);
      if (part) attach(parent, row);
      else {
        incomeItems.push(row);
        itemIndent = raw.indent;
      }
      rows.push(row);
    }
  }
  const classes: MutableRow[] = [];
  for (const raw of raws.filter((r) => r.side === 'expense')) {
    const spec = lineOf(lines, 'expense', raw.label);
    if (plays(spec, 'expense.total')) {
      const total = toRow(raw, 0, spec!.key);
      classes.forEach((c) => attach(total, c));
      rows.push(total);
    } else if (spec) {
      rows.push(toRow(raw, 0, spec.key));
    } else {
      const code = raw.code ?? classCode(raw.label);
      if (!code || code.length !== 3) continue;
      const row = toRow({ ...raw, code }, 1);
      classes.push(row);
      rows.push(row);
    }
  }
  return rows;
}

const ECONOMIC_CATEGORIES =
  /^(工资福利支出|商品和服务支出|对个人和家庭的补助|对企业补助|债务利息及费用支出|资本性支出.*|其他支出|对社会保障基金补助)$/;

/** T6: 合计 → category → item; an item row pairs a 部门 and a 政府 economic name, a category has one name. */
function economicTree(raws: RawRow[], lines: readonly LineSpec[]): MutableRow[] {
  const rows: MutableRow[] = [];
  let total: MutableRow | undefined;
  let category: MutableRow | undefined;
  for (const raw of raws) {
    const name = lineLabel(raw.label);
    if (!total && lineOf(lines, 'main', raw.label)?.key === 'total') {
      total = toRow(raw, 0, 'total');
      rows.push(total);
      continue;
    }
    const isCategory = raw.code ? raw.code.length === 3 : !raw.label2 && ECONOMIC_CATEGORIES.test(name);
    const row = toRow(raw, isCategory ? 1 : 2);
    if (isCategory) category = row;
    else if (category) attach(category, row);
    rows.push(row);
  }
  return adopt(total, rows);
}

/** T10: 合计 → 因公出国（境）费, 公务接待费, 公务用车购置及运行费 → ①购置费, ②运行维护费. */
function threePublicTree(raws: RawRow[], lines: readonly LineSpec[]): MutableRow[] {
  const byLine = new Map<string, MutableRow>();
  const rows: MutableRow[] = [];
  for (const raw of raws) {
    const line = raw.line ?? lineOf(lines, 'main', raw.label)?.key;
    if (!line || byLine.has(line)) continue;
    const level = line === 'total' ? 0 : line.startsWith('vehicle') && line !== 'vehicles' ? 2 : 1;
    const row = toRow(raw, level, line);
    byLine.set(line, row);
    rows.push(row);
  }
  const total = byLine.get('total');
  const vehicles = byLine.get('vehicles');
  for (const line of ['travelAbroad', 'hospitality', 'vehicles']) {
    const row = byLine.get(line);
    if (total && row) attach(total, row);
  }
  for (const line of ['vehiclePurchase', 'vehicleOperation']) {
    const row = byLine.get(line);
    if (vehicles && row) attach(vehicles, row);
  }
  return rows;
}

/**
 * T11: 部门合计 → one row per unit. Without a row named so, the figures say which is the total: the only row
 * (a table of one figure), or the first or last row that the others add up to.
 */
function unitTree(raws: RawRow[], lines: readonly LineSpec[]): MutableRow[] {
  let at = raws.findIndex((raw) => lineOf(lines, 'main', raw.label)?.key === 'total');
  if (at < 0 && raws.length === 1) at = 0;
  const others = (i: number) => raws.filter((_, j) => j !== i);
  if (at < 0 && raws.length >= 2)
    at = [0, raws.length - 1].find((i) => columnsAddingUp(raws[i], others(i)) > 0) ?? -1;
  const rows = raws.map((raw, i) => (i === at ? toRow(raw, 0, 'total') : toRow(raw, 1)));
  return adopt(rows[at], rows);
}

function buildRows(layout: Layout): MutableRow[] {
  const lines = layout.template.lines;
  switch (layout.id) {
    case 'T1':
    case 'T4':
      return summaryTree(layout.rows, lines);
    case 'T6':
      return economicTree(layout.rows, lines);
    case 'T9':
      return (['income', 'expense'] as const).flatMap((side) =>
        codeTree(
          layout.rows.filter((r) => r.side === side),
          lines,
          side,
        ),
      );
    case 'T10':
      return threePublicTree(layout.rows, lines);
    case 'T11':
      return unitTree(layout.rows, lines);
    case 'T12':
    case 'T13':
      return buildProjectTree(layout.rows, layout.department);
    default:
      return codeTree(layout.rows, lines, 'main');
  }
}

/** What the template has that recognition did not find: missing sides, columns and lines. */
function gapsOf(layout: Layout, lines: ReadonlyMap<string, Row>): Gap[] {
  const gaps: Gap[] = [];
  for (const side of layout.missingSides) {
    const zh = side === 'income' ? '收入栏' : '支出栏';
    gaps.push({
      kind: 'side',
      key: side,
      zh,
      en: side === 'income' ? 'revenue side' : 'expenditure side',
      optional: false,
    });
  }
  for (const { side, spec } of layout.missingColumns) {
    gaps.push({
      kind: 'column',
      key: `${side}.${spec.key}`,
      zh: `「${spec.zh}」列`,
      en: `“${spec.zh}” column`,
      optional: false,
    });
  }
  const sides = new Set(layout.sides.map((s) => s.side));
  for (const spec of layout.template.lines) {
    if (lines.has(spec.key)) continue;
    const side = spec.key.includes('.') ? (spec.key.split('.')[0] as SideKey) : 'main';
    if (!sides.has(side)) continue; // the whole side is missing, said once above
    gaps.push({ kind: 'line', key: spec.key, zh: spec.zh, en: spec.en, optional: !!spec.optional });
  }
  return gaps;
}

export function buildTable(layout: Layout): Table {
  const rows = buildRows(layout).sort((a, b) => a.sheetRow - b.sheetRow || (a.side === 'income' ? -1 : 1));
  const lines = new Map<string, Row>();
  for (const row of rows) {
    if (!row.line || lines.has(row.line)) continue;
    lines.set(row.line, row);
    for (const alias of layout.template.lines.find((l) => l.key === row.line)?.alias ?? [])
      if (!lines.has(alias)) lines.set(alias, row);
  }
  return {
    id: layout.id,
    variant: layout.template.variant,
    title: layout.title,
    sheet: layout.sheet,
    year: layout.year,
    unit: layout.unit,
    range: layout.range,
    sides: layout.sides.map(({ side, left, right }) => ({ side, left, right })),
    ...(layout.continued.length > 0 ? { continued: layout.continued } : {}),
    columns: layout.columns,
    columnTitles: layout.columnTitles,
    rows,
    lines,
    gaps: gapsOf(layout, lines),
    ...(layout.zeroColumns.size > 0 ? { zeroColumns: layout.zeroColumns } : {}),
    unreadable: layout.unreadable,
    department: layout.department,
  };
}

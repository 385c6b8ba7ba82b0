/**
 * How each table's rows add up: the tree of totals and parts (合计 → 类 → 款 → 项, 合计 → category → item,
 * department → unit → project) and the named lines (`income.total`, `vehicles`) the relationships refer to.
 */
import { classCode } from '../classification';
import type { Row, Table } from '../model';
import { squash } from '../text';
import type { Layout, RawRow } from './layout';
import { buildProjectTree } from './projects';
import { attach, toRow, type MutableRow } from './tree';

const TOTAL = /^(合计|总计|部门合计)$/;

/** 合计 → 类 → 款 → 项 by code prefixes; a code row attaches to the nearest preceding row whose code it extends. */
function codeTree(raws: RawRow[], totalLine: string): MutableRow[] {
  const rows: MutableRow[] = [];
  let total: MutableRow | undefined;
  const stack: MutableRow[] = [];
  for (const raw of raws) {
    if (!raw.code) {
      if (!total && TOTAL.test(squash(raw.label))) {
        total = toRow(raw, 0, totalLine);
        rows.push(total);
      }
      continue;
    }
    const row = toRow(raw, 1 + (raw.code.length - 3) / 2);
    while (stack.length && !raw.code.startsWith(stack[stack.length - 1].code!)) stack.pop();
    const parent = stack[stack.length - 1] ?? total;
    if (parent && parent.code !== raw.code) attach(parent, row);
    stack.push(row);
    rows.push(row);
  }
  return rows;
}

const INCOME_LINES: ReadonlyArray<readonly [RegExp, string]> = [
  [/本年收入合计|^收入合计$/, 'income.total'],
  [/收入总计/, 'income.grandTotal'],
  [/上年.*结转/, 'income.carryOver'],
  [/一般公共预算/, 'generalBudget'],
  [/政府性基金/, 'governmentFund'],
  [/国有资本经营/, 'stateCapital'],
  [/财政专户/, 'specialAccount'],
  [/单位资金/, 'unitFunds'],
];

const EXPENSE_LINES: ReadonlyArray<readonly [RegExp, string]> = [
  [/本年支出合计|^支出合计$/, 'expense.total'],
  [/年终结转/, 'expense.carryForward'],
  [/支出总计/, 'expense.grandTotal'],
];

/** T1 and T4: income items → 本年收入合计, 上年结转 (T4: with its three funds) → 收入总计; 类 → 本年支出合计. */
function summaryTree(raws: RawRow[]): MutableRow[] {
  const rows: MutableRow[] = [];
  const incomeItems: MutableRow[] = [];
  let carryOver: MutableRow | undefined;
  let phase: 'items' | 'carryOver' | 'done' = 'items';
  for (const raw of raws.filter((r) => r.side === 'income')) {
    const name = squash(raw.label);
    const line = INCOME_LINES.find(([re]) => re.test(name))?.[1];
    if (line === 'income.total') {
      const total = toRow(raw, 0, line);
      incomeItems.forEach((item) => attach(total, item));
      rows.push(total);
      phase = 'done';
    } else if (line === 'income.carryOver') {
      carryOver = toRow(raw, 1, line);
      rows.push(carryOver);
      phase = 'carryOver';
    } else if (line === 'income.grandTotal') {
      rows.push(toRow(raw, 0, line));
      phase = 'done';
    } else if (phase === 'items' && raw.label) {
      const item = toRow(raw, 1, line ? `income.${line}` : undefined);
      incomeItems.push(item);
      rows.push(item);
    } else if (phase === 'carryOver' && carryOver && raw.label) {
      const sub = toRow(raw, 2, line ? `income.carryOver.${line}` : undefined);
      attach(carryOver, sub);
      rows.push(sub);
    }
  }
  const classes: MutableRow[] = [];
  for (const raw of raws.filter((r) => r.side === 'expense')) {
    const name = squash(raw.label);
    const line = EXPENSE_LINES.find(([re]) => re.test(name))?.[1];
    if (line === 'expense.total') {
      const total = toRow(raw, 0, line);
      classes.forEach((c) => attach(total, c));
      rows.push(total);
    } else if (line) {
      rows.push(toRow(raw, 0, line));
    } else {
      const code = raw.code ?? classCode(raw.label);
      if (!code) continue;
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
function economicTree(raws: RawRow[]): MutableRow[] {
  const rows: MutableRow[] = [];
  let total: MutableRow | undefined;
  let category: MutableRow | undefined;
  for (const raw of raws) {
    const name = squash(raw.label);
    if (!total && TOTAL.test(name)) {
      total = toRow(raw, 0, 'total');
      rows.push(total);
      continue;
    }
    const isCategory = raw.code ? raw.code.length === 3 : !raw.label2 && ECONOMIC_CATEGORIES.test(name);
    const row = toRow(raw, isCategory ? 1 : 2);
    if (isCategory) {
      category = row;
      if (total) attach(total, row);
    } else {
      const parent = category ?? total;
      if (parent) attach(parent, row);
    }
    rows.push(row);
  }
  return rows;
}

const THREE_PUBLIC: ReadonlyArray<readonly [RegExp, string]> = [
  [/^合计$|^总计$/, 'total'],
  [/因公出国/, 'travelAbroad'],
  [/公务接待/, 'hospitality'],
  [/购置及运行/, 'vehicles'],
  [/购置费/, 'vehiclePurchase'],
  [/运行(维护)?费/, 'vehicleOperation'],
];

/** T10: 合计 → 因公出国（境）费, 公务接待费, 公务用车购置及运行费 → ①购置费, ②运行维护费. */
function threePublicTree(raws: RawRow[]): MutableRow[] {
  const byLine = new Map<string, MutableRow>();
  const rows: MutableRow[] = [];
  for (const raw of raws) {
    const line = THREE_PUBLIC.find(([re]) => re.test(squash(raw.label)))?.[1];
    if (!line || byLine.has(line)) continue;
    const row = toRow(
      raw,
      line === 'total' ? 0 : line.startsWith('vehicle') && line !== 'vehicles' ? 2 : 1,
      line,
    );
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

/** T11: 部门合计 → one row per unit. */
function unitTree(raws: RawRow[]): MutableRow[] {
  const rows: MutableRow[] = [];
  let total: MutableRow | undefined;
  for (const raw of raws) {
    if (!total && TOTAL.test(squash(raw.label))) {
      total = toRow(raw, 0, 'total');
      rows.push(total);
      continue;
    }
    const row = toRow(raw, 1);
    if (total) attach(total, row);
    rows.push(row);
  }
  return rows;
}

function buildRows(layout: Layout): MutableRow[] {
  switch (layout.id) {
    case 'T1':
    case 'T4':
      return summaryTree(layout.rows);
    case 'T6':
      return economicTree(layout.rows);
    case 'T9':
      return [
        ...codeTree(
          layout.rows.filter((r) => r.side === 'income'),
          'income.total',
        ),
        ...codeTree(
          layout.rows.filter((r) => r.side === 'expense'),
          'expense.total',
        ),
      ];
    case 'T10':
      return threePublicTree(layout.rows);
    case 'T11':
      return unitTree(layout.rows);
    case 'T12':
    case 'T13':
      return buildProjectTree(layout.rows, layout.department);
    default:
      return codeTree(layout.rows, 'total');
  }
}

export function buildTable(layout: Layout): Table {
  const rows = buildRows(layout).sort((a, b) => a.sheetRow - b.sheetRow || (a.side === 'income' ? -1 : 1));
  const lines = new Map<string, Row>();
  for (const row of rows) if (row.line && !lines.has(row.line)) lines.set(row.line, row);
  return {
    id: layout.id,
    title: layout.title,
    sheet: layout.sheet,
    year: layout.year,
    unit: layout.unit,
    range: layout.range,
    columns: layout.columns,
    rows,
    lines,
    unreadable: layout.unreadable,
    department: layout.department,
  };
}

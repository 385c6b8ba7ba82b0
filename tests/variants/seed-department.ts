/**
 * The seed (samples/source/seed-2026, via tests/fixtures/seed.ts) as a department model: each printed line
 * becomes a row with its role, and each figure is kept as published, in 万元 with two decimals.
 */
import Decimal from 'decimal.js';
import { loadSeedTables, tableParts, type SeedTable } from '../fixtures/seed';
import { CLASSES, specOf } from './families';
import {
  WAN,
  type ColumnRole,
  type Department,
  type DeptRow,
  type DeptTable,
  type SeedTableKey,
  type Side,
} from './model';

const INCOME_LINES: Record<string, { key: string; parent?: string; role: DeptRow['role'] }> = {
  '一、一般公共预算': { key: 'generalBudget', parent: 'total', role: 'line' },
  '二、政府性基金预算': { key: 'governmentFund', parent: 'total', role: 'line' },
  '三、国有资本经营预算': { key: 'stateCapital', parent: 'total', role: 'line' },
  '四、财政专户管理资金': { key: 'specialAccount', parent: 'total', role: 'line' },
  '五、单位资金': { key: 'unitFunds', parent: 'total', role: 'line' },
  本年收入合计: { key: 'total', parent: 'grandTotal', role: 'total' },
  上年结转: { key: 'carryOver', parent: 'grandTotal', role: 'line' },
  上年财政拨款结转: { key: 'carryOver', parent: 'grandTotal', role: 'line' },
  收入总计: { key: 'grandTotal', role: 'total' },
};

const EXPENSE_LINES: Record<string, { key: string; parent?: string; role: DeptRow['role'] }> = {
  本年支出合计: { key: 'total', parent: 'grandTotal', role: 'total' },
  年终结转: { key: 'carryForward', parent: 'grandTotal', role: 'line' },
  支出总计: { key: 'grandTotal', role: 'total' },
};

const T10_LINES: Record<string, { key: string; parent?: string }> = {
  '因公出国（境）费': { key: 'abroad', parent: 'total' },
  公务接待费: { key: 'hospitality', parent: 'total' },
  公务用车购置及运行费: { key: 'vehicles', parent: 'total' },
  '①公务用车购置费': { key: 'vehiclePurchase', parent: 'vehicles' },
  '②公务用车运行维护费': { key: 'vehicleOperation', parent: 'vehicles' },
  合计: { key: 'total' },
};

/** 一、一般公共服务支出 → 201. */
export function classCodeOf(label: string): string {
  const name = label.replace(/^[一二三四五六七八九十]+、/, '');
  const hit = CLASSES.find(([, n]) => n === name);
  if (!hit) throw new Error(`not a 类: ${label}`);
  return hit[0];
}

/** A printed figure in 万元 → 元. */
function yuan(text: string): Decimal | undefined {
  return text === '' ? undefined : new Decimal(text).times(WAN);
}

function valuesAt(fields: readonly string[], cols: readonly [number, ColumnRole][]) {
  const values: Partial<Record<ColumnRole, Decimal>> = {};
  for (const [col, role] of cols) {
    const v = yuan(fields[col] ?? '');
    if (v !== undefined) values[role] = v;
  }
  return values;
}

/** The amount columns of a seed table's side, in spec order, by TSV column. */
function amountColumns(table: SeedTable, side?: Side): [number, ColumnRole][] {
  const spec = specOf(table.id as SeedTableKey);
  const sides = spec.sides;
  const all = sides.flatMap((s) => s.columns.map((c) => ({ side: s.side, role: c.role })));
  return table.amountColumns
    .map((col, i): [number, ColumnRole, Side | undefined] => [col, all[i].role, all[i].side])
    .filter(([, , s]) => s === side)
    .map(([col, role]) => [col, role]);
}

function dataLines(table: SeedTable): (readonly string[])[] {
  const parts = tableParts(table);
  return table.lines.slice(parts.dataStart, parts.dataEnd).map((f) => f);
}

function dualRows(table: SeedTable, incomeLabel: number, expenseLabel: number): DeptRow[] {
  const rows: DeptRow[] = [];
  const income: DeptRow[] = [];
  const expense: DeptRow[] = [];
  let carrySub = false;
  for (const f of dataLines(table)) {
    const a = (f[incomeLabel] ?? '').trim();
    if (a) {
      if (carrySub && /^[一二三]、/.test(a)) {
        // The three funds under 上年财政拨款结转 (T4).
        const fund = { 一: 'generalBudget', 二: 'governmentFund', 三: 'stateCapital' }[a[0]]!;
        income.push({
          key: `carryOver.${fund}`,
          side: 'income',
          role: 'line',
          label: a,
          parent: 'carryOver',
          values: valuesAt(f, amountColumns(table, 'income')),
        });
      } else {
        const line = INCOME_LINES[a];
        if (!line) throw new Error(`${table.id}: unknown income line ${a}`);
        if (line.key === 'carryOver' && table.id === 'T4') carrySub = true;
        if (line.key === 'grandTotal') carrySub = false;
        income.push({
          key: line.key,
          side: 'income',
          role: line.role,
          label: a,
          parent: line.parent,
          values: valuesAt(f, amountColumns(table, 'income')),
        });
      }
    }
    const b = (f[expenseLabel] ?? '').trim();
    if (b) {
      const named = EXPENSE_LINES[b];
      const code = named ? undefined : classCodeOf(b);
      expense.push({
        key: named ? named.key : code!,
        side: 'expense',
        role: named ? named.role : 'class',
        label: b,
        classCode: code,
        parent: named ? named.parent : 'total',
        values: valuesAt(f, amountColumns(table, 'expense')),
      });
    }
  }
  rows.push(...income, ...expense);
  return rows;
}

function codedRows(table: SeedTable, side?: Side, codeCol = 0, nameCol = 1): DeptRow[] {
  const rows: DeptRow[] = [];
  for (const f of dataLines(table)) {
    const code = (f[codeCol] ?? '').trim();
    if (code === '') continue;
    const values = valuesAt(f, amountColumns(table, side));
    if (code === '合计') {
      rows.push({ key: 'total', side, role: 'total', label: '合计', values });
      continue;
    }
    const level = code.length === 3 ? 'class' : code.length === 5 ? 'section' : 'item';
    rows.push({
      key: code,
      side,
      role: level,
      label: (f[nameCol] ?? '').trim(),
      code,
      parent: level === 'class' ? 'total' : code.slice(0, code.length - 2),
      values,
    });
  }
  return rows;
}

function economicRows(table: SeedTable): DeptRow[] {
  const rows: DeptRow[] = [];
  let cls = '';
  dataLines(table).forEach((f, i) => {
    const values = valuesAt(f, amountColumns(table));
    const name = f[0].trim();
    if (name === '合计') rows.push({ key: 'total', role: 'total', label: name, values });
    else if ((f[1] ?? '').trim() === '') {
      cls = `c${i}`;
      rows.push({ key: cls, role: 'econClass', label: name, parent: 'total', values });
    } else
      rows.push({ key: `i${i}`, role: 'econItem', label: name, label2: f[1].trim(), parent: cls, values });
  });
  return rows;
}

function entryRows(table: SeedTable): DeptRow[] {
  return dataLines(table).map((f) => {
    const line = T10_LINES[f[0].trim()];
    if (!line) throw new Error(`${table.id}: unknown line ${f[0]}`);
    return {
      key: line.key,
      role: line.key === 'total' ? 'total' : 'entry',
      label: f[0].trim(),
      parent: line.parent,
      values: valuesAt(f, amountColumns(table)),
    };
  });
}

function unitRows(table: SeedTable): DeptRow[] {
  return dataLines(table).map((f, i) => {
    const values = valuesAt(f, amountColumns(table));
    return i === 0
      ? { key: 'total', role: 'total', label: f[0].trim(), values }
      : { key: `u${i}`, role: 'unit', label: f[0].trim(), parent: 'total', values };
  });
}

/**
 * 项目支出表: the first row is the department; a row whose figures equal the sum of the rows after it (up to
 * the point where they reach it) is a unit, and those rows are its projects.
 */
function projectRows(table: SeedTable): DeptRow[] {
  const lines = dataLines(table);
  const cols = amountColumns(table);
  const totalOf = (f: readonly string[]) => yuan(f[cols[0][0]] ?? '') ?? new Decimal(0);
  const rows: DeptRow[] = [
    { key: 'dept', role: 'department', label: lines[0][0].trim(), values: valuesAt(lines[0], cols) },
  ];
  let i = 1;
  let u = 0;
  while (i < lines.length) {
    const unitTotal = totalOf(lines[i]);
    let sum = new Decimal(0);
    let j = i + 1;
    while (j < lines.length && sum.lt(unitTotal)) sum = sum.plus(totalOf(lines[j++]));
    if (!sum.eq(unitTotal)) throw new Error(`${table.id}: cannot tell units from projects at line ${i}`);
    const unit = `u${++u}`;
    rows.push({
      key: unit,
      role: 'unit',
      label: lines[i][0].trim(),
      parent: 'dept',
      values: valuesAt(lines[i], cols),
    });
    for (let p = i + 1; p < j; p++) {
      rows.push({
        key: `${unit}.p${p - i}`,
        role: 'project',
        label: lines[p][0].trim(),
        parent: unit,
        values: valuesAt(lines[p], cols),
      });
    }
    i = j;
  }
  return rows;
}

function rowsOf(table: SeedTable): DeptRow[] {
  switch (table.id) {
    case 'T1':
    case 'T4':
      return dualRows(table, 0, 2);
    case 'T6':
      return economicRows(table);
    case 'T9':
      return [...codedRows(table, 'income', 0, 1), ...codedRows(table, 'expense', 3, 4)];
    case 'T10':
      return entryRows(table);
    case 'T11':
      return unitRows(table);
    case 'T12':
    case 'T13':
      return projectRows(table);
    default:
      return codedRows(table);
  }
}

let cached: Department | undefined;

export function seedDepartment(): Department {
  cached ??= {
    family: 'seed13',
    source: 'seed',
    name: '山西省人民政府外事办公室',
    year: 2026,
    precision: 'wan2',
    nativeUnit: {},
    fen: false,
    tables: loadSeedTables().map((t): DeptTable => ({ key: t.id as SeedTableKey, rows: rowsOf(t) })),
  };
  return cached;
}

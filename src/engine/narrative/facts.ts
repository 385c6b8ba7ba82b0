/**
 * The figures an explanation may state, taken from the tables: for each, where it is quoted (the parts of
 * the text), the words that come right before it (`收入总计`, `单位资金`, `公务接待费`), its share when the text
 * follows it with 占…%, and its change when last year's figure is known.
 */
import Decimal from 'decimal.js';
import { className } from '../classification';
import { COLUMN_NAMES, COLUMN_NAMES_EN } from '../describe';
import type { Tables } from '../instances';
import type { ColumnKey, Row, TableId } from '../model';
import {
  quotedChanges,
  quotedShares,
  type Change,
  type LastYear,
  type LastYearKey,
  type ShareSetKey,
} from '../shares';
import type { SectionKey } from './sections';

export interface Fact {
  readonly kind: 'amount' | 'count';
  /** What the figure is, for messages: `表1「收入总计」`. */
  readonly what: string;
  /** The same in English for the pane's labels: `Table 1 “收入总计”`. */
  readonly whatEn: string;
  /** The parts it is quoted in. */
  readonly sections: readonly SectionKey[];
  /** Matches the words just before the figure (whitespace removed, quotes folded). */
  readonly lead: RegExp;
  /** A sentence matching this is about something else (e.g. one kind of project only). */
  readonly exclude?: RegExp;
  /** In 万元 (or a count). */
  readonly value: Decimal;
  /** 0 for a figure shown in a table; the rounding envelope for a sum of shown figures. */
  readonly tolerance: Decimal;
  readonly share?: { readonly percent: Decimal; readonly adjusted: Decimal };
  readonly change?: Change;
}

const ZERO = new Decimal(0);

function rowOf(tables: Tables, table: TableId, line: string): Row | undefined {
  return tables.get(table)?.lines.get(line);
}

function figure(tables: Tables, table: TableId, line: string, col: ColumnKey) {
  return rowOf(tables, table, line)?.figures[col];
}

/** The name of a 类 row without its numbering (`一、一般公共服务支出` → `一般公共服务支出`). */
function nameOfClass(row: Row): string {
  return (row.code && className(row.code)) ?? row.label.replace(/^[一二三四五六七八九十]+、/, '');
}

type What = Pick<Fact, 'what' | 'whatEn'>;

/** `表4「支出总计」一般公共预算` / `Table 4 “支出总计” general public budget`; no column for a table's own total. */
function cellWhat(table: TableId, row: string, col?: ColumnKey): What {
  const n = table.slice(1);
  return {
    what: `表${n}「${row}」${col ? COLUMN_NAMES[col] : ''}`,
    whatEn: `Table ${n} “${row}”${col ? ` ${COLUMN_NAMES_EN[col]}` : ''}`,
  };
}

function escape(text: string): RegExp {
  return new RegExp(`${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

export function factsOf(tables: Tables, lastYear?: LastYear): Fact[] {
  const facts: Fact[] = [];
  const shares = new Map(quotedShares(tables).map((s) => [s.key, s]));
  const changes = new Map(quotedChanges(tables, lastYear).map((c) => [c.key, c]));
  const shareOf = (set: ShareSetKey, key: string) => shares.get(set)?.shares.find((s) => s.key === key);

  const add = (
    sections: SectionKey[],
    lead: RegExp,
    at: readonly [TableId, string, ColumnKey],
    extra: { what?: What; share?: Fact['share']; change?: LastYearKey; exclude?: RegExp } = {},
  ) => {
    const f = figure(tables, ...at);
    if (!f) return;
    const [table, line, col] = at;
    const change = extra.change ? changes.get(extra.change) : undefined;
    facts.push({
      kind: 'amount',
      ...(extra.what ??
        cellWhat(
          table,
          rowOf(tables, table, line)!.label,
          col === 'amount' || col === 'total' ? undefined : col,
        )),
      sections,
      lead,
      value: f.value,
      tolerance: ZERO,
      ...(extra.share ? { share: extra.share } : {}),
      ...(change ? { change } : {}),
      ...(extra.exclude ? { exclude: extra.exclude } : {}),
    });
  };

  // 一、收支变动
  add(['change'], /收入总计$/, ['T1', 'income.grandTotal', 'amount'], { change: 'incomeTotal' });
  add(['change'], /本年收入(合计)?$/, ['T1', 'income.total', 'amount']);
  add(['change'], /上年结转$/, ['T1', 'income.carryOver', 'amount']);
  add(['change'], /支出总计$/, ['T1', 'expense.grandTotal', 'total'], { change: 'expenseTotal' });
  add(['change'], /(本年|当年)预算安排$/, ['T1', 'expense.grandTotal', 'current']);
  add(['change'], /上年结转(安排)?$/, ['T1', 'expense.grandTotal', 'carryOver']);

  // 二、收入预算
  add(['income'], /(预算收入|收入预算|收入总计)$/, ['T1', 'income.grandTotal', 'amount']);
  const incomeLeads: ReadonlyArray<readonly [string, RegExp]> = [
    ['income.generalBudget', /一般公共预算(拨款)?(收入)?$/],
    ['income.governmentFund', /政府性基金(预算)?(拨款)?(收入)?$/],
    ['income.stateCapital', /国有资本经营(预算)?(拨款)?(收入)?$/],
    ['income.specialAccount', /财政专户(管理资金)?(收入)?$/],
    ['income.unitFunds', /单位资金(收入)?$/],
    ['income.carryOver', /上年结转(收入)?$/],
  ];
  for (const [line, lead] of incomeLeads) {
    add(['income'], lead, ['T1', line, 'amount'], { share: shareOf('income', line) });
  }

  // 三、支出预算
  add(['expenditure'], /(支出预算|预算支出|支出总计)$/, ['T3', 'total', 'total'], {
    what: cellWhat('T3', '合计'),
  });
  add(['expenditure', 'performance'], /基本支出$/, ['T3', 'total', 'basic'], {
    what: cellWhat('T3', '合计', 'basic'),
    share: shareOf('expenditure', 'basic'),
  });
  add(['expenditure'], /项目支出$/, ['T3', 'total', 'project'], {
    what: cellWhat('T3', '合计', 'project'),
    share: shareOf('expenditure', 'project'),
  });

  // 四、财政拨款收支
  add(
    ['appropriation'],
    /(财政拨款收支总预算|财政拨款收支总计|收入总计)$/,
    ['T4', 'income.grandTotal', 'amount'],
    {
      change: 'appropriationTotal',
    },
  );
  const funds: ReadonlyArray<readonly [ColumnKey, RegExp]> = [
    ['generalBudget', /一般公共预算(拨款)?$/],
    ['governmentFund', /政府性基金(预算)?(拨款)?$/],
    ['stateCapital', /国有资本经营(预算)?(拨款)?$/],
  ];
  for (const [col, lead] of funds) {
    add(['appropriation'], lead, ['T4', 'expense.grandTotal', col], {
      what: cellWhat('T4', '支出总计', col),
    });
  }
  add(['appropriation'], /(当年拨款收入|本年收入(合计)?)$/, ['T4', 'income.total', 'amount']);
  add(['appropriation'], /上年(财政拨款)?结转(收入)?$/, ['T4', 'income.carryOver', 'amount']);
  for (const row of (tables.get('T4')?.rows ?? []).filter((r) => r.side === 'expense' && r.level === 1)) {
    const f = row.figures.subtotal;
    if (!f) continue;
    const name = nameOfClass(row);
    facts.push({
      kind: 'amount',
      ...cellWhat('T4', name, 'subtotal'),
      sections: ['appropriation'],
      lead: escape(name),
      value: f.value,
      tolerance: ZERO,
    });
  }

  // 五、一般公共预算支出
  add(['generalBudget'], /一般公共预算(当年)?支出$/, ['T5', 'total', 'total'], {
    what: cellWhat('T5', '合计'),
    change: 'generalBudgetExpense',
  });
  for (const row of (tables.get('T5')?.rows ?? []).filter((r) => r.code?.length === 3)) {
    const f = row.figures.total;
    if (!f) continue;
    const name = nameOfClass(row);
    const share = shareOf('generalBudgetByClass', row.code!);
    facts.push({
      kind: 'amount',
      ...cellWhat('T5', `${row.code} ${name}`, 'total'),
      sections: ['generalBudget'],
      lead: escape(name),
      value: f.value,
      tolerance: ZERO,
      ...(share ? { share } : {}),
    });
  }

  // 六、基本支出
  add(['basic'], /基本支出$/, ['T6', 'total', 'total'], { what: cellWhat('T6', '合计') });
  add(['basic'], /人员经费$/, ['T6', 'total', 'personnel'], { what: cellWhat('T6', '合计', 'personnel') });
  add(['basic'], /公用经费$/, ['T6', 'total', 'operating'], { what: cellWhat('T6', '合计', 'operating') });

  // 七、"三公"经费
  const threePublic: ReadonlyArray<readonly [string, RegExp, LastYearKey]> = [
    ['total', /"三公"经费(预算)?(数)?$/, 'threePublic'],
    ['travelAbroad', /因公出国.*费$/, 'travelAbroad'],
    ['hospitality', /公务接待费$/, 'hospitality'],
    ['vehicles', /公务用车购置及运行费$/, 'vehicles'],
    ['vehiclePurchase', /公务用车购置费$/, 'vehiclePurchase'],
    ['vehicleOperation', /公务用车运行(维护)?费$/, 'vehicleOperation'],
  ];
  for (const [line, lead, change] of threePublic) {
    add(['threePublic'], lead, ['T10', line, 'total'], { change });
  }

  // 八、机关运行经费
  add(['agencyOperating'], /机关运行经费(财政拨款)?(预算)?(数)?$/, ['T11', 'total', 'total'], {
    what: cellWhat('T11', '部门合计'),
    change: 'agencyOperating',
  });
  const units = (tables.get('T11')?.rows ?? []).filter((r) => r.level === 1);
  if (tables.has('T11')) {
    facts.push({
      kind: 'count',
      what: '表11 单位数',
      whatEn: 'Table 11 number of units',
      sections: ['agencyOperating'],
      lead: /等$/,
      value: new Decimal(units.length),
      tolerance: ZERO,
    });
  }

  // 十、绩效管理: the projects of T12; the split by kind of project is not in the tables.
  const byKind = /特定目标类|其他运转类/;
  add(['performance'], /(项目支出|共计金额|涉及项目金额|涉及金额)$/, ['T12', 'total', 'total'], {
    what: { what: '表12 项目支出合计', whatEn: 'Table 12 project expenditure total' },
    exclude: byKind,
  });
  const basic = figure(tables, 'T3', 'total', 'basic');
  const projects = figure(tables, 'T12', 'total', 'total');
  if (basic && projects) {
    facts.push({
      kind: 'amount',
      what: '表3 基本支出 + 表12 项目支出',
      whatEn: 'Table 3 basic expenditure + Table 12 project expenditure',
      sections: ['performance'],
      lead: /部门预算资金$/,
      value: basic.value.plus(projects.value),
      tolerance: basic.half.plus(projects.half),
    });
  }
  add(['performance'], /部门预算资金$/, ['T1', 'income.total', 'amount'], {
    what: cellWhat('T1', '本年收入合计'),
  });
  if (tables.has('T12')) {
    facts.push({
      kind: 'count',
      what: '表12 项目数',
      whatEn: 'Table 12 number of projects',
      sections: ['performance'],
      lead: /(二级项目|公开项目绩效目标|项目)$/,
      exclude: byKind,
      value: new Decimal((tables.get('T12')?.rows ?? []).filter((r) => r.level === 2).length),
      tolerance: ZERO,
    });
  }
  return facts;
}

/**
 * A draft of the explanation (第三部分) from the tables, in the seed's wording, one part per heading. What the
 * tables cannot say (the reasons for a change, 政府采购, last year's figures when not given) is left as a
 * 【请填写…】 placeholder for the compiler. Amounts are written `5,670.31万元` throughout.
 */
import Decimal from 'decimal.js';
import { className } from '../classification';
import type { Row, Table } from '../model';
import {
  lineFigure,
  quotedChanges,
  quotedShares,
  type Change,
  type LastYearKey,
  type ShareSet,
} from '../shares';
import type { NarrativeInputs } from './inputs';
import { percent, wan } from './style';

const ZERO = new Decimal(0);

function nameOf(row: Row): string {
  return (row.code && className(row.code)) ?? row.label.replace(/^[一二三四五六七八九十]+、/, '');
}

/** The "三公" lines by their standard names (T10 labels vary: ①购置费, 其中：购置费). */
const THREE_PUBLIC = {
  travelAbroad: '因公出国（境）费',
  hospitality: '公务接待费',
  vehicles: '公务用车购置及运行费',
  vehicleOperation: '公务用车运行维护费',
  vehiclePurchase: '公务用车购置费',
} as const;

/**
 * `比上年减少167.79万元，下降2.87%` (or `比2025年预算减少…` when `year` is given); `与上年预算数相同`; a placeholder
 * without last year's figure.
 */
function compared(change: Change | undefined, year?: number): string {
  const than = year ? `比${year}年预算` : '比上年';
  if (!change) return `${than}【请填写增减额和增减幅度（缺上年预算数）】`;
  if (change.direction === 'same') return `与${year ? `${year}年` : '上年'}预算数相同`;
  const [more, rate] = change.direction === 'down' ? ['减少', '下降'] : ['增加', '增长'];
  const pct = change.percent ? `，${rate}${percent(change.percent)}` : '';
  return `${than}${more}${wan(change.change.abs())}${pct}`;
}

/** `甲、乙和丙`. */
function listed(names: readonly string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join('、')}和${names[names.length - 1]}`;
}

/**
 * `一般公共预算拨款收入4,542.59万元，占80.11%；…`, the items with money only; those without are said to be
 * none (`无政府性基金预算拨款收入和…`) rather than `0万元，占0%`, or left out with `none` undefined.
 */
function shareList(set: ShareSet | undefined, none?: (names: string) => string): string {
  const shares = set?.shares ?? [];
  const some = shares
    .filter((s) => !s.amount.isZero())
    .map((s) => `${s.label}${wan(s.amount)}，占${percent(s.percent)}`);
  const nil = shares.filter((s) => s.amount.isZero()).map((s) => s.label);
  return [...some, ...(none && nil.length > 0 ? [none(listed(nil))] : [])].join('；');
}

/** How many items 主要包括 names: the largest, then 等. */
const MAIN_ITEMS = 5;

/** The largest items of T6 in a column, by name (an item listed on several rows counts once), largest first. */
function mainItems(table: Table | undefined, col: 'personnel' | 'operating'): string {
  const totals = new Map<string, Decimal>();
  for (const r of table?.rows ?? []) {
    const value = r.figures[col]?.value ?? ZERO;
    if (r.level !== 2 || value.isZero()) continue;
    const name = r.label.trim();
    totals.set(name, (totals.get(name) ?? ZERO).plus(value));
  }
  return [...totals]
    .sort((a, b) => b[1].comparedTo(a[1]))
    .slice(0, MAIN_ITEMS)
    .map(([name]) => name)
    .join('、');
}

/** `上年结转10.27万元`, or `无上年结转` for none. */
function partOrNone(label: string, value: Decimal): string {
  return value.isZero() ? `无${label}` : `${label}${wan(value)}`;
}

export function draftNarrative(inputs: NarrativeInputs): string {
  const { tables, lastYear } = inputs;
  const any = [...tables.values()];
  const budgetYear = tables.get('T1')?.year ?? any.find((t) => t.year)?.year;
  const year = budgetYear ?? '【年度】';
  const last = lastYear?.year ?? (budgetYear ? budgetYear - 1 : undefined);
  const dept = tables.get('T1')?.department ?? any.find((t) => t.department)?.department ?? '本部门';
  const subject = `${year}年度${dept}`;
  const amount = (
    table: Parameters<typeof lineFigure>[1],
    line: string,
    col: Parameters<typeof lineFigure>[3],
  ) => lineFigure(tables, table, line, col) ?? ZERO;
  const fig = (...at: Parameters<typeof amount>) => wan(amount(...at));
  const changes = new Map(quotedChanges(tables, lastYear).map((c) => [c.key, c]));
  const change = (key: LastYearKey, year?: number) => compared(changes.get(key), year);
  const shares = new Map(quotedShares(tables).map((s) => [s.key, s]));
  const parts: string[] = ['第三部分 ' + `${year}年度部门预算情况说明`];

  parts.push(
    '一、部门预算收支数据变动情况及原因',
    `${subject}预算收入总计${fig('T1', 'income.grandTotal', 'amount')}，其中：本年收入${fig('T1', 'income.total', 'amount')}，${partOrNone('上年结转', amount('T1', 'income.carryOver', 'amount'))}，${change('incomeTotal')}，主要原因是【请填写原因】；本年部门预算支出总计${fig('T1', 'expense.grandTotal', 'total')}，其中：本年预算安排${fig('T1', 'expense.grandTotal', 'current')}，${partOrNone('上年结转', amount('T1', 'expense.grandTotal', 'carryOver'))}，${change('expenseTotal')}，主要原因是【请填写原因】。`,
  );

  parts.push(
    '二、收入预算情况说明',
    `${subject}预算收入${fig('T1', 'income.grandTotal', 'amount')}，主要包括${shareList(shares.get('income'), (names) => `无${names}`)}。`,
  );

  parts.push(
    '三、支出预算情况说明',
    `${subject}支出预算${fig('T3', 'total', 'total')}，其中：${shareList(shares.get('expenditure'), (names) => `未安排${names}`)}。`,
  );

  const t4Classes = (tables.get('T4')?.rows ?? []).filter(
    (r) => r.side === 'expense' && r.level === 1 && !(r.figures.subtotal?.value ?? ZERO).isZero(),
  );
  const funds = (
    [
      ['一般公共预算拨款', 'generalBudget'],
      ['政府性基金预算拨款', 'governmentFund'],
      ['国有资本经营预算拨款', 'stateCapital'],
    ] as const
  ).map(([label, col]) => ({ label, value: amount('T4', 'expense.grandTotal', col) }));
  const noFunds = funds.filter((f) => f.value.isZero()).map((f) => f.label);
  const fundList = [
    ...funds.filter((f) => !f.value.isZero()).map((f) => `${f.label}${wan(f.value)}`),
    ...(noFunds.length > 0 ? [`无${listed(noFunds)}`] : []),
  ].join('，');
  parts.push(
    '四、财政拨款收支预算总体情况说明',
    `${subject}财政拨款收支总预算${fig('T4', 'income.grandTotal', 'amount')}。其中：${fundList}。其中：当年拨款收入${fig('T4', 'income.total', 'amount')}，${partOrNone('上年结转收入', amount('T4', 'income.carryOver', 'amount'))}。支出包括：${t4Classes.map((r) => `${nameOf(r)}${wan(r.figures.subtotal!.value)}`).join('、')}等。`,
  );

  parts.push(
    '五、一般公共预算支出情况说明',
    '（一）一般公共预算当年支出规模变化情况',
    `${subject}一般公共预算当年支出${fig('T5', 'total', 'total')}，${change('generalBudgetExpense')}。`,
    '（二）一般公共预算当年支出结构情况',
    `${subject}一般公共预算当年支出${fig('T5', 'total', 'total')}，主要用于以下方面：${shareList(shares.get('generalBudgetByClass'))}等。`,
  );

  const t6 = tables.get('T6');
  parts.push(
    '六、一般公共预算基本支出情况说明',
    `${subject}一般公共预算安排基本支出${fig('T6', 'total', 'total')}，其中：`,
    `人员经费${fig('T6', 'total', 'personnel')}，主要包括：${mainItems(t6, 'personnel')}等；`,
    `公用经费${fig('T6', 'total', 'operating')}，主要包括：${mainItems(t6, 'operating')}等。`,
  );

  // An item with no money is said to be not arranged, not `0万元`.
  const item = (line: LastYearKey & keyof typeof THREE_PUBLIC) => {
    const value = amount('T10', line, 'total');
    const what = value.isZero() ? `未安排${THREE_PUBLIC[line]}` : `${THREE_PUBLIC[line]}${wan(value)}`;
    return `${what}，${change(line)}`;
  };
  parts.push(
    '七、“三公”经费增减变动原因说明',
    `${year}年${dept}财政拨款安排的“三公”经费预算${fig('T10', 'total', 'total')}，${change('threePublic', last)}。其中：${item('travelAbroad')}；${item('hospitality')}；${item('vehicles')}。${item('vehicleOperation')}；${item('vehiclePurchase')}。`,
  );

  const units = (tables.get('T11')?.rows ?? []).filter((r) => r.level === 1);
  const unitNames = units.map((u) => (u.label.trim() === dept ? `${dept}本级` : u.label.trim())).join('、');
  parts.push(
    '八、机关运行经费增减变动原因说明',
    `本部门${year}年所属${unitNames}等${units.length}家行政、参公单位机关运行经费财政拨款预算${fig('T11', 'total', 'total')}，${change('agencyOperating', last)}，原因是【请填写原因】。`,
  );

  parts.push('九、政府采购情况', `${year}年${dept}政府采购预算总额【请填写（表中无政府采购数据）】。`);

  const projects = (tables.get('T12')?.rows ?? []).filter((r) => r.level === 2).length;
  const performance: string[] = [];
  let numbered = 0;
  const basic = lineFigure(tables, 'T3', 'total', 'basic');
  const projectTotal = lineFigure(tables, 'T12', 'total', 'total');
  if (basic && projectTotal) {
    performance.push(
      `${++numbered}、整体绩效目标`,
      `${year}年编报部门整体支出绩效目标，涉及部门预算资金${wan(basic.plus(projectTotal))}，其中基本支出${wan(basic)}，项目支出${wan(projectTotal)}。`,
    );
  }
  performance.push(
    `${++numbered}、项目绩效目标`,
    projects > 0
      ? `${year}年${dept}纳入绩效目标管理的二级项目${projects}个，共计金额${fig('T12', 'total', 'total')}。`
      : `${year}年${dept}没有纳入绩效目标管理的二级项目。`,
  );
  parts.push('十、绩效管理情况', ...performance);
  return parts.join('\n\n') + '\n';
}

import * as fs from 'fs';
import * as path from 'path';
import Decimal from 'decimal.js';
import { recognize } from '../../src/engine/recognize';
import {
  largestRemainder,
  lastYearSheetFromText,
  percentOf,
  quotedChanges,
  quotedShares,
  readLastYear,
  yearOnYear,
} from '../../src/engine/shares';
import type { WorkbookSnapshot } from '../../src/engine/snapshot';
import { buildWorkbook } from '../fixtures/layouts';

const LAST_YEAR = fs.readFileSync(
  path.join(__dirname, '..', '..', 'samples', 'source', 'seed-2026', 'last-year.tsv'),
  'utf8',
);

const d = (v: string) => new Decimal(v);
const fixed = (v: Decimal | undefined) => v?.toFixed(2);

function withLastYear(workbook: WorkbookSnapshot): WorkbookSnapshot {
  return { ...workbook, sheets: [...workbook.sheets, lastYearSheetFromText(LAST_YEAR)] };
}

describe('percentages', () => {
  it('rounds half-up to 0.01%', () => {
    expect(fixed(percentOf(d('4542.59'), d('5670.31')))).toBe('80.11');
    expect(fixed(percentOf(d('1'), d('8')))).toBe('12.50');
    expect(fixed(percentOf(d('1'), d('16')))).toBe('6.25');
    // 1/800 = 0.125%: half-up gives 0.13 where half-even would give 0.12.
    expect(fixed(percentOf(d('1'), d('800')))).toBe('0.13');
    expect(percentOf(d('1'), d('0'))).toBeUndefined();
  });

  it('apportions exactly 100.00% by largest remainder', () => {
    const shares = largestRemainder([d('3800.95'), d('607.53'), d('134.12')]);
    expect(shares.map(fixed)).toEqual(['83.67', '13.38', '2.95']);
    expect(fixed(shares.reduce((s, x) => s.plus(x), d('0')))).toBe('100.00');
    expect(largestRemainder([d('1'), d('1'), d('1')]).map(fixed)).toEqual(['33.34', '33.33', '33.33']);
    expect(largestRemainder([d('0'), d('0')]).map(fixed)).toEqual(['0.00', '0.00']);
  });

  it('states a change and its percentage of last year', () => {
    expect(yearOnYear(d('5670.31'), d('5838.10'))).toMatchObject({ direction: 'down' });
    expect(fixed(yearOnYear(d('5670.31'), d('5838.10')).change)).toBe('-167.79');
    expect(fixed(yearOnYear(d('5670.31'), d('5838.10')).percent)).toBe('2.87');
    expect(yearOnYear(d('742.77'), d('742.77'))).toMatchObject({ direction: 'same' });
    expect(yearOnYear(d('10'), d('0')).percent).toBeUndefined();
  });
});

describe('the seed’s quoted figures', () => {
  const { tables } = recognize(buildWorkbook());
  const sets = new Map(quotedShares(tables).map((s) => [s.key, s]));
  const percents = (key: 'income' | 'expenditure' | 'generalBudgetByClass') =>
    sets.get(key)!.shares.map((s) => `${s.label} ${fixed(s.percent)}`);

  it('income structure over 收入总计 5670.31', () => {
    expect(fixed(sets.get('income')!.base.amount)).toBe('5670.31');
    expect(percents('income')).toEqual([
      '一般公共预算拨款收入 80.11',
      '政府性基金预算拨款收入 0.00',
      '国有资本经营预算拨款收入 0.00',
      '财政专户管理资金收入 0.00',
      '单位资金 19.71',
      '上年结转 0.18',
    ]);
  });

  it('expenditure structure: 基本 and 项目', () => {
    expect(percents('expenditure')).toEqual(['基本支出 61.38', '项目支出 38.62']);
  });

  it('一般公共预算 by 类, 99.99% half-up or 100.00% by largest remainder', () => {
    const set = sets.get('generalBudgetByClass')!;
    expect(percents('generalBudgetByClass')).toEqual([
      '一般公共服务支出 83.67',
      '社会保障和就业支出 13.37',
      '卫生健康支出 2.95',
    ]);
    const sum = (key: 'percent' | 'adjusted') => fixed(set.shares.reduce((s, x) => s.plus(x[key]), d('0')));
    expect(sum('percent')).toBe('99.99');
    expect(sum('adjusted')).toBe('100.00');
  });

  it('reads last year’s figures from a 上年预算数 sheet and states the changes', () => {
    const lastYear = readLastYear(withLastYear(buildWorkbook()))!;
    expect(lastYear).toMatchObject({ sheet: '上年预算数', year: 2025 });
    const changes = new Map(quotedChanges(tables, lastYear).map((c) => [c.key, c]));
    const stated = (key: Parameters<typeof changes.get>[0]) => {
      const c = changes.get(key)!;
      return `${c.direction} ${fixed(c.change)} ${fixed(c.percent)}`;
    };
    expect(stated('incomeTotal')).toBe('down -167.79 2.87');
    expect(stated('expenseTotal')).toBe('down -167.79 2.87');
    expect(stated('generalBudgetExpense')).toBe('up 74.75 1.67');
    expect(stated('agencyOperating')).toBe('down -16.48 3.82');
    expect(stated('threePublic')).toBe('same 0.00 0.00');
    // Zero both years: the same, with no percentage of a zero.
    expect(changes.get('vehiclePurchase')).toMatchObject({ direction: 'same' });
    expect(changes.get('vehiclePurchase')).not.toHaveProperty('percent');
  });

  it('has no last year without the sheet, and converts a sheet in 元', () => {
    expect(readLastYear(buildWorkbook())).toBeUndefined();
    const inYuan = lastYearSheetFromText('2025年上年预算数\n单位：元\n机关运行经费\t4,312,700');
    expect(readLastYear({ sheets: [inYuan] })?.figures.agencyOperating?.toFixed(2)).toBe('431.27');
  });
});

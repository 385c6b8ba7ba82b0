/**
 * Last year's budget figures, for the year-on-year statements of the explanation. They are not part of the
 * disclosure tables, so the workbook may carry them on a sheet of their own (docs/fill.md):
 *
 *   上年预算数                      ← a title cell containing 上年预算数 (or 上年数) near the top
 *   单位：万元                      ← optional; 单位：元 is converted
 *   项目        2025年预算数        ← optional header; a year here or in the title names last year
 *   收入总计    5838.10             ← one line per figure: a label, then its amount to the right
 *   一般公共预算当年支出  4467.84
 *   …
 *
 * The labels it knows are those of `LAST_YEAR_LINES`; other lines are ignored.
 */
import Decimal from 'decimal.js';
import { parseAmountCell } from '../amount';
import { cellText, type SheetSnapshot, type WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';

export type LastYearKey =
  | 'incomeTotal'
  | 'expenseTotal'
  | 'appropriationTotal'
  | 'generalBudgetExpense'
  | 'agencyOperating'
  | 'threePublic'
  | 'travelAbroad'
  | 'hospitality'
  | 'vehicles'
  | 'vehiclePurchase'
  | 'vehicleOperation';

/** Label patterns, most specific first (公务用车购置及运行费 before 公务用车购置费). */
export const LAST_YEAR_LINES: ReadonlyArray<readonly [LastYearKey, RegExp, string]> = [
  ['incomeTotal', /^(部门)?(预算)?收入总计$/, '收入总计'],
  ['expenseTotal', /^(部门)?(预算)?支出总计$/, '支出总计'],
  ['appropriationTotal', /^财政拨款收支总(预算|计)$/, '财政拨款收支总预算'],
  ['generalBudgetExpense', /^一般公共预算(当年)?支出$/, '一般公共预算当年支出'],
  ['agencyOperating', /^机关运行经费$/, '机关运行经费'],
  ['threePublic', /^"三公"经费(合计)?$/, '"三公"经费'],
  ['travelAbroad', /因公出国/, '因公出国（境）费'],
  ['hospitality', /公务接待费/, '公务接待费'],
  ['vehicles', /公务用车购置及运行/, '公务用车购置及运行费'],
  ['vehiclePurchase', /公务用车购置费$/, '公务用车购置费'],
  ['vehicleOperation', /公务用车运行(维护)?费$/, '公务用车运行维护费'],
];

export interface LastYear {
  /** Last year's budget year when the sheet names it (`2025年预算数`). */
  readonly year?: number;
  /** In 万元. */
  readonly figures: Partial<Record<LastYearKey, Decimal>>;
  readonly sheet: string;
}

const TITLE = /上年(预算)?数/;
const TITLE_ROWS = 5;

function rowTexts(sheet: SheetSnapshot, row: number): string[] {
  return (sheet.rows[row] ?? []).map((c) => cellText(c).trim());
}

function isLastYearSheet(sheet: SheetSnapshot): boolean {
  if (TITLE.test(squash(sheet.name))) return true;
  for (let r = 0; r < Math.min(TITLE_ROWS, sheet.rows.length); r++) {
    if (rowTexts(sheet, r).some((t) => TITLE.test(squash(t)))) return true;
  }
  return false;
}

export function readLastYearSheet(sheet: SheetSnapshot): LastYear {
  const figures: Partial<Record<LastYearKey, Decimal>> = {};
  let year: number | undefined;
  let factor = new Decimal(1);
  sheet.rows.forEach((cells, r) => {
    const texts = rowTexts(sheet, r);
    for (const t of texts) {
      if (/单位[:：]\s*元/.test(t)) factor = new Decimal(10000);
      const y = /((?:19|20)\d{2})\s*年/.exec(t);
      if (y && year === undefined && /预算数|上年/.test(t)) year = Number(y[1]);
    }
    const labelAt = texts.findIndex((t) => LAST_YEAR_LINES.some(([, re]) => re.test(squash(t))));
    if (labelAt < 0) return;
    const key = LAST_YEAR_LINES.find(([, re]) => re.test(squash(texts[labelAt])))![0];
    for (let c = labelAt + 1; c < (cells?.length ?? 0); c++) {
      const parsed = parseAmountCell(cells?.[c]);
      if (parsed.kind === 'invalid') continue;
      if (parsed.kind === 'empty' && texts[c] === '') continue;
      figures[key] ??= parsed.kind === 'amount' ? parsed.value : new Decimal(0);
      break;
    }
  });
  const scaled = Object.fromEntries(
    Object.entries(figures).map(([k, v]) => [k, v.div(factor)]),
  ) as LastYear['figures'];
  return { sheet: sheet.name, figures: scaled, ...(year !== undefined ? { year } : {}) };
}

/** Last year's figures from the workbook's 上年预算数 sheet, if it has one. */
export function readLastYear(workbook: WorkbookSnapshot): LastYear | undefined {
  const sheet = workbook.sheets.find(isLastYearSheet);
  return sheet ? readLastYearSheet(sheet) : undefined;
}

/** A tab-separated text laid out like the sheet (samples/source/seed-2026/last-year.tsv) as a sheet. */
export function lastYearSheetFromText(text: string, name = '上年预算数'): SheetSnapshot {
  const rows = text
    .split(/\r?\n/)
    .map((line) =>
      line.split('\t').map((field) => (field.trim() === '' ? undefined : { value: field.trim() })),
    );
  return { name, rows };
}

/** Last year's figures from a text file laid out like the sheet. */
export function lastYearFromText(text: string): LastYear {
  return readLastYearSheet(lastYearSheetFromText(text));
}

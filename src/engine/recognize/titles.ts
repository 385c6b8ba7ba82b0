/**
 * Which disclosure table a title names. Titles differ a little between provinces and years (收支总表 /
 * 部门收支总表 / 部门收支预算总表, …), so this matches on the words that tell the tables apart, most specific first.
 */
import type { TableId } from '../model';
import { squash } from './grid';

export const TABLE_NAMES: Record<TableId, string> = {
  T1: '预算收支总表',
  T2: '预算收入总表',
  T3: '预算支出总表',
  T4: '财政拨款收支总表',
  T5: '一般公共预算支出表',
  T6: '一般公共预算基本支出分经济科目表',
  T7: '政府性基金预算收入表',
  T8: '政府性基金预算支出表',
  T9: '国有资本经营预算收支表',
  T10: '"三公"经费支出表',
  T11: '机关运行经费表',
  T12: '项目支出表（本年预算）',
  T13: '项目支出表（上年结转）',
};

export const TABLE_IDS = Object.keys(TABLE_NAMES) as TableId[];

const RULES: ReadonlyArray<readonly [TableId, (t: string) => boolean]> = [
  ['T10', (t) => /三公/.test(t)],
  ['T11', (t) => /机关运行经费/.test(t)],
  ['T13', (t) => /项目支出/.test(t) && /上年结转/.test(t)],
  ['T12', (t) => /项目支出/.test(t)],
  ['T6', (t) => /基本支出/.test(t)],
  ['T7', (t) => /政府性基金/.test(t) && /收入/.test(t)],
  ['T8', (t) => /政府性基金/.test(t) && /支出/.test(t)],
  ['T9', (t) => /国有资本经营/.test(t)],
  // 财政拨款收支总表, 财政拨款收支预算总表, 部门财政拨款预算收支总表: the words in either order.
  ['T4', (t) => /财政拨款/.test(t) && /收支/.test(t)],
  ['T5', (t) => /一般公共预算/.test(t) && /支出/.test(t)],
  ['T1', (t) => /收支/.test(t) && /总表/.test(t)],
  ['T2', (t) => /收入/.test(t) && /总表/.test(t)],
  ['T3', (t) => /支出/.test(t) && /总表/.test(t)],
];

/** Brackets after a title's 表, any number of them: `（不含上年结转）（公开）`, `(单位：万元)`. */
const SUFFIXES = /(?:（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^[\]]*\])*$/;
/** A unit written after the title in its cell (`…总表    单位：万元`), and punctuation closing it (`…总表：`). */
const TRAILER = /(?:(?<![（(【[])(?:金额)?单位[:：][^（）()]*)?[\s:：,，、.．]*$/;

/** A sentence, a contents line, a note: never a title, nor any part of it. */
function excluded(t: string): boolean {
  return /\.{3,}|…|…{2,}|[。；]/.test(t) || /绩效|目录|说明|注[:：]/.test(t);
}

function classifySquashed(t: string): TableId | undefined {
  if (t.length < 4 || t.length > 80 || excluded(t)) return undefined;
  if (!t.replace(SUFFIXES, '').endsWith('表')) return undefined;
  return RULES.find(([, test]) => test(t))?.[0];
}

/**
 * The table a cell's text is the title of, or undefined. Table-of-contents lines and long sentences are not
 * titles. The title may be followed by brackets, a unit or closing punctuation, and share its cell with the
 * department on a line (or a wide gap) of its own.
 */
export function classifyTitle(text: string): TableId | undefined {
  const whole = classifySquashed(squash(text.replace(TRAILER, '')));
  if (whole) return whole;
  // `山西省某某厅\n2026年预算收支总表`, `2026年预算收支总表  某某厅`: the part that is a title.
  const parts = text.split(/\n|\s{2,}|\u3000+/).filter((p) => p.trim());
  if (parts.length < 2 || excluded(squash(text))) return undefined;
  for (const part of parts) {
    const id = classifySquashed(squash(part.replace(TRAILER, '')));
    if (id) return id;
  }
  return undefined;
}

/** A title that continues the table before it: `续表`, `续表2`, `…支出总表（续）`. */
export function isContinuation(text: string): boolean {
  const t = squash(text);
  return /^续表\d*$|[（(]续表?\d*[)）]$|续表$/.test(t);
}

/** The budget year a title carries (`2026年…`). */
export function titleYear(text: string): number | undefined {
  const m = /(19|20)\d{2}(?=\s*年)/.exec(text);
  return m ? Number(m[0]) : undefined;
}

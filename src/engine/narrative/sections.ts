/**
 * The explanation's parts (一、部门预算收支数据变动情况及原因 … 十、绩效管理情况) and their sentences. A part
 * is known by the words of its heading, not by its number, since departments leave parts out or renumber
 * them; a text without headings is one part of unknown kind.
 */
import { squash } from '../text';

export type SectionKey =
  | 'change'
  | 'income'
  | 'expenditure'
  | 'appropriation'
  | 'generalBudget'
  | 'basic'
  | 'threePublic'
  | 'agencyOperating'
  | 'procurement'
  | 'performance';

/** Most specific first: 一般公共预算基本支出 is `basic`, "三公"经费增减变动 is not `change`. */
const HEADINGS: ReadonlyArray<readonly [RegExp, SectionKey]> = [
  [/三公/, 'threePublic'],
  [/机关运行经费/, 'agencyOperating'],
  [/政府采购/, 'procurement'],
  [/绩效/, 'performance'],
  [/基本支出/, 'basic'],
  [/财政拨款收支/, 'appropriation'],
  [/一般公共预算.*支出/, 'generalBudget'],
  [/收支.*变动|变动情况/, 'change'],
  [/收入预算/, 'income'],
  [/支出预算/, 'expenditure'],
];

const HEADING_LINE = /^\s*[一二三四五六七八九十]+、/;

export interface Sentence {
  readonly section?: SectionKey;
  readonly text: string;
  /** Offset of `text` in the whole explanation. */
  readonly start: number;
}

export function sectionOf(heading: string): SectionKey | undefined {
  const words = squash(heading);
  return HEADINGS.find(([re]) => re.test(words))?.[1];
}

/** Sentences end at 。；; and line breaks; each carries the part it is in. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let section: SectionKey | undefined;
  for (const m of text.matchAll(/[^。；;\n]+/g)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    if (HEADING_LINE.test(trimmed) && trimmed.length <= 40 && !/\d/.test(trimmed.replace(HEADING_LINE, ''))) {
      section = sectionOf(trimmed) ?? section;
      continue;
    }
    out.push({ ...(section ? { section } : {}), text: trimmed, start: m.index + lead });
  }
  return out;
}

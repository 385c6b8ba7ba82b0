/**
 * What the words lint (words.test.ts) and the browser tests look for in text a person reads: a space between
 * two Chinese characters, a rule id, an internal line key.
 */
import { CATALOG } from '../../src/engine/catalog';

const CJK = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef]';
const SPACED = new RegExp(`${CJK}[ \\t\\u00a0]+${CJK}`, 'u');
const IDS = [
  ...CATALOG.map((r) => r.id),
  'table-missing',
  'table-duplicate',
  'cell-unreadable',
  'cell-text-cut',
];
/** `income.generalBudget`, `expense.grandTotal`: a line's key, never a word. */
const LINE_KEY = /\b(?:income|expense|main)\.[a-z]+(?:[A-Z][a-z]*)*\b/;

export function textProblems(where: string, text: string): string[] {
  const found: string[] = [];
  for (const line of text.split('\n')) {
    const spaced = SPACED.exec(line);
    if (spaced) found.push(`${where}: a space between Chinese words at “${spaced[0]}” in: ${line.trim()}`);
    const id = IDS.find((rule) => line.includes(rule));
    if (id) found.push(`${where}: rule id ${id} in: ${line.trim()}`);
    if (LINE_KEY.test(line)) found.push(`${where}: line key in: ${line.trim()}`);
  }
  return found;
}

/** What an English twin of the engine's Chinese must look like, for the explain, derive and narrative tests. */

/** Chinese characters and CJK punctuation (，。：「」（）…). */
const CJK = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/;

/** The text with each name the workbook prints (“quoted”, or 「quoted」 in Chinese) emptied: they stay Chinese. */
function unquoted(text: string): string {
  return text.replace(/“[^”]*”/g, '“”').replace(/「[^」]*」/g, '「」');
}

/** Whether `text` is English: no Chinese outside the quoted names. */
export function isEnglish(text: string): boolean {
  return !CJK.test(unquoted(text));
}

/** The figures of a text (`4,542.59`, `-5.15`, `0.015`), in order: a twin says the same numbers. */
export function figuresIn(text: string): string[] {
  return unquoted(text).match(/-?\d[\d,]*(?:\.\d+)?/g) ?? [];
}

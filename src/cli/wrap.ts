/**
 * Line wrapping for a terminal, where a Chinese character takes two columns. Numbers, cell addresses and
 * other runs of ASCII are never split, closing punctuation never starts a line, and a quoted name stays on
 * one line with the table it belongs to (`表4「一、一般公共预算」`) unless it is longer than a whole line.
 */

/** East Asian wide and fullwidth ranges (CJK, Hangul, fullwidth forms): two columns each. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** Punctuation that belongs to the text before it, and punctuation that belongs to the text after it. */
const CLOSING = /^[，。、；：！？）」』”’》】]$/;
const OPENING = /^[（「『“‘《【]$/;

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

/**
 * Splits `text` into lines of at most `width` columns. A run of ASCII longer than a line gets a line of its
 * own; a quoted name longer than a line is split where it must be, as a reader would.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  const all = units(text).flatMap((unit) =>
    displayWidth(unit) > width && /[「“『]/.test(unit) ? pieces(unit) : [unit],
  );
  for (const unit of all) {
    const w = displayWidth(unit);
    if (used + w > width && line.trim() !== '') {
      lines.push(line.trimEnd());
      line = '';
      used = 0;
      if (unit === ' ') continue;
    }
    line += unit;
    used += w;
  }
  lines.push(line.trimEnd());
  return lines;
}

/**
 * `prefix` then `text`, wrapped to `width` with the continuation lines indented under the text. `paint`
 * styles the prefix after it has been measured, so colour codes do not count as columns.
 */
export function hang(prefix: string, text: string, width: number, paint = (s: string) => s): string {
  const indent = ' '.repeat(displayWidth(prefix));
  return wrap(text, Math.max(width - indent.length, 20))
    .map((line, i) => (i === 0 ? paint(prefix) : indent) + line)
    .join('\n');
}

/** A quoted name, ASCII words, single spaces and single other characters. */
const TOKENS = /「[^「」]*」|“[^“”]*”|『[^『』]*』|[!-~]+|\s|[^\s]/gu;
const QUOTED = /^[「“『]/;

/**
 * The text's unbreakable units: tokens, with punctuation glued to what it encloses, a table's number to 表
 * (`表4`) and a quoted name to the word before it.
 */
function units(text: string): string[] {
  const result: string[] = [];
  let glued = false;
  for (const unit of text.match(TOKENS) ?? []) {
    const previous = result[result.length - 1];
    const word = previous !== undefined && previous.trim() !== '';
    const stick =
      glued ||
      (word && (CLOSING.test(unit) || QUOTED.test(unit))) ||
      (previous !== undefined && previous.endsWith('表') && /^\d/.test(unit));
    if (stick) result[result.length - 1] += unit;
    else result.push(unit);
    glued = OPENING.test(unit);
  }
  return result;
}

/** A unit too long for any line, split into its characters (closing punctuation still with the text before). */
function pieces(unit: string): string[] {
  const result: string[] = [];
  for (const ch of unit.match(/[!-~]+|[^\s]|\s/gu) ?? []) {
    if (result.length > 0 && CLOSING.test(ch)) result[result.length - 1] += ch;
    else result.push(ch);
  }
  return result;
}

/** `text` padded with spaces to `width` columns. */
export function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

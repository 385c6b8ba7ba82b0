/** Any character squash changes. */
const FOLDED = /[\s\u00a0\u3000“”"「」『』‘’'\uFF21-\uFF3A\uFF41-\uFF5A]/;

/** Text with all whitespace removed and full-width letters and quotes folded: what matching works on. */
export function squash(text: string): string {
  // Most cells (codes, figures, plain names) have nothing to fold: one test instead of three replacements.
  if (!FOLDED.test(text)) return text;
  return text
    .replace(/[\s\u00a0\u3000]+/g, '')
    .replace(/[“”"「」『』‘’']/g, '"')
    .replace(/[\uFF21-\uFF3A\uFF41-\uFF5A]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** A count with thousands separators, as messages write it: `32,767`. */
export function grouped(n: number): string {
  return n.toLocaleString('en');
}

/** Quoted cell content longer than this is cut: a message names the cell, it does not reprint it. */
const QUOTE_CHARS = 40;

/** A cell's content for a message: whole when short, else its start and how long it is. */
export function excerpt(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= QUOTE_CHARS) return text;
  return `${chars.slice(0, QUOTE_CHARS - 10).join('')}…（共 ${grouped(chars.length)} 个字符）`;
}

/**
 * Classification codes as tables print them: `2010301`, `201 03 01`, `201-03-01`, `201.03.01`, `201·03·01`,
 * full-width `２０１０３０１`. One reading for every place a code is read, so a separator never turns a code
 * column into a name column or a code into a name.
 */

/** Between a code's parts: spaces, a hyphen or dash, a dot, a middle dot — the same one each time. */
const SEP = '[ \\u00a0\\u3000\\-－—–·・.．]';
const PARTS = `\\d{3}(?:(?<sep>${SEP}?)\\d{2}(?:\\k<sep>\\d{2}){0,2})?`;
const CODE = new RegExp(`^${PARTS}$`);
/** `2010301 行政运行`, `201-03-01 行政运行`, `2010301-行政运行`, `[201]一般公共服务支出`. */
const CODE_AND_NAME = new RegExp(`^[[【［(（]?(${PARTS})[\\]】］)）]?[\\s\\-—－·、.．:：]*(\\D.*)$`);

/** Full-width digits as ASCII digits, one character for one, so offsets into the text stay the same. */
export function foldDigits(text: string): string {
  return text.replace(/[\uFF10-\uFF19]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** The code a cell holding only a code spells (`201-03-01` → `2010301`), or undefined. */
export function codeOf(text: string): string | undefined {
  const t = text.normalize('NFKC').trim().replace(/\s+/g, ' ');
  return CODE.test(t) ? t.replace(/\D/g, '') : undefined;
}

/** A name that begins with its code: the code and the rest of the name as written. */
export function splitCodeAndName(label: string): { code: string; name: string } | undefined {
  const m = CODE_AND_NAME.exec(foldDigits(label));
  if (!m) return undefined;
  const name = m[3];
  return { code: m[1].replace(/\D/g, ''), name: label.slice(label.length - name.length) };
}

/**
 * Text as the command line prints it, so that each result stays one line and every figure can be read: a
 * file name's control characters escaped (`\n`, `\t`, `\x1b`), and a figure of more digits than Excel keeps
 * (15) written as a power of ten (`1.7×10³⁰⁸`).
 */

/** C0 and C1 controls, DEL, and the two Unicode line breaks. */
const CONTROL = /[\p{Cc}\u2028\u2029]/gu;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A path or sheet name with its control characters escaped; backslashes (Windows paths) are left as they are. */
export function shownName(name: string): string {
  return name.replace(CONTROL, (ch) => {
    const code = ch.charCodeAt(0);
    return (
      NAMED[ch] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16)}`)
    );
  });
}

/** 16 or more digits before the point (grouped by commas or not), not part of a longer run of word characters. */
const LONG_FIGURE = /(?<![\w.])(-?)(\d{1,3}(?:,\d{3}){5,}|\d{16,})(?:\.(\d+))?(?![\w])/g;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Every figure of 16 or more whole digits in `text` as `1.7×10³⁰⁸`: no one reads 309 digits. */
export function readableFigures(text: string): string {
  return text.replace(LONG_FIGURE, (_m, sign: string, whole: string, fraction = '') => {
    const digits = whole.replace(/,/g, '').replace(/^0+/, '');
    const exponent = digits.length - 1;
    const significant = `${digits}${fraction}`.slice(0, 15).replace(/0+$/, '');
    const mantissa = significant.length > 1 ? `${significant[0]}.${significant.slice(1)}` : significant;
    const power = String(exponent).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]);
    return `${sign}${mantissa}×10${power}`;
  });
}

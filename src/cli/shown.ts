/**
 * Text as the command line prints it, so that each result stays one line: a file name's control characters
 * escaped (`\n`, `\t`, `\x1b`). (Figures past 15 digits the engine already writes as `1.7×10³⁰⁸`.)
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

/**
 * A worksheet's XML read once, a piece at a time, before ExcelJS: how many cells it has (so the reader can
 * refuse a workbook too big to hold in memory before building it) and which cells store a number that is not
 * one. ExcelJS reads a number cell's `<v>` with parseFloat, so `<v>0x10</v>` becomes 0, `<v>12abc</v>` 12, and
 * an empty `<v></v>` a blank: here each such cell is kept with what it stores, for the engine to report as a
 * cell it cannot read.
 */

/** A number cell whose stored value is not a number: its address and what is stored (`''` for `<v></v>`). */
export interface BadNumber {
  readonly address: string;
  readonly stored: string;
}

/** The `<row …>` and `<c …>` opening tags (the character after `c` rules out `<col>`, `<cfRule>` …). */
const TAG = /<(row|c)(?=[\s/>])([^>]*)>/g;
/** xsd:double as Excel writes it: no INF, no NaN, no hexadecimal. */
const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

const ATTRIBUTES = {
  r: /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/,
  t: /(?:^|\s)t\s*=\s*(?:"([^"]*)"|'([^']*)')/,
};

function attribute(attrs: string, name: keyof typeof ATTRIBUTES): string | undefined {
  const m = ATTRIBUTES[name].exec(attrs);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** `A1` → [0, 0]. */
function position(ref: string): [row: number, col: number] | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(ref.trim());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]) - 1, col - 1];
}

function columnName(col: number): string {
  let name = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Text with XML's character references and five named entities replaced. */
export function xmlText(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|amp|quot|apos));/gi, (_m, dec, hex, named) => {
    if (named) return { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }[(named as string).toLowerCase()]!;
    const code = dec ? Number(dec) : parseInt(hex as string, 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/**
 * Scans a worksheet's XML fed in pieces (`feed`), then `end()`. `cells` is the running count, so the caller
 * can stop reading a sheet as soon as it is past the limit.
 */
export class SheetScanner {
  cells = 0;
  readonly badNumbers: BadNumber[] = [];
  private pending = '';
  private row = -1;
  private col = -1;

  feed(text: string): void {
    this.pending += text;
    // Whole rows only: a cell never spans two pieces.
    const cut = this.pending.lastIndexOf('</row>');
    if (cut < 0) return;
    this.scan(this.pending.slice(0, cut));
    this.pending = this.pending.slice(cut);
  }

  end(): void {
    this.scan(this.pending);
    this.pending = '';
  }

  private scan(xml: string): void {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
      const attrs = m[2];
      if (m[1] === 'row') {
        const r = Number(attribute(attrs, 'r'));
        this.row = Number.isInteger(r) && r > 0 ? r - 1 : this.row + 1;
        this.col = -1;
        continue;
      }
      this.cells++;
      const ref = attribute(attrs, 'r');
      const at = ref === undefined ? undefined : position(ref);
      if (at) [this.row, this.col] = at;
      else this.col++;
      if (attrs.endsWith('/')) continue;
      const type = attribute(attrs, 't');
      if (type !== undefined && type !== 'n') continue;
      const close = xml.indexOf('</c>', TAG.lastIndex);
      const body = xml.slice(TAG.lastIndex, close < 0 ? undefined : close);
      const stored = storedValue(body);
      if (stored === undefined || NUMBER.test(stored)) continue;
      // A formula with no cached result is ExcelJS's to report (formulaWithoutResult), not a bad number.
      if (stored === '' && body.includes('<f')) continue;
      const text = xmlText(stored);
      if (text !== stored && NUMBER.test(text)) continue;
      this.badNumbers.push({ address: `${columnName(this.col)}${this.row + 1}`, stored: text.trim() });
    }
  }
}

/** The text of the cell's `<v>`, '' for `<v/>` or `<v></v>`, undefined when it has none. */
function storedValue(body: string): string | undefined {
  const open = /<v(?:\s[^>]*)?(\/?)>/.exec(body);
  if (!open) return undefined;
  if (open[1] === '/') return '';
  const start = open.index + open[0].length;
  const end = body.indexOf('</v>', start);
  return body.slice(start, end < 0 ? undefined : end);
}

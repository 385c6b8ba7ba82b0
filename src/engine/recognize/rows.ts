/**
 * A table's data rows as read from the sheet: each side's code (one column, split over 类 | 款 | 项, or at the
 * start of the name), its name with how far it is indented, and its figures by column.
 */
import { readAmountCell } from '../amount';
import type { ColumnKey } from '../model';
import type { SideKey } from '../templates/types';
import type { SideColumns } from './columns';
import { codeOf, foldDigits, splitCodeAndName } from './codes';
import { squash, type Grid } from './grid';

const SUB = /^其中\s*[:：]\s*/;

export interface RowAmount {
  readonly key: ColumnKey;
  readonly col: number;
  /** The figure as a plain decimal string in the table's unit; absent for an empty cell. */
  readonly digits?: string;
  readonly decimals?: number;
}

export interface RowDraft {
  readonly sheet: string;
  readonly sheetRow: number;
  readonly side: SideKey;
  readonly code?: string;
  /** The name as shown, trimmed, without a `其中：` prefix. */
  readonly label: string;
  /** Table 6's second name. */
  readonly label2?: string;
  /** Leading spaces before the name (a full-width space counts two): how some tables show levels. */
  readonly indent: number;
  /** The name began `其中：`: a part of the row above. */
  readonly sub: boolean;
  readonly amounts: readonly RowAmount[];
}

export interface Unreadable {
  readonly cell: { readonly sheet: string; readonly row: number; readonly col: number };
  readonly text: string;
  readonly reason: string;
}

function indentOf(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\u00a0') n++;
    else if (ch === '\u3000') n += 2;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

/** Display width: a CJK or full-width character takes two columns. */
function widthOf(text: string): number {
  let n = 0;
  for (const ch of text) n += ch.charCodeAt(0) <= 0xff ? 1 : 2;
  return n;
}

/** The code a split code's parts spell, remembering the parts a row leaves blank under its parent. */
function splitCode(parts: readonly string[], last: string[]): string | undefined {
  const widths = [3, 2, 2];
  const filled = parts.map((p, i) => (/^\d+$/.test(p) ? p.padStart(widths[i], '0') : ''));
  const deepest = filled.reduce((d, p, i) => (p ? i : d), -1);
  if (deepest < 0) return undefined;
  const code: string[] = [];
  for (let i = 0; i <= deepest; i++) {
    const part = filled[i] || last[i];
    if (!part) return undefined;
    code.push(part);
  }
  code.forEach((p, i) => (last[i] = p));
  last.length = code.length;
  return code.join('');
}

/** The cell of a whole code column as a code: text (`2010301`, `201-03-01`, `２０１０３０１`), or a number Excel kept as one. */
function codeIn(grid: Grid, row: number, col: number): string | undefined {
  const v = grid.cell(row, col)?.value;
  return codeOf(typeof v === 'number' && Number.isInteger(v) ? String(v) : grid.text(row, col));
}

export class RowReader {
  private readonly lastParts = new Map<SideKey, string[]>();
  readonly unreadable: Unreadable[] = [];

  constructor(
    private readonly grid: Grid,
    private readonly sides: readonly {
      readonly columns: SideColumns;
      readonly keys: Map<ColumnKey, number>;
    }[],
  ) {}

  /** The row's drafts, one per side that has something in it. */
  read(row: number): RowDraft[] {
    const drafts: RowDraft[] = [];
    for (const { columns: side, keys } of this.sides) {
      const draft = this.readSide(row, side, keys);
      if (draft) drafts.push(draft);
    }
    return drafts;
  }

  private readSide(row: number, side: SideColumns, keys: Map<ColumnKey, number>): RowDraft | undefined {
    const g = this.grid;
    const raw = side.name !== undefined ? g.rawText(row, side.name) : '';
    let label = raw.trim();
    let code: string | undefined;
    if (side.code.length === 1) {
      code = codeIn(g, row, side.code[0]);
      if (!code && label === '') label = g.text(row, side.code[0]);
    } else if (side.code.length > 1) {
      const last = this.lastParts.get(side.side) ?? [];
      this.lastParts.set(side.side, last);
      code = splitCode(
        side.code.map((c) => foldDigits(squash(g.text(row, c)))),
        last,
      );
      if (!code && label === '') label = side.code.map((c) => g.text(row, c)).join('');
    }
    if (!code) {
      const m = splitCodeAndName(label);
      if (m) ({ code, name: label } = m);
      else if (side.name === undefined) code = codeOf(label);
    }
    // `其中：` stands where an indent would: it counts as wide as it prints.
    const sub = SUB.exec(label)?.[0];
    if (sub) label = label.slice(sub.length);
    const amounts: RowAmount[] = [];
    let shown = false;
    for (const [key, col] of keys) {
      const p = readAmountCell(g.cell(row, col));
      if (p.kind === 'invalid') {
        this.unreadable.push({ cell: { sheet: g.name, row, col }, text: p.text, reason: p.reason });
        continue;
      }
      if (p.kind === 'amount') {
        amounts.push({ key, col, digits: p.digits, decimals: p.decimals });
        shown = true;
      } else amounts.push({ key, col });
    }
    label = label.trim();
    if (label === '' && !code && !shown) return undefined;
    return {
      sheet: g.name,
      sheetRow: row,
      side: side.side,
      ...(code ? { code } : {}),
      label,
      ...(side.name2 !== undefined && g.text(row, side.name2) ? { label2: g.text(row, side.name2) } : {}),
      indent: indentOf(raw) + (sub ? widthOf(sub) : 0),
      sub: !!sub,
      amounts,
    };
  }
}

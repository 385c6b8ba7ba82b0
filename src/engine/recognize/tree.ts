/** Building rows into a tree while recognition runs; the engine sees them read-only afterwards. */
import type { Row, Side } from '../model';
import type { RawRow } from './layout';

export type MutableRow = { -readonly [K in keyof Row]: Row[K] };

export function toRow(raw: RawRow, level: number, line?: string): MutableRow {
  return {
    sheet: raw.sheet,
    sheetRow: raw.sheetRow,
    side: raw.side === 'main' ? undefined : (raw.side as Side),
    label: raw.label,
    code: raw.code,
    level,
    line,
    figures: raw.figures,
    children: [],
  };
}

export function attach(parent: MutableRow, child: MutableRow): void {
  child.parent = parent;
  parent.children.push(child);
}

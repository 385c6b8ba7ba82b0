/** Building rows into a tree while recognition runs; the engine sees them read-only afterwards. */
import Decimal from 'decimal.js';
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

/** How many of the columns that show money add up from `parts` to `head`, within rounding. */
export function columnsAddingUp(head: RawRow, parts: readonly RawRow[]): number {
  const keys = new Set(Object.keys(head.figures)) as Set<keyof RawRow['figures']>;
  let n = 0;
  for (const k of keys) {
    const h = head.figures[k];
    let sum = new Decimal(0);
    let tol = h?.half ?? new Decimal(0);
    let shown = !!h && !h.value.isZero();
    for (const p of parts) {
      const f = p.figures[k];
      if (!f) continue;
      sum = sum.plus(f.value);
      tol = tol.plus(f.half);
      if (!f.value.isZero()) shown = true;
    }
    if (
      shown &&
      sum
        .minus(h?.value ?? 0)
        .abs()
        .lte(tol)
    )
      n++;
  }
  return n;
}

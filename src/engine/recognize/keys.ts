/**
 * Which amount column is which: each column's heading is matched against the template's column words, its
 * lowest heading first (`合计` under `本年收入`). Where headings say nothing that tells (`2026年`), the
 * relationships decide: a total comes first, and one column left over takes the one name left over.
 */
import type { ColumnKey } from '../model';
import type { ColumnSpec, SideSpec } from '../templates/types';
import type { AmountColumn } from './columns';

export interface ColumnMatch {
  /** Column by key. */
  readonly columns: Map<ColumnKey, number>;
  /** The heading each matched column prints (its lowest word), for messages. */
  readonly titles: Map<ColumnKey, string>;
  /** Columns the template names but the table does not show. */
  readonly missing: readonly ColumnSpec[];
  /** How many columns their headings named outright (ranks a table's templates). */
  readonly named: number;
}

export const TOTALS: ReadonlySet<ColumnKey> = new Set(['total', 'subtotal', 'amount']);

export function matchColumns(amounts: readonly AmountColumn[], spec: SideSpec): ColumnMatch {
  const columns = new Map<ColumnKey, number>();
  const titles = new Map<ColumnKey, string>();
  const taken = new Set<number>();
  const take = (s: ColumnSpec, a: AmountColumn) => {
    columns.set(s.key, a.col);
    titles.set(s.key, a.words[a.words.length - 1] ?? s.zh);
    taken.add(a.col);
  };
  for (const a of amounts) {
    for (let i = a.words.length - 1; i >= 0 && !taken.has(a.col); i--) {
      const s = spec.columns.find((c) => !columns.has(c.key) && c.words.test(a.words[i]));
      if (s) take(s, a);
    }
  }
  const named = columns.size;
  const open = () => spec.columns.filter((c) => !columns.has(c.key));
  const left = () => amounts.filter((a) => !taken.has(a.col));
  const first = amounts[0];
  const total = open().find((c) => TOTALS.has(c.key));
  if (first && total && !taken.has(first.col)) take(total, first);
  if (left().length === 1 && open().length === 1) take(open()[0], left()[0]);
  return { columns, titles, missing: open().filter((c) => !c.optional), named };
}

/**
 * What a disclosure table looks like: the amount columns of each side and the named lines (本年收入合计,
 * 公务接待费…) the relationships refer to, with the words that name them in printed tables and the names
 * messages use. Recognition reads these to find columns and lines; messages and the trainers' views read
 * them to name what was found or missed. A place's template that prints a table differently is one more
 * template of the same table (a variant), not a new word in a list somewhere else.
 */
import type { ColumnKey, TableId } from '../model';

export type SideKey = 'main' | 'income' | 'expense';

export interface ColumnSpec {
  readonly key: ColumnKey;
  /**
   * Header words that name the column, tried on the lowest header word first (the most specific) after
   * spaces, numbering and units are removed.
   */
  readonly words: RegExp;
  /** How the printed table calls the column (`一般公共预算`), for messages. */
  readonly zh: string;
  readonly en: string;
  /** Some workbooks of this template leave the column out; its absence is then no gap. */
  readonly optional?: boolean;
}

export interface LineSpec {
  /** The key relationships use (`income.generalBudget`, `total`). */
  readonly key: string;
  /** Words that name the line, matched against its label without spaces and numbering (`一、`). */
  readonly words: RegExp;
  /** How messages name the line: `收入「一般公共预算」`, `合计行`. */
  readonly zh: string;
  readonly en: string;
  /**
   * Tables may leave the line out when it holds no money (an empty 政府性基金 line). Its absence is then a gap
   * only where another table shows money for it.
   */
  readonly optional?: boolean;
}

export interface SideSpec {
  readonly side: SideKey;
  /** The amount columns in the order a printed table usually has them. */
  readonly columns: readonly ColumnSpec[];
}

export interface TableTemplate {
  readonly id: TableId;
  /** Which template of the table this is (`standard`, or a place's own layout). */
  readonly variant: string;
  /** The sides of the table: `main` alone, or `income` and `expense` side by side. */
  readonly sides: readonly SideSpec[];
  readonly lines: readonly LineSpec[];
  /**
   * Words in the header that only this variant's columns have (事业收入): they pick this variant over the
   * standard one when both fit the title.
   */
  readonly marker?: RegExp;
}

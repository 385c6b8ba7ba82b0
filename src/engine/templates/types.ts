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
  /**
   * Keys of other lines this row also is in this template: a 收入总计 with no 本年收入合计 or 上年结转 above it
   * is the year's revenue total as well.
   */
  readonly alias?: readonly string[];
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
  /** Which set of tables the template belongs to (families.ts). */
  readonly family: FamilyId;
  /**
   * Lines and columns (`side.key`) this template has none of, because the money they stand for does not
   * exist in it (no 上年结转 where a place's set shows no carry-over): relationships read them as zero.
   */
  readonly zero?: readonly string[];
  /**
   * One row of figures whose columns are the lines (因公出国(境)费 | 公务接待费 | …): the lines' words are
   * matched against the column headings, and each figure is that line's `total`.
   */
  readonly transposed?: boolean;
}

export type FamilyId = 'standard' | 'district';

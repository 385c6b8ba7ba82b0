/**
 * What a check returns. Plain, serialisable data: the command line prints it as JSON, the task pane renders
 * it, the hosts mark its cells.
 */

/** error = 强制性 (a hard rule is broken), warning = 提示性 (a soft rule), info = 尾差 or a note. */
export type Severity = 'error' | 'warning' | 'info';

/** A cell by sheet name (exactly as in the workbook) and A1 address without `$`. */
export interface FindingCell {
  readonly sheet: string;
  readonly address: string;
}

export interface Finding {
  /** The relation's id, e.g. `T2.row-total`, or an engine id such as `table-missing`. */
  readonly rule: string;
  readonly severity: Severity;
  /** One or two plain Chinese sentences a compiler understands without reading code. */
  readonly message: string;
  /** The same in English, for Office running in English. */
  readonly messageEn?: string;
  /** Every cell the finding is about: the total and the parts that disagree. First is the checked cell. */
  readonly cells: readonly FindingCell[];
  /** The figure the checked cell should show, as a decimal string (`4542.59`), when there is one. */
  readonly expected?: string;
  readonly actual?: string;
  /** actual − expected, e.g. `-10.00`. */
  readonly difference?: string;
  /** The table ids involved (`T2`), for grouping. */
  readonly tables: readonly string[];
  /**
   * What the finding is about, by table, line and column rather than by address (`表2「2010301 行政运行」合计`),
   * so the same finding can be matched across two versions of a workbook whose rows moved.
   */
  readonly subject?: string;
}

export interface RecognizedTableInfo {
  /** T1…T13, the seed's numbering. */
  readonly id: string;
  readonly title: string;
  readonly sheet: string;
  /** The table's extent, `A4:F40`. */
  readonly range: string;
  /** 万元 or 元. */
  readonly unit: string;
  /** The template it follows: `standard`, or a place's own layout. */
  readonly variant: string;
  /** The columns (with the headings they print) and named lines recognition found. */
  readonly found: {
    readonly columns: readonly { readonly key: string; readonly name: string }[];
    readonly lines: readonly { readonly key: string; readonly name: string }[];
  };
  /** What the table's template has that was not found; `optional` ones may be left out when empty. */
  readonly missing: readonly {
    readonly kind: 'line' | 'column' | 'side';
    readonly key: string;
    readonly name: string;
    readonly optional: boolean;
  }[];
  /** Later parts of the table on other sheets (续表). */
  readonly continued?: readonly { readonly sheet: string; readonly range: string }[];
  /** The budget year its title carries. */
  readonly year?: number;
  /** The department named on its `部门名称：` line. */
  readonly department?: string;
}

/** A relationship, or some of its instances, that could not be checked, and why. */
export interface NotChecked {
  /** The relation's id. */
  readonly rule: string;
  /** Its Chinese name. */
  readonly name: string;
  /** What was missing, in words: `表1 收入「一般公共预算」行`. */
  readonly because: readonly string[];
}

export interface Suspect extends FindingCell {
  /** 0…1, higher is more likely the wrong cell. */
  readonly score: number;
}

export interface CheckReport {
  readonly file?: string;
  readonly tables: readonly RecognizedTableInfo[];
  readonly findings: readonly Finding[];
  readonly suspects: readonly Suspect[];
  readonly summary: { readonly errors: number; readonly warnings: number; readonly infos: number };
  /** The set of tables the workbook follows: `standard` (13 tables) or `district` (9). */
  readonly family?: 'standard' | 'district';
  /** Relationships (or parts of them) left unchecked because a line, column or side was not found. */
  readonly notChecked?: readonly NotChecked[];
  /** Ids of relationships that do not apply: this workbook's templates have no such line, column or table. */
  readonly notApplicable?: readonly string[];
}

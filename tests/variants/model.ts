/**
 * A department's disclosure as data, independent of any layout: for each table its rows (label, code where
 * it has one, the row's role) and its figures by column role. The renderer lays it out in one of many
 * ways; the relations module knows which figures must agree. Nothing here reads the engine.
 */
import Decimal from 'decimal.js';

/** The seed's 13 tables and the Shanghai district family's 9 (FAMILIES.md). */
export type SeedTableKey =
  'T1' | 'T2' | 'T3' | 'T4' | 'T5' | 'T6' | 'T7' | 'T8' | 'T9' | 'T10' | 'T11' | 'T12' | 'T13';
export type ShanghaiTableKey = 'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6' | 'S7' | 'S8' | 'S9';
export type TableKey = SeedTableKey | ShanghaiTableKey;

export type FamilyId = 'seed13' | 'shanghai9';

/** What a column holds. Names are the test's own; the engine may call them what it likes. */
export type ColumnRole =
  | 'amount'
  | 'total'
  | 'subtotal'
  | 'current'
  | 'carryOver'
  | 'generalBudget'
  | 'governmentFund'
  | 'stateCapital'
  | 'specialAccount'
  | 'unitFunds'
  | 'fiscal'
  | 'business'
  | 'businessOperation'
  | 'other'
  | 'basic'
  | 'project'
  | 'personnel'
  | 'operating'
  | 'abroad'
  | 'hospitality'
  | 'vehicles'
  | 'vehiclePurchase'
  | 'vehicleOperation'
  | 'agencyOperating';

export type Side = 'income' | 'expense';

/**
 * A row's role. `line` is a named line (本年收入合计, 一、一般公共预算); `class`/`section`/`item` are 类/款/项
 * of the functional classification; `econClass`/`econItem` of the economic one; `department`/`unit`/`project`
 * the levels of the project and unit tables; `entry` a row of a short fixed list (三公 items).
 */
export type RowRole =
  | 'total'
  | 'line'
  | 'class'
  | 'section'
  | 'item'
  | 'econClass'
  | 'econItem'
  | 'department'
  | 'unit'
  | 'project'
  | 'entry';

export interface DeptRow {
  /** Unique within its table (and side): a code, a line name, `u1`, `u1.p2`… */
  readonly key: string;
  readonly side?: Side;
  readonly role: RowRole;
  /** The name as printed, without its code. */
  readonly label: string;
  /** Classification code where the row has one (`2010301`, economic `30201`). */
  readonly code?: string;
  /** The 类 a T1/T4-style row stands for, when its label carries no code (`201` for 一、一般公共服务支出). */
  readonly classCode?: string;
  /** T6's second name (政府预算支出经济科目). */
  readonly label2?: string;
  /** The key of the row this one adds into (same table and side). */
  readonly parent?: string;
  /** Figures in 元, exact where the department is exact; absent = no figure (an empty cell). */
  readonly values: Partial<Record<ColumnRole, Decimal>>;
}

export interface DeptTable {
  readonly key: TableKey;
  /** The department's rows in printed order (for side-by-side tables, each side in its own order). */
  readonly rows: readonly DeptRow[];
}

/**
 * `exact`: figures are the system's own, in whole 元 or fen, and every relation holds exactly.
 * `wan2`: figures are known only as published, rounded to 0.01 万元 (the seed), and relations hold within
 * rounding.
 */
export type Precision = 'exact' | 'wan2';

export interface Department {
  readonly family: FamilyId;
  /** Where it came from, for messages (`seed`, `generated seed13 #20260101`). */
  readonly source: string;
  readonly name: string;
  readonly year: number;
  readonly precision: Precision;
  /** The unit each table is published in when nothing else is asked (the seed: 万元; Shanghai: 元, 表9 万元). */
  readonly nativeUnit: Partial<Record<TableKey, '万元' | '元'>>;
  /** Whether a table's exact 元 figures carry fen (建设和管理委员会) or are whole 元. */
  readonly fen: boolean;
  readonly tables: readonly DeptTable[];
}

export const WAN = new Decimal(10_000);

export function tableOf(dept: Department, key: TableKey): DeptTable {
  const t = dept.tables.find((x) => x.key === key);
  if (!t) throw new Error(`${dept.source}: no table ${key}`);
  return t;
}

/** One cell of the model: table, side, row key and column role. */
export interface CellId {
  readonly table: TableKey;
  readonly side?: Side;
  readonly row: string;
  readonly col: ColumnRole;
}

export function cellKey(c: CellId): string {
  return `${c.table}|${c.side ?? ''}|${c.row}|${c.col}`;
}

/**
 * The sets of tables places publish. The standard set is the seed's 13 (the Ministry of Finance's core nine
 * and four more); the district set is nine, with "三公"经费 and 机关运行经费 in one table. A workbook follows
 * the district set when any of its tables is printed in a district template.
 */
import type { Table, TableId } from '../model';
import { templateOf } from './index';
import type { FamilyId } from './types';

export interface Family {
  readonly id: FamilyId;
  readonly zh: string;
  readonly en: string;
  /** The tables the set has; a relationship about any other table does not apply to it. */
  readonly tables: ReadonlySet<TableId>;
  /** The tables whose absence is a warning (the rest, a note). */
  readonly core: ReadonlySet<TableId>;
}

const ALL_13: TableId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10', 'T11', 'T12', 'T13'];
const NINE: TableId[] = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T8', 'T9', 'T10'];

export const FAMILIES: Readonly<Record<FamilyId, Family>> = {
  standard: {
    id: 'standard',
    zh: '标准 13 张表（财政部 9 张核心表及省定表）',
    en: 'the standard 13 tables',
    tables: new Set(ALL_13),
    core: new Set(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T8', 'T9', 'T10']),
  },
  district: {
    id: 'district',
    zh: '9 张表（"三公"经费和机关运行经费合为一表，收入按来源分类）',
    en: 'the nine-table district set',
    tables: new Set([...NINE, 'T11']),
    core: new Set(NINE),
  },
};

/** The set a workbook's recognised tables follow. */
export function familyOf(tables: Iterable<Table>): Family {
  for (const t of tables) if (templateOf(t.id, t.variant)?.family === 'district') return FAMILIES.district;
  return FAMILIES.standard;
}

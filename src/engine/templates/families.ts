/**
 * The sets of tables places publish. The standard set is the seed's 13 (the Ministry of Finance's core nine
 * and four more); the district set is nine, with "三公"经费 and 机关运行经费 in one table. Which set a workbook
 * follows, its tables say together: each table printed in a template of one set where another set prints it
 * differently (收入总表 by source or by fund) is a vote for that set, and each table a set does not have
 * (项目支出表 in a nine-table workbook) a vote against it; one table's layout alone does not decide.
 */
import type { Table, TableId } from '../model';
import { templateOf, templatesOf } from './index';
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

/** The set a workbook's recognised tables follow: the standard one unless the tables lean to another. */
export function familyOf(tables: Iterable<Table>): Family {
  const votes = new Map<FamilyId, number>();
  const vote = (id: FamilyId, n: number) => votes.set(id, (votes.get(id) ?? 0) + n);
  for (const t of tables) {
    const own = templateOf(t.id, t.variant)?.family;
    if (own && new Set(templatesOf(t.id).map((x) => x.family)).size > 1) vote(own, 1);
    for (const f of Object.values(FAMILIES)) if (!f.tables.has(t.id)) vote(f.id, -1);
  }
  const lean = (id: FamilyId) => votes.get(id) ?? 0;
  return lean('district') > lean('standard') ? FAMILIES.district : FAMILIES.standard;
}

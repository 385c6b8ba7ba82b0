/** The rule catalog as the task pane lists it: every relationship once, grouped, searchable. */
import { CATALOG } from '../../src/engine/catalog';
import { ruleCatalog, RULE_GROUPS, searchRules } from '../../src/engine/explain';

const groups = ruleCatalog(CATALOG);
const ids = (list: ReturnType<typeof ruleCatalog>) => list.flatMap((g) => g.rules.map((r) => r.id));

test('every relationship appears once, grouped by table family, then between tables, then soft checks', () => {
  expect(ids(groups).sort()).toEqual(CATALOG.map((r) => r.id).sort());
  expect(groups.map((g) => g.group.id)).toEqual(RULE_GROUPS.map((g) => g.id));
  const group = (id: string) => groups.find((g) => g.rules.some((r) => r.id === id))?.group.id;
  expect(group('T2.row-total')).toBe('revenue-expenditure');
  expect(group('T10.rollup')).toBe('three-public');
  expect(group('X.basic-expense')).toBe('between');
  expect(group('S.hospitality')).toBe('soft');
  expect(group('S.same-year')).toBe('soft');
});

test('an empty query keeps everything', () => {
  expect(searchRules(groups, '  ')).toEqual(groups);
});

test('every word must match: a table, a severity, a word of the rule', () => {
  const hard5 = ids(searchRules(groups, '表5 强制性'));
  expect(hard5).toContain('T5.rollup');
  expect(hard5).toContain('X.basic-expense');
  for (const id of hard5) {
    const r = CATALOG.find((x) => x.id === id)!;
    expect(r.severity).toBe('error');
  }
  expect(ids(searchRules(groups, '公务接待费'))).toEqual(['T10.rollup', 'S.hospitality']);
  expect(ids(searchRules(groups, 'x.BASIC'))).toEqual(['X.basic-expense']);
});

test('表1 names table 1 only, not 表10…表13', () => {
  const t1 = ids(searchRules(groups, '表1'));
  expect(t1).toContain('X.project-carry-over');
  expect(t1).not.toContain('T10.rollup');
  expect(t1).not.toContain('T12.row-total');
  expect(ids(searchRules(groups, 't13'))).toEqual([
    'T13.row-total',
    'T13.rollup',
    'X.project-carry-over',
    'X.project-expense',
    'S.unit-names',
  ]);
});

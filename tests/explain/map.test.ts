/** The relationship map: every cross-table relationship an edge, the rest on their nodes, live state per workbook. */
import { CATALOG } from '../../src/engine/catalog';
import { tablesOf } from '../../src/engine/catalog/types';
import { runCheck, type CheckResult } from '../../src/engine/check';
import { relationshipMap, type MapEdge, type RelationshipMap } from '../../src/engine/explain';
import { TABLE_IDS } from '../../src/engine/recognize/titles';
import { buildWorkbook } from '../fixtures/layouts';
import { checkedSample } from './sample';

const crossTable = CATALOG.filter((r) => tablesOf(r.shape).length >= 2);

function edge(map: RelationshipMap, id: string): MapEdge {
  const found = map.edges.find((e) => e.id === id);
  if (!found) throw new Error(`no edge ${id}`);
  return found;
}

describe('relationshipMap from the catalog alone', () => {
  const map = relationshipMap(CATALOG);

  test('the 13 tables are the nodes, with short names and no workbook state', () => {
    expect(map.nodes.map((n) => n.id)).toEqual(TABLE_IDS);
    expect(map.nodes[4]).toMatchObject({
      label: '表5',
      labelEn: 'Table 5',
      name: '一般公共预算支出表',
      nameEn: 'General public budget expenditure',
    });
    expect(map.nodes.every((n) => n.present === undefined)).toBe(true);
    expect(map.edges.every((e) => e.state === undefined)).toBe(true);
  });

  test('every relationship is drawn once: across tables as an edge, inside one on its node, else global', () => {
    expect(map.edges.map((e) => e.id)).toEqual(crossTable.map((r) => r.id));
    const own = map.nodes.flatMap((n) => n.own.map((r) => r.id));
    const global = map.global.map((r) => r.id);
    expect([...map.edges.map((e) => e.id), ...own, ...global].sort()).toEqual(
      CATALOG.map((r) => r.id).sort(),
    );
    for (const node of map.nodes) expect(node.own.every((r) => r.tables[0] === node.id)).toBe(true);
    expect(global).toEqual(['S.same-year']);
  });

  test("each edge's links reach every table it ties", () => {
    for (const e of map.edges) {
      const reached = new Set(e.links.flatMap((l) => [l.from, l.to]));
      expect([...reached].sort()).toEqual([...e.tables].sort());
      expect(e.links.every((l) => l.from !== l.to)).toBe(true);
    }
  });

  test('an equality chain is a hub from its source; each link states its own equality', () => {
    const chain = edge(map, 'X.general-budget-income');
    const source = { zh: '表2 合计行「一般公共预算」', en: 'Table 2 total row “一般公共预算”' };
    expect(chain.links).toEqual([
      {
        from: 'T2',
        to: 'T1',
        assertion: `${source.zh}= 表1 收入「一般公共预算」`,
        assertionEn: `${source.en} = Table 1 revenue “一般公共预算”`,
      },
      {
        from: 'T2',
        to: 'T4',
        assertion: `${source.zh}= 表4 收入「一般公共预算」`,
        assertionEn: `${source.en} = Table 4 revenue “一般公共预算”`,
      },
      {
        from: 'T2',
        to: 'T5',
        assertion: `${source.zh}= 表5 合计行「合计」`,
        assertionEn: `${source.en} = Table 5 total row “合计”`,
      },
    ]);
    expect(chain.assertion).toBe(
      '表2 合计行「一般公共预算」= 表1 收入「一般公共预算」= 表4 收入「一般公共预算」= 表5 合计行「合计」',
    );
  });

  test('sums link each part to the total; at-most links the lesser to the greater', () => {
    expect(edge(map, 'X.project-expense').links.map((l) => `${l.from}>${l.to}`)).toEqual([
      'T12>T3',
      'T13>T3',
    ]);
    expect(edge(map, 'X.project-expense').assertion).toBe(
      '表3 合计行「项目支出」= 表12 部门行「合计」+ 表13 部门行「合计」',
    );
    expect(edge(map, 'S.agency-operating')).toMatchObject({
      severity: 'warning',
      links: [{ from: 'T11', to: 'T6', assertion: '表11 部门合计行「合计」≤ 表6 合计行「公用经费」' }],
    });
    expect(edge(map, 'X.class-appropriation').condition).toMatch(/上年结转全部是财政拨款结转/);
  });
});

describe('relationshipMap on the seed sample', () => {
  let result: CheckResult;
  let map: RelationshipMap;
  beforeAll(async () => {
    result = await checkedSample();
    map = relationshipMap(CATALOG, result);
  });

  test('every table is present and every cross-table relationship on amounts has instances', () => {
    expect(map.nodes.every((n) => n.present)).toBe(true);
    // The seed's empty 表9 prints no 支出 合计 row, so 国有资本经营预算支出 has nothing to compare there.
    const about = map.edges.filter((x) => x.id !== 'S.unit-names' && x.id !== 'X.state-capital-expense');
    for (const e of about) {
      expect(e.state?.instances.length).toBeGreaterThan(0);
      expect(e.state?.status).not.toBe('broken');
    }
  });

  test('clicking a relationship gets both sides: the two colours and the figures', () => {
    const basic = edge(map, 'X.basic-expense').state!;
    expect(basic.status).toBe('exact');
    expect(basic.example?.left).toEqual({
      caption: '来源',
      captionEn: 'Source',
      cells: [
        {
          table: 'T6',
          label: '表6「合计」合计',
          labelEn: 'Table 6 “合计” total',
          cell: expect.objectContaining({ sheet: '表6' }),
          shown: '2905.15',
        },
      ],
    });
    expect(basic.example?.right.cells.map((c) => [c.label, c.shown])).toEqual([
      ['表5「合计」基本支出', '2905.15'],
    ]);

    const appropriation = edge(map, 'X.class-appropriation').state!;
    expect(appropriation.tally).toEqual({ exact: 29, rounding: 1, broken: 0 });
    expect(appropriation.example).toMatchObject({
      context: '201 一、一般公共服务支出',
      figures: '3811.21 = 3800.95 + 10.27（3811.22）',
      status: 'rounding',
    });
  });

  test('a missing table is marked absent and its relationships have nothing to show', () => {
    const without = relationshipMap(CATALOG, runCheck(buildWorkbook({ dropTables: ['T6'] })));
    expect(without.nodes.find((n) => n.id === 'T6')?.present).toBe(false);
    expect(edge(without, 'X.basic-expense').state).toEqual({
      instances: [],
      tally: { exact: 0, rounding: 0, broken: 0 },
    });
  });

  test('a broken relationship shows as broken on its edge', () => {
    const broken = runCheck(
      buildWorkbook({ edit: [{ table: 'T6', row: '合计', col: '合计', value: '2900.00' }] }),
    );
    const state = edge(relationshipMap(CATALOG, broken), 'X.basic-expense').state!;
    expect(state.status).toBe('broken');
    expect(state.example?.figures).toBe('2900.00 = 2905.15');
  });
});

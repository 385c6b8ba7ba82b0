/** "这个单元格从哪里来？" on the seed sample: roles, the cells on the other side, and whether each holds now. */
import { runCheck, type CheckResult } from '../../src/engine/check';
import { explainCell, type CellExplanation, type Involvement } from '../../src/engine/explain';
import type { ColumnKey, TableId } from '../../src/engine/model';
import { buildWorkbook } from '../fixtures/layouts';
import { figuresIn, isEnglish } from './english';
import { checkedSample, lineCell } from './sample';

function explainLine(result: CheckResult, table: TableId, line: string, col: ColumnKey): CellExplanation {
  const { sheet, row, col: c } = lineCell(result, table, line, col);
  return explainCell(result, sheet, row, c);
}

function involvement(e: CellExplanation, id: string): Involvement {
  const found = e.involvements.find((i) => i.relation.id === id);
  if (!found) throw new Error(`${id} not among ${e.involvements.map((i) => i.relation.id).join(', ')}`);
  return found;
}

/** The other tables a cell is tied to by relationships across tables. */
function otherTables(e: CellExplanation): TableId[] {
  const ids = e.involvements.filter((i) => i.crossTable).flatMap((i) => i.others.map((o) => o.table));
  return [...new Set(ids)].sort();
}

describe('explainCell on the seed sample', () => {
  let result: CheckResult;
  beforeAll(async () => {
    result = await checkedSample();
  });

  test('表5 合计·合计 (4542.59) is tied to 表1, 表2 and 表4, and is the sum of its row and of its 类', () => {
    const e = explainLine(result, 'T5', 'total', 'total');
    expect(e.cell).toMatchObject({ table: 'T5', shown: '4542.59', label: '表5「合计」合计' });
    expect(otherTables(e)).toEqual(['T1', 'T2', 'T4']);

    const chain = involvement(e, 'X.general-budget-income');
    expect(chain.role).toBe('equals');
    expect(chain.others.map((o) => [o.table, o.shown])).toEqual([
      ['T2', '4542.59'],
      ['T1', '4542.59'],
      ['T4', '4542.59'],
    ]);
    expect(chain.others.every((o) => o.cell)).toBe(true);
    expect(chain.instance.status).toBe('exact');

    const row = involvement(e, 'T5.row-total');
    expect(row.role).toBe('computed-from');
    expect(row.others.map((o) => o.shown)).toEqual(['2905.15', '1637.44']);
    expect(row.instance.figures).toBe('4542.59 = 2905.15 + 1637.44（4542.59）');

    const rollup = involvement(e, 'T5.rollup');
    expect(rollup.role).toBe('computed-from');
    expect(rollup.others.map((o) => o.shown)).toEqual(['3800.95', '607.53', '134.12']);
    expect(rollup.instance).toMatchObject({ status: 'rounding', statusLabel: '尾差', expected: '4542.60' });
    expect(rollup.instance.verdict).toBe('尾差 0.01（四舍五入允许 ±0.02）');
  });

  test('in English: the cell, roles, sides, figures and verdicts, with the same figures as the Chinese', () => {
    const e = explainLine(result, 'T5', 'total', 'total');
    expect(e.cell?.labelEn).toBe('Table 5 “合计” total');
    const rollup = involvement(e, 'T5.rollup');
    expect(rollup).toMatchObject({
      roleLabelEn: 'The sum of these cells',
      relation: { nameEn: expect.any(String) },
    });
    expect(rollup.instance).toMatchObject({
      statusLabelEn: 'rounding residual',
      verdictEn: 'rounding residual 0.01 (rounding allows ±0.02)',
    });
    expect(involvement(e, 'T5.row-total').instance.figuresEn).toBe('4542.59 = 2905.15 + 1637.44 (4542.59)');
    for (const i of e.involvements) {
      const { instance: v, relation: r } = i;
      const twins = [
        [r.name, r.nameEn],
        [r.assertion, r.assertionEn],
        [r.severityLabel, r.severityLabelEn],
        [i.roleLabel, i.roleLabelEn],
        [v.left.caption, v.left.captionEn],
        [v.right.caption, v.right.captionEn],
        [v.statusLabel, v.statusLabelEn],
        [v.figures, v.figuresEn],
        [v.verdict, v.verdictEn],
        ...i.others.map((o) => [o.label, o.labelEn]),
      ];
      for (const [zh, en] of twins) {
        expect([zh, en, isEnglish(en)]).toEqual([zh, en, true]);
        expect([zh, figuresIn(en)]).toEqual([zh, figuresIn(zh)]);
      }
    }
  });

  test('表5 合计·基本支出 (2905.15) is tied to 表6, feeds the row total and sums its 类', () => {
    const e = explainLine(result, 'T5', 'total', 'basic');
    expect(e.cell?.shown).toBe('2905.15');
    expect(otherTables(e)).toEqual(['T6']);
    const t6 = involvement(e, 'X.basic-expense');
    expect(t6.role).toBe('equals');
    expect(t6.others).toEqual([
      expect.objectContaining({ table: 'T6', label: '表6「合计」合计', shown: '2905.15' }),
    ]);
    const feeds = involvement(e, 'T5.row-total');
    expect(feeds.role).toBe('feeds');
    expect(feeds.others.map((o) => [o.label, o.shown])).toEqual([['表5「合计」合计', '4542.59']]);
    expect(involvement(e, 'T5.rollup').role).toBe('computed-from');
  });

  test('表1 上年结转 bounds two carry-overs, equals 表2 and feeds 收入总计', () => {
    const e = explainLine(result, 'T1', 'income.carryOver', 'amount');
    expect(involvement(e, 'X.fiscal-carry-over')).toMatchObject({ role: 'at-least' });
    expect(involvement(e, 'X.project-carry-over').others.map((o) => o.table)).toEqual(['T13']);
    expect(involvement(e, 'X.carry-over').role).toBe('equals');
    expect(involvement(e, 'T1.income-grand-total').role).toBe('feeds');
  });

  test('表10 公务接待费 is the limit of 表6 公务接待费 (a soft check)', () => {
    const e = explainLine(result, 'T10', 'hospitality', 'total');
    const soft = involvement(e, 'S.hospitality');
    expect(soft).toMatchObject({
      role: 'at-least',
      relation: { severity: 'warning', severityLabel: '提示性' },
    });
    expect(soft.instance.figures).toBe('2.00 ≤ 76.47');
  });

  test('a cell that is not a figure of any table explains nothing', () => {
    expect(explainCell(result, '表5', 0, 0)).toEqual({ involvements: [] });
    expect(explainCell(result, 'no such sheet', 5, 2)).toEqual({ involvements: [] });
  });
});

test('a broken total shows what it should be', () => {
  const result = runCheck(
    buildWorkbook({ edit: [{ table: 'T6', row: '合计', col: '合计', value: '2900.00' }] }),
  );
  const row = involvement(explainLine(result, 'T6', 'total', 'total'), 'T6.row-total');
  expect(row.instance).toMatchObject({
    status: 'broken',
    statusLabel: '不成立',
    expected: '2905.15',
    actual: '2900.00',
    difference: '-5.15',
    verdict: '不成立，相差 -5.15',
    statusLabelEn: 'broken',
    verdictEn: 'broken: off by -5.15',
  });
});

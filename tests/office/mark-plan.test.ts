import { joinAddresses, NOTE_TAG, planMarks } from '../../src/hosts/office/mark-plan';
import { finding } from './workbooks';

describe('planning the marks', () => {
  it('marks checked cells and suspects once each, in the colour of their most serious finding', () => {
    const error = finding({
      severity: 'error',
      cells: [
        { sheet: 'T3', address: 'C5' },
        { sheet: 'T3', address: 'D5' },
        { sheet: 'T3', address: 'E5' },
        { sheet: 'T1', address: 'B9' },
      ],
      expected: '4542.59',
      actual: '4532.59',
      difference: '-10.00',
    });
    const plan = planMarks(
      [finding({ severity: 'info', cells: [{ sheet: 'T3', address: 'C5' }], message: '尾差 0.01。' }), error],
      [
        { sheet: 'T3', address: 'D5', score: 0.9 },
        { sheet: 'T3', address: 'E5', score: 0.1 },
      ],
    );

    expect(plan.map((p) => [p.sheet, p.cells.map((c) => [c.address, c.severity])])).toEqual([
      [
        'T3',
        [
          ['C5', 'error'],
          ['D5', 'error'],
        ],
      ],
    ]);
    expect(plan[0].cells[0].note).toBe(
      `${NOTE_TAG}\n错误：合计不等于基本支出与项目支出之和。（应为 4542.59，实际 4532.59，差额 -10.00）\n尾差：尾差 0.01。`,
    );
    expect(plan[0].cells[1].note).toBe(plan[0].cells[0].note.split('\n').slice(0, 2).join('\n'));
  });

  it('keeps a note short when many findings name the same cell', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      finding({ severity: 'warning', cells: [{ sheet: 'T6', address: 'B7' }], message: `第${i}条` }),
    );
    const note = planMarks(many)[0].cells[0].note;
    expect(note.split('\n')).toHaveLength(1 + 8 + 1);
    expect(note).toMatch(/另有 4 条$/);
  });

  it('joins addresses into lists that stay under the length limit', () => {
    const addresses = Array.from({ length: 1000 }, (_, i) => `AB${i + 1000}`);
    const chunks = joinAddresses(addresses, 200);
    expect(chunks.every((c) => c.length <= 200)).toBe(true);
    expect(chunks.join(',').split(',')).toEqual(addresses);
  });
});

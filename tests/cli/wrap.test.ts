import fc from 'fast-check';
import { displayWidth, hang, wrap } from '../../src/cli/wrap';

describe('wrap', () => {
  it('counts a Chinese character as two columns', () => {
    expect(displayWidth('表2!D8 应为')).toBe(11);
  });

  it('keeps amounts and addresses whole and punctuation with its text', () => {
    const lines = wrap(
      '表5「20103 政府办公厅（室）及相关机构事务」基本支出 填写 2163.51，按 其下 4 行之和',
      30,
    );
    expect(lines).toEqual([
      '表5「20103 政府办公厅（室）及',
      '相关机构事务」基本支出 填写',
      '2163.51，按 其下 4 行之和',
    ]);
  });

  it('keeps a quoted name whole and with its table, unless it is longer than a line', () => {
    const text =
      '表1「一、一般公共预算」金额为 4642.59，与表2「合计」一般公共预算、表4「一、一般公共预算」金额、表5「合计」合计（4542.59）不一致。';
    for (const width of [30, 40, 50, 60, 74]) {
      const lines = wrap(text, width);
      expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      for (const name of ['表1「一、一般公共预算」', '表2「合计」', '表4「一、一般公共预算」', '表5「合计」'])
        expect(lines.some((line) => line.includes(name))).toBe(true);
    }
    // Longer than the line: split where it must be, nothing lost.
    const long = '表5「20103 政府办公厅（室）及相关机构事务」基本支出';
    expect(wrap(long, 20).join('')).toBe(long);
  });

  it('never exceeds the width unless one unbreakable run is longer, and loses no text', () => {
    const pieces = fc.constantFrom('表', '「', '」', '，', '。', ' ', '1234.56', 'T2.row-total', '差额');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.integer({ min: 20, max: 80 }), (parts, width) => {
        const text = parts.join('');
        // Punctuation with nothing before it to cling to may of course start a line.
        fc.pre(!/(^|\s)[，。」]/.test(text));
        const lines = wrap(text, width);
        for (const line of lines) {
          if (displayWidth(line) > width) expect(line.trim()).not.toMatch(/\s/);
          expect(line).not.toMatch(/^[，。」]/);
        }
        expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });

  it('hangs continuation lines under the text', () => {
    expect(hang('  1. ', '一二三四五六七八九十一二三四五', 25)).toBe(
      '  1. 一二三四五六七八九十\n     一二三四五',
    );
  });
});

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

/** What the Excel pane tells the user after marking or clearing, in both languages. */
import { clearNotice, markNotice } from '../../src/taskpane/excel/notices';
import { stringsFor } from '../../src/ui-shared/strings';

const zh = stringsFor('zh');
const en = stringsFor('en');

describe('the Excel pane’s notices', () => {
  it('names the protected sheets and says nothing was marked', () => {
    const protectedSheets = { kind: 'protected', sheets: ['表2', '表6'] } as const;
    expect(markNotice(protectedSheets, zh)).toEqual({
      intent: 'warning',
      text: '工作表“表2”“表6”受保护，未做任何标记。请先撤销工作表保护（审阅 → 撤销工作表保护）后再试。',
    });
    expect(clearNotice(protectedSheets, en).text).toMatch(
      /^Sheet\(s\) "表2", "表6" are protected, so nothing was marked/,
    );
  });

  it('counts the marked cells and explains missing notes', () => {
    const marked = { kind: 'marked', cells: 12, notes: 10, notesSkipped: 2, notesSupported: true } as const;
    expect(markNotice(marked, zh).text).toBe(
      '已在工作簿中标记 12 个单元格。2 个单元格已有批注，未添加审核批注。',
    );
    expect(markNotice({ ...marked, notes: 0, notesSkipped: 0, notesSupported: false }, en).text).toBe(
      'Marked 12 cells in the workbook. This Excel has no notes API (ExcelApi 1.18): cells are marked by colour only.',
    );
  });
});

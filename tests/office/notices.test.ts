/** What the Excel pane tells the user after marking, clearing, jumping and failed writes, in both languages. */
import { FillWriteError, MarkWriteError } from '../../src/hosts/office';
import { clearNotice, errorNotice, hiddenSheetNotice, markNotice } from '../../src/taskpane/excel/notices';
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

  it('counts the marked cells and says where the findings are: notes, comments, or the pane only', () => {
    const marked = {
      kind: 'marked',
      cells: 12,
      notes: 10,
      notesSkipped: 2,
      notesSupported: true,
      annotations: 'notes',
    } as const;
    expect(markNotice(marked, zh).text).toBe(
      '已在工作簿中标记 12 个单元格。2 个单元格已有批注，未添加审核批注。',
    );
    expect(markNotice({ ...marked, annotations: 'comments' }, zh).text).toBe(
      '已在工作簿中标记 12 个单元格。当前 office.js 没有备注（note）接口，审核说明写在各单元格的批注（comment）里。2 个单元格已有您的批注或备注，未添加审核说明。',
    );
    expect(
      markNotice({ ...marked, notes: 0, notesSkipped: 0, notesSupported: false, annotations: 'none' }, en)
        .text,
    ).toBe(
      'Marked 12 cells in the workbook. This Excel can write neither notes nor comments: cells are marked by colour, the findings are in the pane.',
    );
  });

  it('says what a failed write left: the earlier marks, part of each, or the workbook as it was', () => {
    const busy = new Error('GeneralException: busy');
    expect(errorNotice(new MarkWriteError('old', busy), zh)).toEqual({
      intent: 'warning',
      text: '新标记未能写入，工作簿里保留原来的标记，未作任何改动。原因：GeneralException: busy',
    });
    expect(errorNotice(new MarkWriteError('partial', busy), en).text).toMatch(
      /^Only some marks were written/,
    );
    expect(errorNotice(new FillWriteError(true, busy), zh).text).toMatch(
      /^填充未能完成，已写入的单元格已恢复原样/,
    );
    expect(errorNotice(new FillWriteError(false, busy), zh).intent).toBe('error');
    expect(errorNotice(busy, en).text).toContain('GeneralException: busy');
  });

  it('says a sheet is hidden and offers to show it', () => {
    expect(hiddenSheetNotice('附表', zh)).toEqual({
      intent: 'warning',
      text: '工作表“附表”已隐藏，无法跳转到其中的单元格。',
      action: '取消隐藏并跳转',
    });
    expect(hiddenSheetNotice('附表', en).action).toBe('Unhide and go there');
  });
});

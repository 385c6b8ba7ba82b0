/**
 * The Excel pane's words about what this Excel and office.js can do, and about writes that failed part-way,
 * in Chinese and English. Kept apart from ui-shared/strings.ts; `officeStringsFor` picks the language of the
 * pane's strings. Chinese Excel calls a note 备注 and a (threaded) comment 批注.
 */
import { stringsFor, type Strings } from '../../ui-shared/strings';

export interface OfficeStrings {
  /** The marks carry comments because this office.js has no notes. */
  readonly marksInComments: string;
  /** The marks are colours only; the findings are in the pane. */
  readonly marksColourOnly: string;
  readonly commentsSkipped: (cells: number) => string;
  readonly marksKeptOld: (reason: string) => string;
  readonly marksPartial: (reason: string) => string;
  readonly fillUndone: (reason: string) => string;
  readonly fillPartial: (reason: string) => string;
  readonly hiddenSheet: (sheet: string) => string;
  readonly showSheet: string;
  /** A fill is not one Ctrl+Z here. */
  readonly noUndoGroup: string;
}

const zh: OfficeStrings = {
  marksInComments: '当前 office.js 没有备注（note）接口，审核说明写在各单元格的批注（comment）里。',
  marksColourOnly: '此 Excel 不能写备注或批注，单元格仅以颜色标记，审核说明见任务窗格。',
  commentsSkipped: (cells) => `${cells} 个单元格已有您的批注或备注，未添加审核说明。`,
  marksKeptOld: (reason) => `新标记未能写入，工作簿里保留原来的标记，未作任何改动。原因：${reason}`,
  marksPartial: (reason) => `标记只写入了一部分，请点“清除标记”后重新审核。原因：${reason}`,
  fillUndone: (reason) => `填充未能完成，已写入的单元格已恢复原样。原因：${reason}`,
  fillPartial: (reason) =>
    `填充未能完成，且部分单元格未能恢复，请用 Excel 的撤消或“撤销填充”检查。原因：${reason}`,
  hiddenSheet: (sheet) => `工作表“${sheet}”已隐藏，无法跳转到其中的单元格。`,
  showSheet: '取消隐藏并跳转',
  noUndoGroup:
    '当前 Excel 或 office.js 不支持把一次填充合并为一步撤消：按 Ctrl+Z 只能逐步撤消，请用“撤销填充”一次恢复。',
};

const en: OfficeStrings = {
  marksInComments:
    'This office.js has no notes API: the findings are written in a comment on each marked cell.',
  marksColourOnly:
    'This Excel can write neither notes nor comments: cells are marked by colour, the findings are in the pane.',
  commentsSkipped: (cells) =>
    `${cells} cells already had a comment or note of yours and got none from the checker.`,
  marksKeptOld: (reason) =>
    `The new marks could not be written; the workbook keeps its earlier marks, unchanged. Reason: ${reason}`,
  marksPartial: (reason) =>
    `Only some marks were written: choose Clear marks, then check again. Reason: ${reason}`,
  fillUndone: (reason) =>
    `The fill could not finish; the cells already written were put back. Reason: ${reason}`,
  fillPartial: (reason) =>
    `The fill could not finish and some cells could not be put back: check them with Excel's Undo or Revert fill. Reason: ${reason}`,
  hiddenSheet: (sheet) => `Sheet "${sheet}" is hidden, so its cells cannot be selected.`,
  showSheet: 'Unhide and go there',
  noUndoGroup:
    'This Excel or office.js cannot make a fill one undo step: Ctrl+Z undoes it piece by piece; Revert fill undoes it at once.',
};

export function officeStringsFor(strings: Strings): OfficeStrings {
  return strings === stringsFor('en') ? en : zh;
}

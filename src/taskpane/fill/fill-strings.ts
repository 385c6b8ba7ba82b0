/**
 * The words of the 填充 view's newer parts — the 不一致 decisions, the rebuild option, last year's workbook —
 * in Chinese and English, beside the shared strings (ui-shared/strings.ts) so those stay one list per view.
 */
import type { SuspectCell } from '../../engine/derive';
import { stringsFor, type Strings } from '../../ui-shared/strings';

export interface FillMoreStrings {
  /** Under the intro: what the fill never touches. */
  readonly keptNote: string;
  readonly conflictsHeading: (count: number) => string;
  readonly conflictsHint: string;
  /** `现为 3,490.30，各项之和 3,480.31，相差 9.99`. */
  readonly figures: (current: string, sum: string, difference: string, copy: boolean) => string;
  readonly keep: (current: string) => string;
  readonly take: (sum: string, copy: boolean) => string;
  /** A plain ranking: 最可能出错 first, then 其次. */
  readonly suspects: (cells: readonly string[]) => string;
  readonly choice: (cell: string) => string;
  readonly rebuild: string;
  readonly rebuildHint: string;
  readonly onlyConflicts: string;
  readonly lastYearHeading: string;
  readonly lastYearHint: string;
  readonly pickLastYear: string;
  readonly dropLastYear: string;
  readonly lastYearLoaded: (name: string, year: number | undefined, lines: number) => string;
  readonly lastYearMissing: (name: string) => string;
  readonly lastYearInWorkbook: string;
  readonly undoGroupUnavailable: string;
}

const zh: FillMoreStrings = {
  keptNote: '只填写空着的单元格；已有的数字（包括尾差）不改，与各项之和不一致的单独列出，由您决定。',
  conflictsHeading: (count) => `不一致（${count}）`,
  conflictsHint:
    '这些单元格已有的数字与各项之和相差超过尾差。默认保留原数、不写入；请先核对“最可能出错”的单元格，再逐个决定。',
  figures: (current, sum, difference, copy) =>
    `现为${current}，${copy ? '按关系应为' : '各项之和'}${sum}，相差${difference}`,
  keep: (current) => `保留现有数字${current}`,
  take: (sum, copy) => (copy ? `改为按关系应为的${sum}` : `改为各项之和${sum}`),
  suspects: (cells) => cells.map((c, i) => `${i === 0 ? '最可能出错' : '其次'}：${c}`).join('；'),
  choice: (cell) => `${cell}怎样处理`,
  rebuild: '按明细重算全部合计（改写尾差）',
  rebuildHint: '连已有的、只差尾差的合计也改写为各项之和，用于从明细重建工作簿。默认不勾选：公开的数字不动。',
  onlyConflicts: '没有空白的合计需要填充。',
  lastYearHeading: '上年数',
  lastYearHint:
    '选择上年的预算公开表工作簿（.xlsx），或上年数文本文件，用于草稿和核对中的“比上年增加/减少”。',
  pickLastYear: '选择上年工作簿…',
  dropLastYear: '不用上年数',
  lastYearLoaded: (name, year, lines) => `已读取“${name}”：${year ? `${year}年，` : ''}${lines}项上年数。`,
  lastYearMissing: (name) => `“${name}”中没有找到上年的预算公开表或“上年预算数”表。`,
  lastYearInWorkbook: '未选择时，使用本工作簿中的“上年预算数”表（如有）。',
  undoGroupUnavailable: '此版本的Excel不能用一次Ctrl+Z撤销整次填充；“撤销填充”按钮仍能全部恢复。',
};

const en: FillMoreStrings = {
  keptNote:
    'Only blank cells are filled; figures already there (rounding residuals included) stay, and those their parts contradict are listed apart for you to decide.',
  conflictsHeading: (count) => `Disagreements (${count})`,
  conflictsHint:
    'These cells show a figure their parts contradict beyond rounding. They are kept and not written unless you choose otherwise: check the likeliest wrong cells first, then decide cell by cell.',
  figures: (current, sum, difference, copy) =>
    `now ${current}; ${copy ? 'the relationship gives' : 'the parts add up to'} ${sum}; difference ${difference}`,
  keep: (current) => `Keep ${current}`,
  take: (sum, copy) => (copy ? `Take ${sum} from the relationship` : `Take the sum of the parts, ${sum}`),
  suspects: (cells) => cells.map((c, i) => `${i === 0 ? 'Most likely wrong' : 'then'}: ${c}`).join('; '),
  choice: (cell) => `What to do with ${cell}`,
  rebuild: 'Recompute every total from the details (rewrites rounding residuals)',
  rebuildHint:
    'Also rewrites totals that differ from the sum of their parts only by rounding, to rebuild a workbook from its details. Off by default: published figures stay as they are.',
  onlyConflicts: 'No blank total to fill.',
  lastYearHeading: 'Last year',
  lastYearHint:
    'Pick last year’s disclosure workbook (.xlsx), or a text file of last year’s figures, for the year-on-year figures of the draft and the check.',
  pickLastYear: 'Open last year’s workbook…',
  dropLastYear: 'Do not use last year’s figures',
  lastYearLoaded: (name, year, lines) =>
    `Read "${name}": ${year ? `${year}, ` : ''}${lines} of last year’s figures.`,
  lastYearMissing: (name) => `"${name}" has no disclosure tables and no 上年预算数 sheet.`,
  lastYearInWorkbook: 'Without one, the workbook’s own 上年预算数 sheet is used, if it has one.',
  undoGroupUnavailable:
    'This Excel cannot undo the whole fill with one Ctrl+Z; Undo fill still restores every cell.',
};

/** Whether the pane speaks English (the shared strings say which language it is). */
export function inEnglish(strings: Strings): boolean {
  return strings === stringsFor('en');
}

export function fillMoreStrings(strings: Strings): FillMoreStrings {
  return inEnglish(strings) ? en : zh;
}

/** `表3!D6（表3「合计」基本支出）`. */
export function suspectName(s: SuspectCell, english: boolean): string {
  const label = english ? (s.labelEn ?? s.label) : s.label;
  return `${s.sheet}!${s.address}${label ? (english ? ` (${label})` : `（${label}）`) : ''}`;
}

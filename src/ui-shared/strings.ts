/**
 * The add-in's own words in Chinese and English, following Office's display language (en-* → English,
 * anything else → Chinese). Finding messages come from the engine in both languages.
 */
import type { Finding, Severity } from '../engine/report';
import { RELATION_STRINGS, type RelationStrings } from './relation-strings';
import type { Verdict } from './verdict';

export type Language = 'zh' | 'en';

export interface Strings {
  readonly appTitle: string;
  /** A finding's message in this language (the engine writes both). */
  readonly message: (finding: Finding) => string;
  /** Between two sentences: nothing after a Chinese full stop, a space in English. */
  readonly sentenceGap: string;
  readonly startCheck: string;
  readonly recheck: string;
  readonly checking: string;
  readonly clearMarks: string;
  readonly severity: Readonly<Record<Severity, string>>;
  readonly verdict: Readonly<Record<Verdict, string>>;
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly filterLabel: string;
  readonly allSeverities: string;
  readonly noFindings: string;
  readonly noFindingsForFilter: string;
  readonly otherFindings: string;
  readonly suspects: string;
  readonly suspectScore: (percent: number) => string;
  readonly tablesFound: (count: number) => string;
  readonly findingCount: (count: number) => string;
  readonly goToCells: (cells: string) => string;
  readonly marked: (cells: number) => string;
  readonly notesSkipped: (cells: number) => string;
  readonly notesUnsupported: string;
  readonly cleared: (formats: number, notes: number) => string;
  readonly protectedSheets: (sheets: readonly string[]) => string;
  readonly failed: (message: string) => string;
  readonly browserNotice: string;
  readonly workbookLoaded: (name: string, sheets: number) => string;
  readonly openFile: string;
  readonly openSample: string;
  readonly sheets: string;
  readonly dialogTitle: string;
  readonly dialogHint: string;
  readonly close: string;
  /** The trainers' views: 表间关系, 从哪里来, 规则. */
  readonly relations: RelationStrings;
}

const zh: Strings = {
  appTitle: '预算表审核助手',
  message: (f) => f.message,
  sentenceGap: '',
  startCheck: '开始审核',
  recheck: '重新审核',
  checking: '正在审核…',
  clearMarks: '清除标记',
  severity: { error: '错误', warning: '提示', info: '尾差' },
  verdict: {
    fail: '未通过：存在强制性错误',
    passWithWarnings: '通过，但有提示性问题需说明',
    pass: '通过',
  },
  expected: '应为',
  actual: '实际',
  difference: '差额',
  filterLabel: '按类别筛选',
  allSeverities: '全部',
  noFindings: '未发现问题。',
  noFindingsForFilter: '此类别下没有审核结果。',
  otherFindings: '其他',
  suspects: '最可能出错的单元格',
  suspectScore: (percent) => `可疑度 ${percent}%`,
  tablesFound: (count) => `已识别 ${count} 张表`,
  findingCount: (count) => `${count} 条`,
  goToCells: (cells) => `定位到 ${cells}`,
  marked: (cells) => `已在工作簿中标记 ${cells} 个单元格。`,
  notesSkipped: (cells) => `${cells} 个单元格已有批注，未添加审核批注。`,
  notesUnsupported: '此版本的 Excel 不支持批注接口（ExcelApi 1.18），仅以颜色标记。',
  cleared: (formats, notes) => `已清除审核标记：${formats} 条条件格式，${notes} 条批注。单元格原有格式未变。`,
  protectedSheets: (sheets) =>
    `工作表“${sheets.join('”“')}”受保护，未做任何标记。请先撤销工作表保护（审阅 → 撤销工作表保护）后再试。`,
  failed: (message) => `操作失败：${message}`,
  browserNotice: '当前不在 Excel 中。可以选择一个 .xlsx 工作簿，在浏览器中审核（只读，不会修改文件）。',
  workbookLoaded: (name, sheets) => `已打开“${name}”，共 ${sheets} 张工作表。点击“开始审核”。`,
  openFile: '选择工作簿…',
  openSample: '打开示例工作簿',
  sheets: '工作表',
  dialogTitle: '审核结论',
  dialogHint: '有问题的单元格已标色。打开“审核助手”可逐条查看并定位。',
  close: '关闭',
  relations: RELATION_STRINGS.zh,
};

const en: Strings = {
  appTitle: 'Budget Table Checker',
  message: (f) => f.messageEn ?? f.message,
  sentenceGap: ' ',
  startCheck: 'Check',
  recheck: 'Check again',
  checking: 'Checking…',
  clearMarks: 'Clear marks',
  severity: { error: 'Error', warning: 'Warning', info: 'Rounding' },
  verdict: {
    fail: 'Failed: hard rules are broken',
    passWithWarnings: 'Passed, with warnings to explain',
    pass: 'Passed',
  },
  expected: 'Expected',
  actual: 'Actual',
  difference: 'Difference',
  filterLabel: 'Filter by severity',
  allSeverities: 'All',
  noFindings: 'No findings.',
  noFindingsForFilter: 'No findings of this kind.',
  otherFindings: 'Other',
  suspects: 'Cells most likely wrong',
  suspectScore: (percent) => `${percent}% likely`,
  tablesFound: (count) => `${count} tables recognised`,
  findingCount: (count) => `${count}`,
  goToCells: (cells) => `Go to ${cells}`,
  marked: (cells) => `Marked ${cells} cells in the workbook.`,
  notesSkipped: (cells) => `${cells} cells already had a note; no check note was added there.`,
  notesUnsupported: 'This Excel has no notes API (ExcelApi 1.18): cells are marked by colour only.',
  cleared: (formats, notes) =>
    `Removed the check marks: ${formats} conditional formats, ${notes} notes. The cells' own formats are unchanged.`,
  protectedSheets: (sheets) =>
    `Sheet(s) ${sheets.map((s) => `"${s}"`).join(', ')} are protected, so nothing was marked. Unprotect them (Review → Unprotect Sheet) and try again.`,
  failed: (message) => `Failed: ${message}`,
  browserNotice: 'Not running inside Excel. Pick an .xlsx workbook to check it in the browser (read-only).',
  workbookLoaded: (name, sheets) => `Opened "${name}" (${sheets} sheets). Choose Check.`,
  openFile: 'Open a workbook…',
  openSample: 'Open the sample workbook',
  sheets: 'Sheets',
  dialogTitle: 'Verdict',
  dialogHint: 'The cells at fault are coloured. Open the Checker Pane to go through the findings.',
  close: 'Close',
  relations: RELATION_STRINGS.en,
};

/** `en`, `en-US`, `en-GB` → English; every other tag (zh-CN, zh-TW, or none) → Chinese. */
export function languageFor(tag: string | undefined): Language {
  return /^en(-|$)/i.test(tag ?? '') ? 'en' : 'zh';
}

export function stringsFor(language: Language): Strings {
  return language === 'en' ? en : zh;
}

/**
 * The add-in's own words in Chinese and English, following Office's display language (en-* → English,
 * anything else → Chinese). Finding messages come from the engine in both languages.
 */
import type { FillMode } from '../engine/derive';
import { SHORT_NAMES } from '../engine/explain';
import type { TableId } from '../engine/model';
import type { CheckReport, Finding, Severity } from '../engine/report';
import type { ReviewStatus } from '../engine/review';
import { RELATION_STRINGS, type RelationStrings } from './relation-strings';
import { rankWords } from './suspects';
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
  /** 最可能, 其次, 再次… for the suspects' ranks, 0 first. */
  readonly suspectRank: (rank: number) => string;
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
  readonly fill: FillStrings;
  readonly review: ReviewStrings;
}

/** What the reviewer sees: the empty state, review marks, the report to keep, the comparison. */
export interface ReviewStrings {
  /** The language switch outside Office: its label, and the name of the other language. */
  readonly language: string;
  readonly otherLanguage: string;
  readonly emptyTitle: string;
  readonly emptyBrowser: string;
  readonly emptyLoaded: (name: string) => string;
  readonly emptyExcel: string;
  readonly needWorkbook: string;
  /** The counts as the pane shows them: 尾差 once per cell, explained 提示 apart. */
  readonly explainedCount: (count: number) => string;
  readonly status: Readonly<Record<ReviewStatus, string>>;
  readonly unreviewed: string;
  readonly markMenu: string;
  readonly clearMark: string;
  readonly reasonLabel: (status: ReviewStatus) => string;
  readonly save: string;
  readonly cancel: string;
  readonly explainedNote: string;
  readonly errorExplainedNote: string;
  readonly residualCell: (relations: number) => string;
  readonly reportTools: string;
  readonly downloadReport: string;
  readonly downloadCopy: string;
  readonly addReportSheet: string;
  readonly reportSheetAdded: string;
  readonly printView: string;
  readonly print: string;
  readonly back: string;
  readonly downloadPage: string;
  readonly compare: string;
  readonly compareHint: string;
  readonly compareTitle: (previous: string) => string;
  readonly closeCompare: string;
  readonly figuresChanged: (count: number) => string;
  readonly fixed: (count: number) => string;
  readonly added: (count: number) => string;
  readonly open: (count: number) => string;
  readonly changedTo: (was: string, now: string) => string;
  readonly mended: (count: number) => string;
  readonly nothingChanged: string;
  readonly marksSaved: string;
}

/** The 填充 view: fill preview and apply, 撤销填充, the explanation draft and its check. */
export interface FillStrings {
  readonly tab: string;
  readonly intro: string;
  readonly openFirst: string;
  readonly mode: string;
  readonly modes: Readonly<Record<FillMode, string>>;
  readonly modeHints: Readonly<Record<FillMode, string>>;
  readonly preview: string;
  readonly changeCount: (changes: number, selected: number) => string;
  readonly unchanged: (cells: number) => string;
  readonly nothingToFill: string;
  readonly notes: string;
  readonly selectAll: string;
  readonly selectNone: string;
  readonly changeList: string;
  /** A group's heading: the sheet and the table's short name. */
  readonly group: (sheet: string, table: TableId, selected: number, total: number) => string;
  readonly blank: string;
  readonly apply: (selected: number) => string;
  readonly working: string;
  readonly written: (cells: number) => string;
  readonly skippedAfterPreview: (cells: number) => string;
  readonly revert: string;
  readonly reverted: (cells: number) => string;
  readonly skippedAfterFill: (cells: number) => string;
  readonly nothingToRevert: string;
  readonly shows: (cell: string, now: string) => string;
  readonly recheck: (summary: CheckReport['summary']) => string;
  readonly protectedSheets: (sheets: readonly string[]) => string;
  readonly download: string;
  readonly downloadName: (name: string) => string;
  readonly draftHeading: string;
  readonly draftHint: string;
  readonly makeDraft: string;
  readonly copy: string;
  readonly copied: string;
  readonly copySelected: string;
  readonly checkHeading: string;
  readonly checkHint: string;
  readonly checkText: string;
  readonly checkButton: string;
  /** Reads the explanation from a 情况说明 sheet of the workbook into the box. */
  readonly readSheet: string;
  readonly noSheet: string;
  readonly checkSummary: (ok: number, mismatch: number, unchecked: number) => string;
  readonly stated: (text: string, expected: string | undefined, what: string | undefined) => string;
  readonly sentence: string;
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
  suspectRank: (rank) => rankWords(rank, 'zh'),
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
  fill: {
    tab: '填充',
    intro:
      '按勾稽关系算出合计、小计和表间引用的数字。先预览，勾选要写入的单元格，再应用；明细单元格从不改动。',
    openFirst: '请先打开一个工作簿。',
    mode: '填充方式',
    modes: { values: '数值', formulas: '公式' },
    modeHints: {
      values: '写入算出的数字，用于交付的工作簿。',
      formulas: '写入引用来源单元格的公式，便于培训时查看每个合计从哪里来。',
    },
    preview: '预览',
    changeCount: (changes, selected) => `将改动 ${changes} 个单元格，已选 ${selected} 个。`,
    unchanged: (cells) => `另有 ${cells} 个可推导的单元格已是应有的数字，不改动。`,
    nothingToFill: '没有需要填充的单元格：可推导的单元格都已是应有的数字。',
    notes: '注意：',
    selectAll: '全选',
    selectNone: '全不选',
    changeList: '将要改动的单元格',
    group: (sheet, table, selected, total) => `${sheet} · ${SHORT_NAMES[table].zh}（${selected}/${total}）`,
    blank: '（空）',
    apply: (selected) => `应用（${selected} 项）`,
    working: '正在处理…',
    written: (cells) => `已写入 ${cells} 个单元格。`,
    skippedAfterPreview: (cells) => `${cells} 个单元格在预览后被改过，未写入：`,
    revert: '撤销填充',
    reverted: (cells) => `已恢复 ${cells} 个单元格原来的内容（数值、公式和数字格式）。`,
    skippedAfterFill: (cells) => `${cells} 个单元格在填充后被改过，保留未动：`,
    nothingToRevert: '没有可撤销的填充。',
    shows: (cell, now) => `${cell}：现为 ${now || '（空）'}`,
    recheck: ({ errors, warnings, infos }) =>
      `已重新审核：${errors} 个错误，${warnings} 个提示，${infos} 个尾差。`,
    protectedSheets: (sheets) =>
      `工作表“${sheets.join('”“')}”受保护，未写入任何单元格。请先撤销工作表保护（审阅 → 撤销工作表保护）后再试。`,
    download: '下载填充后的工作簿',
    downloadName: (name) => `${name.replace(/\.xlsx$/i, '')}-填充.xlsx`,
    draftHeading: '情况说明（第三部分）草稿',
    draftHint: '按当前工作簿中的数字生成（请先填充合计）；【请填写…】处是表中没有的内容。',
    makeDraft: '生成草稿',
    copy: '复制',
    copied: '已复制到剪贴板。',
    copySelected: '无法直接写入剪贴板，已选中全文，请按 Ctrl+C 复制。',
    checkHeading: '检查说明',
    checkHint: '粘贴情况说明全文，逐个核对其中的金额、占比和个数与表中数字是否相符。',
    checkText: '情况说明全文',
    checkButton: '检查',
    readSheet: '读取“情况说明”工作表',
    noSheet: '工作簿中没有“情况说明”工作表（表名或前三行含“情况说明”或“第三部分”）。',
    checkSummary: (ok, mismatch, unchecked) => `${ok} 处相符，${mismatch} 处不符，${unchecked} 处无法核对。`,
    stated: (text, expected, what) =>
      `“${text}”${what ? `（${what}）` : ''}${expected ? `应为 ${expected}` : '与表中不符'}`,
    sentence: '所在句子：',
  },
  review: {
    language: '界面语言',
    otherLanguage: 'English',
    emptyTitle: '先打开一个工作簿',
    emptyBrowser:
      '点“选择工作簿…”打开要审核的 .xlsx 文件，或点“打开示例工作簿”试一试，再点“开始审核”。文件只在本机读取，不会上传，也不会被修改。',
    emptyLoaded: (name) => `已打开“${name}”。点“开始审核”核对其中的各张表。`,
    emptyExcel: '点“开始审核”核对当前工作簿的各张表：有问题的单元格会标上颜色，这里按表列出每个问题。',
    needWorkbook: '请先选择工作簿',
    explainedCount: (count) => `已说明 ${count}`,
    status: { fixed: '已改', explained: '已说明', rejected: '驳回' },
    unreviewed: '未处理',
    markMenu: '标记',
    clearMark: '清除标记',
    reasonLabel: (status) => (status === 'rejected' ? '驳回的理由' : '说明的理由'),
    save: '保存',
    cancel: '取消',
    explainedNote: '提示已说明，不再计入。',
    errorExplainedNote: '错误是强制性的，说明后仍计入错误。',
    residualCell: (relations) => `这个单元格同时涉及 ${relations} 条关系，算作一处尾差。`,
    reportTools: '审核报告',
    downloadReport: '下载审核报告（.xlsx）',
    downloadCopy: '下载带审核报告的工作簿',
    addReportSheet: '在工作簿中添加审核报告',
    reportSheetAdded:
      '已在工作簿中添加“审核报告”工作表，单元格一栏可点击跳到问题所在。保存工作簿即可随文件送出。',
    printView: '打印版',
    print: '打印',
    back: '返回',
    downloadPage: '下载网页版',
    compare: '与上一版比较…',
    compareHint: '选择上一版工作簿，看改动了哪些数字，哪些问题已改正、新出现或仍未解决。',
    compareTitle: (previous) => `与上一版比较（上一版：${previous}）`,
    closeCompare: '关闭',
    figuresChanged: (count) => `改动的数字 ${count} 个`,
    fixed: (count) => `已改正 ${count} 个`,
    added: (count) => `新出现 ${count} 个`,
    open: (count) => `仍未解决 ${count} 个`,
    changedTo: (was, now) => `${was} → ${now}`,
    mended: (count) => `改正了 ${count} 个问题`,
    nothingChanged: '两版的数字相同。',
    marksSaved: '审核标记已保存在工作簿中（保存工作簿后随文件送出）。',
  },
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
  suspectRank: (rank) => rankWords(rank, 'en'),
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
  fill: {
    tab: 'Fill',
    intro:
      'Computes totals, subtotals and figures quoted from other tables from the relationships. Preview, tick the cells to write, then apply; detail cells are never changed.',
    openFirst: 'Open a workbook first.',
    mode: 'Fill with',
    modes: { values: 'Values', formulas: 'Formulas' },
    modeHints: {
      values: 'Writes the computed figures, for the workbook you hand in.',
      formulas:
        'Writes formulas that reference the source cells, to show in training where each total comes from.',
    },
    preview: 'Preview',
    changeCount: (changes, selected) => `${changes} cells would change; ${selected} selected.`,
    unchanged: (cells) => `${cells} more derivable cells already show their figure and are left alone.`,
    nothingToFill: 'Nothing to fill: every derivable cell already shows its figure.',
    notes: 'Note:',
    selectAll: 'Select all',
    selectNone: 'Select none',
    changeList: 'Cells to change',
    group: (sheet, table, selected, total) => `${sheet} · ${SHORT_NAMES[table].en} (${selected}/${total})`,
    blank: '(blank)',
    apply: (selected) => `Apply (${selected})`,
    working: 'Working…',
    written: (cells) => `Wrote ${cells} cells.`,
    skippedAfterPreview: (cells) => `${cells} cells changed after the preview and were not written:`,
    revert: 'Undo fill',
    reverted: (cells) => `Restored ${cells} cells as they were (values, formulas and number formats).`,
    skippedAfterFill: (cells) => `${cells} cells changed after the fill and were left as they are:`,
    nothingToRevert: 'There is no fill to undo.',
    shows: (cell, now) => `${cell}: now ${now || '(blank)'}`,
    recheck: ({ errors, warnings, infos }) =>
      `Checked again: ${errors} errors, ${warnings} warnings, ${infos} rounding residuals.`,
    protectedSheets: (sheets) =>
      `Sheet(s) ${sheets.map((s) => `"${s}"`).join(', ')} are protected, so nothing was written. Unprotect them (Review → Unprotect Sheet) and try again.`,
    download: 'Download the filled workbook',
    downloadName: (name) => `${name.replace(/\.xlsx$/i, '')}-filled.xlsx`,
    draftHeading: 'Explanation (Part 3) draft',
    draftHint:
      'Drafted in Chinese from the figures in the workbook now (fill the totals first); 【请填写…】 marks what the tables cannot say.',
    makeDraft: 'Draft',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copySelected: 'The clipboard is not available here: the text is selected, press Ctrl+C to copy it.',
    checkHeading: 'Check an explanation',
    checkHint: 'Paste the explanation to check each amount, percentage and count in it against the tables.',
    checkText: 'Explanation text',
    checkButton: 'Check',
    readSheet: 'Read the 情况说明 sheet',
    noSheet:
      'The workbook has no 情况说明 sheet (named so, or saying 情况说明 or 第三部分 in its first three rows).',
    checkSummary: (ok, mismatch, unchecked) =>
      `${ok} match, ${mismatch} do not match, ${unchecked} cannot be checked.`,
    stated: (text, expected, what) =>
      `"${text}"${what ? ` (${what})` : ''}${expected ? ` should be ${expected}` : ' does not match the tables'}`,
    sentence: 'In: ',
  },
  review: {
    language: 'Language',
    otherLanguage: '中文',
    emptyTitle: 'Open a workbook first',
    emptyBrowser:
      'Choose “Open a workbook…” to pick the .xlsx file to check, or “Open the sample workbook” to try it, then choose Check. The file is read on this computer only; it is never uploaded or changed.',
    emptyLoaded: (name) => `Opened "${name}". Choose Check to check its tables.`,
    emptyExcel:
      'Choose Check to check the tables of this workbook: cells at fault are coloured, and each problem is listed here by table.',
    needWorkbook: 'Open a workbook first',
    explainedCount: (count) => `Explained ${count}`,
    status: { fixed: 'Fixed', explained: 'Explained', rejected: 'Rejected' },
    unreviewed: 'Open',
    markMenu: 'Mark',
    clearMark: 'Clear the mark',
    reasonLabel: (status) => (status === 'rejected' ? 'Why it is rejected' : 'The explanation'),
    save: 'Save',
    cancel: 'Cancel',
    explainedNote: 'Warning explained: no longer counted.',
    errorExplainedNote: 'Errors are hard rules: an explained error still counts.',
    residualCell: (relations) =>
      `This cell is off by rounding in ${relations} relationships: one rounding residual.`,
    reportTools: 'Review report',
    downloadReport: 'Download the report (.xlsx)',
    downloadCopy: 'Download the workbook with the report',
    addReportSheet: 'Add the report to the workbook',
    reportSheetAdded:
      'Added a 审核报告 sheet to the workbook; its cell column links to each problem. Save the workbook to send it along.',
    printView: 'Printable report',
    print: 'Print',
    back: 'Back',
    downloadPage: 'Download as a web page',
    compare: 'Compare with the previous version…',
    compareHint:
      'Pick the previous version of the workbook to see which figures changed and which problems are fixed, new or still open.',
    compareTitle: (previous) => `Compared with the previous version (${previous})`,
    closeCompare: 'Close',
    figuresChanged: (count) => `Figures changed: ${count}`,
    fixed: (count) => `Fixed: ${count}`,
    added: (count) => `New: ${count}`,
    open: (count) => `Still open: ${count}`,
    changedTo: (was, now) => `${was} → ${now}`,
    mended: (count) => `fixed ${count}`,
    nothingChanged: 'No figure differs between the two versions.',
    marksSaved: 'Review marks saved in the workbook (they travel with it once it is saved).',
  },
};

/** `en`, `en-US`, `en-GB` → English; every other tag (zh-CN, zh-TW, or none) → Chinese. */
export function languageFor(tag: string | undefined): Language {
  return /^en(-|$)/i.test(tag ?? '') ? 'en' : 'zh';
}

export function stringsFor(language: Language): Strings {
  return language === 'en' ? en : zh;
}

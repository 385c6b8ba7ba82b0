/** The 关于 view's words, in Chinese and English (apart from ui-shared/strings.ts; same language choice). */
import type { CapabilityId } from '../../hosts/office/features';
import type { SmokeStep, SmokeStepName } from '../../hosts/office/smoke';
import { stringsFor, type Strings } from '../../ui-shared/strings';

export interface AboutStrings {
  readonly tab: string;
  readonly intro: string;
  readonly officeJs: (source: string) => string;
  readonly officeJsKinds: Readonly<Record<'local' | 'cdn' | 'url' | 'none', string>>;
  readonly capabilities: string;
  readonly capability: Readonly<Record<CapabilityId, { readonly name: string; readonly fallback: string }>>;
  readonly inUse: string;
  readonly notInUse: string;
  readonly excelLacks: (set: string) => string;
  readonly runtimeLacks: (set: string) => string;
  readonly notYetKnown: string;
  /** Why a capability is not used, and what the add-in does instead. */
  readonly instead: (why: string, fallback: string) => string;
  readonly smoke: string;
  readonly smokeHint: string;
  readonly runSmoke: string;
  readonly smokeRunning: string;
  readonly step: Readonly<Record<SmokeStepName, string>>;
  readonly stepOk: string;
  readonly stepFailed: (error: string) => string;
  /** `name：state` in Chinese, `name: state` in English. */
  readonly entry: (name: string, state: string) => string;
  /** What a step did, from its figures. */
  readonly figures: (step: SmokeStep) => string;
}

type Figures = SmokeStep['figures'];

const zh: AboutStrings = {
  tab: '关于',
  intro:
    '本加载项在这台 Excel 中使用哪些接口：Excel 支持、且加载的 office.js 也有的才使用，否则用下面写明的替代做法。',
  officeJs: (source) => `office.js：${source}`,
  officeJsKinds: {
    local: '随加载项发布的副本（@microsoft/office-js 1.1.110，不访问外网）',
    cdn: '微软 CDN 上的最新版',
    url: '内网镜像',
    none: '未加载',
  },
  capabilities: '接口',
  capability: {
    rangeAreas: { name: '一次标记多个单元格（ExcelApi 1.9 多区域）', fallback: '逐个单元格标记' },
    comments: {
      name: '审核说明写入批注（comment，ExcelApi 1.10）',
      fallback: '没有备注时仅以颜色标记，说明见任务窗格',
    },
    mergedAreas: {
      name: '读取合并单元格（ExcelApi 1.13）',
      fallback: '不读取合并单元格，按标题和表头识别各表',
    },
    notes: {
      name: '审核说明写入备注（note，ExcelApi 1.18）',
      fallback: '改写入批注；两者都没有时仅以颜色标记',
    },
    selectAreas: { name: '跳转时选中所有相关单元格（ExcelApi 1.18）', fallback: '只选中第一个单元格' },
    undoGroup: {
      name: '一次填充只需一次 Ctrl+Z 撤消（ExcelApi 1.20）',
      fallback: 'Ctrl+Z 只能逐步撤消，请用“撤销填充”一次恢复',
    },
  },
  inUse: '使用中',
  notInUse: '未使用',
  excelLacks: (set) => `此 Excel 不支持 ExcelApi ${set}`,
  runtimeLacks: (set) => `Excel 支持 ExcelApi ${set}，但加载的 office.js 没有这个接口`,
  notYetKnown: '尚未确定（第一次读取工作簿后显示）',
  instead: (why, fallback) => `${why}。替代做法：${fallback}。`,
  smoke: '自检',
  smokeHint:
    '在随附的示例工作簿（seed-2026-planted-errors.xlsx）上依次读取、审核、标记、清除、填充、撤销，最后确认工作簿与开始时相同。请勿在自己的工作簿上运行。',
  runSmoke: '运行自检',
  smokeRunning: '正在自检…',
  step: {
    read: '读取',
    check: '审核',
    mark: '标记',
    clear: '清除标记',
    fill: '填充',
    revert: '撤销填充',
    unchanged: '工作簿与开始时相同',
  },
  stepOk: '成功',
  stepFailed: (error) => `失败：${error}`,
  entry: (name, state) => `${name}：${state}`,
  figures: ({ step, figures: f }) => zhFigures[step](f),
};

const TEXT_KIND_ZH: Readonly<Record<string, string>> = { notes: '备注', comments: '批注', none: '无说明' };
const zhFigures: Readonly<Record<SmokeStepName, (f: Figures) => string>> = {
  read: (f) => `${f.sheets} 张工作表，${f.cells} 个单元格`,
  check: (f) => `识别 ${f.tables} 张表：${f.errors} 个错误、${f.warnings} 个提示、${f.infos} 处尾差`,
  mark: (f) => `${f.cells} 个单元格，${f.texts} 条说明（${TEXT_KIND_ZH[String(f.annotations)]}）`,
  clear: (f) => `${f.formats} 条条件格式，${f.texts} 条说明`,
  fill: (f) =>
    `计划 ${f.planned} 个，写入 ${f.written} 个；${f.oneUndoStep ? '一次 Ctrl+Z 可撤消' : 'Ctrl+Z 需逐步撤消'}`,
  revert: (f) => `恢复 ${f.restored} 个，跳过 ${f.skipped} 个`,
  unchanged: () => '没有差异',
};

const en: AboutStrings = {
  tab: 'About',
  intro:
    'Which APIs the add-in uses in this Excel: each one only where Excel supports it and the loaded office.js has it; otherwise the fallback written beside it.',
  officeJs: (source) => `office.js: ${source}`,
  officeJsKinds: {
    local: 'the copy shipped with the add-in (@microsoft/office-js 1.1.110, no internet)',
    cdn: "the latest from Microsoft's CDN",
    url: 'an intranet mirror',
    none: 'not loaded',
  },
  capabilities: 'APIs',
  capability: {
    rangeAreas: {
      name: 'Marks many cells at once (ExcelApi 1.9 multi-area ranges)',
      fallback: 'marks cell by cell',
    },
    comments: {
      name: 'Findings in a comment (ExcelApi 1.10)',
      fallback: 'marks by colour only where there are no notes either, and lists the findings in the pane',
    },
    mergedAreas: {
      name: 'Reads merged cells (ExcelApi 1.13)',
      fallback: 'finds the tables by their titles and headers alone',
    },
    notes: {
      name: 'Findings in a note (ExcelApi 1.18)',
      fallback: 'writes comments, or marks by colour only where there are none',
    },
    selectAreas: {
      name: "Selects all of a finding's cells (ExcelApi 1.18)",
      fallback: 'selects the first cell',
    },
    undoGroup: {
      name: 'One Ctrl+Z undoes a fill (ExcelApi 1.20)',
      fallback: 'lets Ctrl+Z undo a fill in steps; Revert fill undoes it at once',
    },
  },
  inUse: 'in use',
  notInUse: 'not used',
  excelLacks: (set) => `this Excel has no ExcelApi ${set}`,
  runtimeLacks: (set) => `Excel has ExcelApi ${set}, but the loaded office.js lacks this API`,
  notYetKnown: 'not known yet (shown after the workbook is first read)',
  instead: (why, fallback) => `${why}. Instead, it ${fallback}.`,
  smoke: 'Self-test',
  smokeHint:
    'On the bundled sample workbook (seed-2026-planted-errors.xlsx): read, check, mark, clear, fill, revert, then confirm the workbook is as it was. Do not run it on your own workbook.',
  runSmoke: 'Run self-test',
  smokeRunning: 'Testing…',
  step: {
    read: 'Read',
    check: 'Check',
    mark: 'Mark',
    clear: 'Clear marks',
    fill: 'Fill',
    revert: 'Revert fill',
    unchanged: 'Workbook as it was',
  },
  stepOk: 'ok',
  stepFailed: (error) => `failed: ${error}`,
  entry: (name, state) => `${name}: ${state}`,
  figures: ({ step, figures: f }) => enFigures[step](f),
};

const enFigures: Readonly<Record<SmokeStepName, (f: Figures) => string>> = {
  read: (f) => `${f.sheets} sheets, ${f.cells} cells`,
  check: (f) =>
    `${f.tables} tables: ${f.errors} errors, ${f.warnings} warnings, ${f.infos} rounding residuals`,
  mark: (f) => `${f.cells} cells, ${f.texts} ${f.annotations === 'none' ? 'texts' : String(f.annotations)}`,
  clear: (f) => `${f.formats} conditional formats, ${f.texts} texts`,
  fill: (f) =>
    `${f.written} of ${f.planned} written; ${f.oneUndoStep ? 'one Ctrl+Z undoes it' : 'Ctrl+Z undoes it in steps'}`,
  revert: (f) => `${f.restored} restored, ${f.skipped} skipped`,
  unchanged: () => 'no difference',
};

export function aboutStringsFor(strings: Strings): AboutStrings {
  return strings === stringsFor('en') ? en : zh;
}

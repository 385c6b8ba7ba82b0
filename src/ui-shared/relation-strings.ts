/**
 * The words of the trainers' views (表间关系, 从哪里来, 规则), in Chinese and English. The relationships'
 * own texts — names, assertions, explanations, figures — come from the engine with an English twin beside
 * each Chinese field (`verdict`, `verdictEn`), which `text` picks; the labels here for statuses, roles and
 * severities are the engine's, so the two never drift apart.
 */
import {
  ROLE_LABELS,
  ROLE_LABELS_EN,
  SEVERITY_LABELS,
  SEVERITY_LABELS_EN,
  STATUS_LABELS,
  STATUS_LABELS_EN,
  tallySentence,
  tallyText,
  type CellRole,
  type RelationSummary,
  type RuleGroup,
  type Status,
  type StatusTally,
} from '../engine/explain';
import type { Relation } from '../engine/catalog/types';

/** An engine object with a Chinese field `K` and its English twin `${K}En` (optional where hosts build it). */
type Twins<K extends string> = { readonly [P in K | `${K}En`]?: unknown };

export interface RelationStrings {
  /**
   * The engine's text in this language: `text(instance, 'verdict')` is `verdict`, or `verdictEn` in English.
   * The 填充 view picks its fill reasons and explanation labels with it too.
   */
  readonly text: <K extends string, T extends Twins<K>>(item: T, key: K) => T[K];
  /** A relationship's rule text; English has none (it is hand-written Chinese), the name and assertion show. */
  readonly description: (relation: RelationSummary) => string | undefined;
  /** `label：text` / `label: text`. */
  readonly labelled: (label: string, text: string) => string;
  /** `text（note）` / `text (note)`. */
  readonly aside: (text: string, note: string) => string;
  /** Figures and whether they hold: `…，成立` / `…, holds`. */
  readonly judged: (figures: string, verdict: string) => string;
  /** The pane's tab list. */
  readonly views: string;
  /** The menu of the tabs that do not fit on the row. */
  readonly more: string;
  readonly moreViews: (count: number) => string;
  readonly checkTab: string;
  readonly relationsTab: string;
  readonly originTab: string;
  readonly rulesTab: string;
  readonly mapMode: string;
  readonly lessonMode: string;
  readonly previous: string;
  readonly next: string;
  readonly lessonNeedsCheck: string;
  readonly status: Readonly<Record<Status, string>>;
  readonly severity: Readonly<Record<Relation['severity'], string>>;
  readonly role: Readonly<Record<CellRole, string>>;
  /** A relationship with nothing to check in this workbook (a table missing or empty). */
  readonly noInstancesShort: string;
  readonly noInstances: string;
  readonly needCheck: string;
  readonly condition: (text: string) => string;
  readonly tally: (count: number, tally: StatusTally) => string;
  readonly markAll: (count: number) => string;
  readonly instances: string;
  readonly blankInstances: (count: number) => string;
  readonly moreCells: (count: number) => string;
  readonly blank: string;
  readonly goToCell: (ref: string) => string;
  readonly mapLabel: string;
  readonly mapHint: string;
  readonly tableButton: (label: string, name: string) => string;
  readonly tableMissing: string;
  readonly tableRelations: (label: string, name: string) => string;
  readonly allRelations: string;
  readonly showAll: string;
  readonly originTitle: string;
  readonly originHint: string;
  readonly notAnAmount: (ref: string) => string;
  readonly noInvolvements: string;
  readonly involvementCount: (count: number, crossTable: number) => string;
  readonly crossTable: string;
  readonly markInstance: string;
  readonly search: string;
  readonly searchPlaceholder: string;
  readonly ruleCount: (count: number) => string;
  readonly noRules: string;
  readonly groupName: (group: RuleGroup) => string;
}

/** Upper-cases the first letter of each label, for a badge that stands alone. */
function standalone<K extends string>(labels: Readonly<Record<K, string>>): Record<K, string> {
  const entries = Object.entries<string>(labels).map(([k, v]) => [k, v[0].toUpperCase() + v.slice(1)]);
  return Object.fromEntries(entries) as Record<K, string>;
}

const zh: RelationStrings = {
  text: (item, key) => item[key],
  description: (relation) => relation.description,
  labelled: (label, text) => `${label}：${text}`,
  aside: (text, note) => `${text}（${note}）`,
  judged: (figures, verdict) => `${figures}，${verdict}`,
  views: '视图',
  more: '更多',
  moreViews: (count) => `另外 ${count} 个视图`,
  checkTab: '审核',
  relationsTab: '表间关系',
  originTab: '从哪里来',
  rulesTab: '规则',
  mapMode: '关系图',
  lessonMode: '逐步讲解',
  previous: '上一步',
  next: '下一步',
  lessonNeedsCheck: '打开工作簿并审核后，可以逐条讲解其中的每一种关系。',
  status: STATUS_LABELS,
  severity: SEVERITY_LABELS,
  role: ROLE_LABELS,
  noInstancesShort: '未检查',
  noInstances: '本工作簿中没有可检查之处（相关的表缺失或为空）。',
  needCheck: '审核工作簿后，这里显示它的数字以及关系是否成立。',
  condition: (text) => `适用条件：${text}`,
  tally: (count, t) => `本工作簿中共 ${count} 处${count === t.exact ? '，' : '：'}${tallyText(t, 'zh')}。`,
  markAll: (count) => `标出全部 ${count} 处`,
  instances: '本工作簿中的各处',
  blankInstances: (count) => `另有 ${count} 处各数均为空，未列出。`,
  moreCells: (count) => `等另外 ${count} 个单元格`,
  blank: '（空）',
  goToCell: (ref) => `定位到 ${ref}`,
  mapLabel: '表间关系图',
  mapHint:
    '方框是表，连线是表与表之间的关系，箭头指向合计或上限一方。点击连线查看并在工作簿中标出；点击方框只看与这张表有关的关系。',
  tableButton: (label, name) => `${label} ${name}：只看与它有关的关系`,
  tableMissing: '本工作簿中没有这张表',
  tableRelations: (label, name) => `${label} ${name} 的关系`,
  allRelations: '表与表之间的关系',
  showAll: '显示全部',
  originTitle: '这个单元格从哪里来？',
  originHint:
    '选中一个金额单元格，这里列出它参与的每一条关系：由哪些单元格得出、计入哪里、应与哪些单元格相等。',
  notAnAmount: (ref) => `${ref} 不是已识别的表中的金额单元格。`,
  noInvolvements: '这个单元格没有参与任何关系。',
  involvementCount: (count, crossTable) => `参与 ${count} 条关系，其中 ${crossTable} 条跨表。`,
  crossTable: '跨表',
  markInstance: '在工作簿中标出',
  search: '搜索规则',
  searchPlaceholder: '如：表5 强制性 合计',
  ruleCount: (count) => `共 ${count} 条规则`,
  noRules: '没有符合的规则。',
  groupName: (group) => group.zh,
};

const en: RelationStrings = {
  // Falls back to the Chinese where a host built the object without its twin (a fill plan made by hand).
  text: (item, key) => (item[`${key}En` as const] ?? item[key]) as (typeof item)[typeof key],
  description: () => undefined,
  labelled: (label, text) => `${label}: ${text}`,
  aside: (text, note) => `${text} (${note})`,
  judged: (figures, verdict) => `${figures}, ${verdict}`,
  views: 'Views',
  more: 'More',
  moreViews: (count) => `${count} more views`,
  checkTab: 'Check',
  relationsTab: 'Links',
  originTab: 'Origin',
  rulesTab: 'Rules',
  mapMode: 'Map',
  lessonMode: 'Lesson',
  previous: 'Previous',
  next: 'Next',
  lessonNeedsCheck: 'Open and check a workbook to step through each of its relationships.',
  status: standalone(STATUS_LABELS_EN),
  severity: standalone(SEVERITY_LABELS_EN),
  role: ROLE_LABELS_EN,
  noInstancesShort: 'Not checked',
  noInstances: 'Nothing to check in this workbook (a table it needs is missing or empty).',
  needCheck: 'Check the workbook to see its figures and whether each relationship holds.',
  condition: (text) => `Applies when: ${text}`,
  tally: (_count, t) => tallySentence(t, 'en'),
  markAll: (count) => `Mark all ${count}`,
  instances: 'Instances in this workbook',
  blankInstances: (count) => `${count} more where every figure is blank are not listed.`,
  moreCells: (count) => `and ${count} more cells`,
  blank: '(blank)',
  goToCell: (ref) => `Go to ${ref}`,
  mapLabel: 'Map of the relationships between tables',
  mapHint:
    'Boxes are tables, lines are relationships between them; arrows point to the total or the limit. Click a line to see it and mark it in the workbook; click a box to list only that table’s relationships.',
  tableButton: (label, name) => `${label} ${name}: show only its relationships`,
  tableMissing: 'not in this workbook',
  tableRelations: (label, name) => `Relationships of ${label} ${name}`,
  allRelations: 'Relationships between tables',
  showAll: 'Show all',
  originTitle: 'Where does this cell come from?',
  originHint:
    'Select an amount cell to list every relationship it takes part in: what it is computed from, what it feeds, what it must equal.',
  notAnAmount: (ref) => `${ref} is not an amount cell of a recognised table.`,
  noInvolvements: 'This cell takes part in no relationship.',
  involvementCount: (count, crossTable) => `${count} relationships, ${crossTable} of them across tables.`,
  crossTable: 'Across tables',
  markInstance: 'Mark in the workbook',
  search: 'Search the rules',
  searchPlaceholder: 'e.g. 表5 warning',
  ruleCount: (count) => `${count} rules`,
  noRules: 'No rule matches.',
  groupName: (group) => group.en,
};

export const RELATION_STRINGS: Readonly<Record<'zh' | 'en', RelationStrings>> = { zh, en };

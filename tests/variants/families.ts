/**
 * The two template families as data (FAMILIES.md): for each table its title, its label columns, its amount
 * columns with their header words top to bottom as published, and the lines under it. The renderer varies
 * these words and rows; it never invents a column the family does not have.
 */
import type { ColumnRole, FamilyId, Side, TableKey } from './model';

/** Header words from the top header row down; `{Y}` stands for the budget year. */
export type HeaderPath = readonly string[];

export interface ColumnSpec {
  readonly role: ColumnRole;
  readonly path: HeaderPath;
}

export interface SideSpec {
  readonly side?: Side;
  /** The code column's words, for tables whose rows carry classification codes. */
  readonly code?: HeaderPath;
  readonly name: HeaderPath;
  /** T6's second name column. */
  readonly name2?: HeaderPath;
  readonly columns: readonly ColumnSpec[];
}

/** What the name column lists, which decides the header words a variation may put over it. */
export type NameKind = 'functional' | 'economic' | 'lines' | 'entries' | 'units' | 'projects' | 'none';

export interface TableSpec {
  readonly key: TableKey;
  readonly family: FamilyId;
  /** The title after `2026年`. */
  readonly title: string;
  /** The `预算公开表N` line the seed prints above some titles. */
  readonly label?: string;
  /** Income and expense side by side (T1, T4, T9, S1, S4), a list, or one row of figures (S9). */
  readonly kind: 'dual' | 'list' | 'single-row';
  readonly nameKind: NameKind;
  /** Codes: in their own column (the seed), split 类 | 款 | 项 (Shanghai), or none. */
  readonly codes: 'one-column' | 'split' | 'none';
  readonly sides: readonly SideSpec[];
  /** A `1 2 3 … n` row under the header. */
  readonly numberRow?: boolean;
  /** The note printed under the table as published. */
  readonly note?: string;
  /** The seed table it corresponds to (FAMILIES.md), for messages. */
  readonly analog: string;
}

const FUNDS3 = (group: string[]): ColumnSpec[] => [
  { role: 'generalBudget', path: [...group, '一般公共预算'] },
  { role: 'governmentFund', path: [...group, '政府性基金预算'] },
  { role: 'stateCapital', path: [...group, '国有资本经营预算'] },
];

const FUNCTIONAL = (group: string, words = ['合计', '基本支出', '项目支出']): Omit<SideSpec, 'side'> => ({
  code: ['项目', '科目编码'],
  name: ['项目', '科目名称'],
  columns: (['total', 'basic', 'project'] as const).map((role, i) => ({ role, path: [group, words[i]] })),
});

const EMPTY_NOTE = '注：本表无数据';

export const SEED_FAMILY: readonly TableSpec[] = [
  {
    key: 'T1',
    family: 'seed13',
    title: '预算收支总表',
    label: '预算公开表1',
    kind: 'dual',
    nameKind: 'lines',
    codes: 'none',
    sides: [
      { side: 'income', name: ['收入', '项目'], columns: [{ role: 'amount', path: ['收入', '{Y}年'] }] },
      {
        side: 'expense',
        name: ['支出', '项目'],
        columns: [
          { role: 'total', path: ['支出', '{Y}年合计'] },
          { role: 'current', path: ['支出', '当年预算安排'] },
          { role: 'carryOver', path: ['支出', '上年结转安排'] },
        ],
      },
    ],
    note: '注：本套报表因取数时四舍五入，部分金额可能存在尾差',
    analog: '表1',
  },
  {
    key: 'T2',
    family: 'seed13',
    title: '预算收入总表',
    label: '预算公开表2',
    kind: 'list',
    nameKind: 'functional',
    codes: 'one-column',
    sides: [
      {
        code: ['项目', '科目编码'],
        name: ['项目', '科目名称'],
        columns: [
          { role: 'total', path: ['本年收入', '合计'] },
          { role: 'generalBudget', path: ['本年收入', '一般公共预算'] },
          { role: 'governmentFund', path: ['本年收入', '政府性基金'] },
          { role: 'stateCapital', path: ['本年收入', '国有资本经营预算'] },
          { role: 'specialAccount', path: ['本年收入', '财政专户管理资金'] },
          { role: 'unitFunds', path: ['本年收入', '单位资金'] },
          { role: 'carryOver', path: ['上年结转'] },
        ],
      },
    ],
    analog: '表2',
  },
  {
    key: 'T3',
    family: 'seed13',
    title: '预算支出总表',
    kind: 'list',
    nameKind: 'functional',
    codes: 'one-column',
    sides: [FUNCTIONAL('{Y}年预算数')],
    analog: '表3',
  },
  {
    key: 'T4',
    family: 'seed13',
    title: '财政拨款收支总表',
    kind: 'dual',
    nameKind: 'lines',
    codes: 'none',
    sides: [
      { side: 'income', name: ['收入', '项目'], columns: [{ role: 'amount', path: ['收入', '金额'] }] },
      {
        side: 'expense',
        name: ['支出', '项目'],
        columns: [{ role: 'subtotal', path: ['支出', '金额', '小计'] }, ...FUNDS3(['支出', '金额'])],
      },
    ],
    analog: '表4',
  },
  {
    key: 'T5',
    family: 'seed13',
    title: '一般公共预算支出预算表（不含上年结转）',
    kind: 'list',
    nameKind: 'functional',
    codes: 'one-column',
    sides: [FUNCTIONAL('{Y}年预算数')],
    analog: '表5',
  },
  {
    key: 'T6',
    family: 'seed13',
    title: '一般公共预算安排基本支出分经济科目表（不含上年结转）',
    kind: 'list',
    nameKind: 'economic',
    codes: 'none',
    sides: [
      {
        name: ['部门预算支出经济科目名称'],
        name2: ['政府预算支出经济科目名称'],
        columns: [
          { role: 'total', path: ['{Y}年预算数', '合计'] },
          { role: 'personnel', path: ['{Y}年预算数', '人员经费'] },
          { role: 'operating', path: ['{Y}年预算数', '公用经费'] },
        ],
      },
    ],
    analog: '表6',
  },
  {
    key: 'T7',
    family: 'seed13',
    title: '政府性基金预算收入表（不含上年结转）',
    kind: 'list',
    nameKind: 'functional',
    codes: 'one-column',
    sides: [
      {
        code: ['项目', '收入科目编码'],
        name: ['项目', '科目名称'],
        columns: [{ role: 'total', path: ['政府性基金收入预算'] }],
      },
    ],
    note: EMPTY_NOTE,
    analog: '表7',
  },
  {
    key: 'T8',
    family: 'seed13',
    title: '政府性基金预算支出表（不含上年结转）',
    kind: 'list',
    nameKind: 'functional',
    codes: 'one-column',
    sides: [
      {
        code: ['科目编码'],
        name: ['科目名称'],
        columns: [
          { role: 'total', path: ['合计'] },
          { role: 'basic', path: ['基本支出'] },
          { role: 'project', path: ['项目支出'] },
        ],
      },
    ],
    note: EMPTY_NOTE,
    analog: '表8',
  },
  {
    key: 'T9',
    family: 'seed13',
    title: '国有资本经营预算收支预算表（不含上年结转）',
    label: '部门公开表9',
    kind: 'dual',
    nameKind: 'functional',
    codes: 'one-column',
    sides: [
      {
        side: 'income',
        code: ['国有资本经营预算收入', '项目', '收入科目编码'],
        name: ['国有资本经营预算收入', '项目', '科目名称'],
        columns: [{ role: 'total', path: ['国有资本经营预算收入', '国有资本经营收入预算'] }],
      },
      {
        side: 'expense',
        code: ['国有资本经营预算支出', '科目编码'],
        name: ['国有资本经营预算支出', '科目名称'],
        columns: [
          { role: 'total', path: ['国有资本经营预算支出', '合计'] },
          { role: 'basic', path: ['国有资本经营预算支出', '基本支出'] },
          { role: 'project', path: ['国有资本经营预算支出', '项目支出'] },
        ],
      },
    ],
    note: EMPTY_NOTE,
    analog: '表9',
  },
  {
    key: 'T10',
    family: 'seed13',
    title: '财政拨款安排“三公”经费支出预算表',
    label: '预算公开表10',
    kind: 'list',
    nameKind: 'entries',
    codes: 'none',
    sides: [
      {
        name: ['项目'],
        columns: [{ role: 'total', path: ['{Y}年预算数', '合计'] }, ...FUNDS3(['{Y}年预算数'])],
      },
    ],
    analog: '表10',
  },
  {
    key: 'T11',
    family: 'seed13',
    title: '财政拨款安排机关运行经费预算表',
    kind: 'list',
    nameKind: 'units',
    codes: 'none',
    sides: [
      {
        name: ['单位名称'],
        columns: [{ role: 'total', path: ['{Y}预算数', '合计'] }, ...FUNDS3(['{Y}预算数'])],
      },
    ],
    analog: '表11',
  },
  {
    key: 'T12',
    family: 'seed13',
    title: '项目支出预算表（本年预算）',
    kind: 'list',
    nameKind: 'projects',
    codes: 'none',
    numberRow: true,
    sides: [
      {
        name: ['项目名称'],
        columns: [
          { role: 'total', path: ['合计'] },
          ...FUNDS3(['{Y}年财政拨款']),
          { role: 'specialAccount', path: ['财政专户管理资金'] },
          { role: 'unitFunds', path: ['单位资金'] },
        ],
      },
    ],
    analog: '表12',
  },
  {
    key: 'T13',
    family: 'seed13',
    title: '项目支出预算表（上年结转）',
    kind: 'list',
    nameKind: 'projects',
    codes: 'none',
    numberRow: true,
    sides: [
      { name: ['项目名称'], columns: [{ role: 'total', path: ['合计'] }, ...FUNDS3(['{Y}年财政拨款'])] },
    ],
    analog: '表13',
  },
];

const SH_FUNCTIONAL = (group: string, roles: readonly ColumnRole[], words: readonly string[]): SideSpec => ({
  code: ['项目', '功能分类科目编码'],
  name: ['项目', '功能分类科目名称'],
  columns: roles.map((role, i) => ({ role, path: [group, words[i]] })),
});

const SH_EMPTY = (what: string) => `注：本部门{Y}年无${what}财政拨款安排的预算，故本表为空表。`;

export const SHANGHAI_FAMILY: readonly TableSpec[] = [
  {
    key: 'S1',
    family: 'shanghai9',
    title: '部门财务收支预算总表',
    kind: 'dual',
    nameKind: 'lines',
    codes: 'none',
    sides: [
      {
        side: 'income',
        name: ['本年收入', '项目'],
        columns: [{ role: 'amount', path: ['本年收入', '预算数'] }],
      },
      {
        side: 'expense',
        name: ['本年支出', '项目'],
        columns: [{ role: 'total', path: ['本年支出', '预算数'] }],
      },
    ],
    analog: '表1',
  },
  {
    key: 'S2',
    family: 'shanghai9',
    title: '部门收入预算总表',
    kind: 'list',
    nameKind: 'functional',
    codes: 'split',
    sides: [
      SH_FUNCTIONAL(
        '收入预算',
        ['total', 'fiscal', 'business', 'businessOperation', 'other'],
        ['合计', '财政拨款收入', '事业收入', '事业单位经营收入', '其他收入'],
      ),
    ],
    analog: '表2',
  },
  {
    key: 'S3',
    family: 'shanghai9',
    title: '部门支出预算总表',
    kind: 'list',
    nameKind: 'functional',
    codes: 'split',
    sides: [SH_FUNCTIONAL('支出预算', ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出'])],
    analog: '表3',
  },
  {
    key: 'S4',
    family: 'shanghai9',
    title: '部门财政拨款收支预算总表',
    kind: 'dual',
    nameKind: 'lines',
    codes: 'none',
    sides: [
      {
        side: 'income',
        name: ['财政拨款收入', '项目'],
        columns: [{ role: 'amount', path: ['财政拨款收入', '预算数'] }],
      },
      {
        side: 'expense',
        name: ['财政拨款支出', '项目'],
        columns: [{ role: 'total', path: ['财政拨款支出', '合计'] }, ...FUNDS3(['财政拨款支出'])],
      },
    ],
    analog: '表4',
  },
  {
    key: 'S5',
    family: 'shanghai9',
    title: '部门一般公共预算支出功能分类预算表',
    kind: 'list',
    nameKind: 'functional',
    codes: 'split',
    sides: [
      SH_FUNCTIONAL('一般公共预算支出', ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出']),
    ],
    analog: '表5',
  },
  {
    key: 'S6',
    family: 'shanghai9',
    title: '部门政府性基金预算支出功能分类预算表',
    kind: 'list',
    nameKind: 'functional',
    codes: 'split',
    sides: [
      SH_FUNCTIONAL('政府性基金预算支出', ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出']),
    ],
    note: SH_EMPTY('政府性基金预算'),
    analog: '表8',
  },
  {
    key: 'S7',
    family: 'shanghai9',
    title: '部门国有资本经营预算支出功能分类预算表',
    kind: 'list',
    nameKind: 'functional',
    codes: 'split',
    sides: [
      SH_FUNCTIONAL('国有资本经营预算支出', ['total', 'basic', 'project'], ['合计', '基本支出', '项目支出']),
    ],
    note: SH_EMPTY('国有资本经营预算'),
    analog: '表9',
  },
  {
    key: 'S8',
    family: 'shanghai9',
    title: '部门一般公共预算基本支出部门预算经济分类预算表',
    kind: 'list',
    nameKind: 'economic',
    codes: 'split',
    sides: [
      {
        code: ['项目', '部门预算经济分类科目编码'],
        name: ['项目', '经济分类科目名称'],
        columns: [
          { role: 'total', path: ['一般公共预算基本支出', '合计'] },
          { role: 'personnel', path: ['一般公共预算基本支出', '人员经费'] },
          { role: 'operating', path: ['一般公共预算基本支出', '公用经费'] },
        ],
      },
    ],
    analog: '表6',
  },
  {
    key: 'S9',
    family: 'shanghai9',
    title: '部门“三公”经费和机关运行经费预算表',
    kind: 'single-row',
    nameKind: 'none',
    codes: 'none',
    sides: [
      {
        name: [],
        columns: [
          { role: 'total', path: ['“三公”经费预算数', '合计'] },
          { role: 'abroad', path: ['“三公”经费预算数', '因公出国(境)费'] },
          { role: 'hospitality', path: ['“三公”经费预算数', '公务接待费'] },
          { role: 'vehicles', path: ['“三公”经费预算数', '公务用车购置及运行费', '小计'] },
          { role: 'vehiclePurchase', path: ['“三公”经费预算数', '公务用车购置及运行费', '购置费'] },
          { role: 'vehicleOperation', path: ['“三公”经费预算数', '公务用车购置及运行费', '运行费'] },
          { role: 'agencyOperating', path: ['机关运行经费预算数'] },
        ],
      },
    ],
    analog: '表10、表11',
  },
];

export function familySpecs(family: FamilyId): readonly TableSpec[] {
  return family === 'seed13' ? SEED_FAMILY : SHANGHAI_FAMILY;
}

export function specOf(key: TableKey): TableSpec {
  const spec = [...SEED_FAMILY, ...SHANGHAI_FAMILY].find((s) => s.key === key);
  if (!spec) throw new Error(`no table spec ${key}`);
  return spec;
}

/** The 30 类 of the 2026 functional classification, as 收支总表 lists them (the seed's T1 and T4). */
export const CLASSES: readonly (readonly [string, string])[] = [
  ['201', '一般公共服务支出'],
  ['202', '外交支出'],
  ['203', '国防支出'],
  ['204', '公共安全支出'],
  ['205', '教育支出'],
  ['206', '科学技术支出'],
  ['207', '文化旅游体育与传媒支出'],
  ['208', '社会保障和就业支出'],
  ['209', '社会保险基金支出'],
  ['210', '卫生健康支出'],
  ['211', '节能环保支出'],
  ['212', '城乡社区支出'],
  ['213', '农林水支出'],
  ['214', '交通运输支出'],
  ['215', '资源勘探工业信息等支出'],
  ['216', '商业服务业等支出'],
  ['217', '金融支出'],
  ['219', '援助其他地区支出'],
  ['220', '自然资源海洋气象等支出'],
  ['221', '住房保障支出'],
  ['222', '粮油物资储备支出'],
  ['223', '国有资本经营预算支出'],
  ['224', '灾害防治及应急管理支出'],
  ['227', '预备费'],
  ['229', '其他支出'],
  ['230', '转移性支出'],
  ['231', '债务还本支出'],
  ['232', '债务付息支出'],
  ['233', '债务发行费用支出'],
  ['234', '抗疫特别国债安排的支出'],
];

const ORDINALS = '一二三四五六七八九十';

/** 1 → 一, 12 → 十二, 30 → 三十. */
export function ordinal(n: number): string {
  if (n <= 10) return ORDINALS[n - 1];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens > 1 ? ORDINALS[tens - 1] : ''}十${ones ? ORDINALS[ones - 1] : ''}`;
}

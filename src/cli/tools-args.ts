/** The flags of the workbook tools (fill, explanation draft and check), read by args.ts's parser. */

export interface ToolOptions {
  /** Write a filled copy here. */
  readonly fill?: string;
  /** Fill with live formulas instead of values. */
  readonly formulas?: boolean;
  /** Also write the cells whose figure its parts contradict (不一致), as the sum of the parts. */
  readonly fillRecompute?: boolean;
  /** Also rewrite the totals that hold within rounding to the sum of their parts (尾差 rewritten). */
  readonly fillRebuild?: boolean;
  /** Print a draft of the explanation (第三部分). */
  readonly narrative?: boolean;
  /** Check the explanation in this text file against the tables. */
  readonly narrativeCheck?: string;
  /** Last year's disclosure workbook (.xlsx), or its figures as tab-separated text, for year-on-year figures. */
  readonly lastYear?: string;
}

export const TOOLS_USAGE = `  --fill 输出.xlsx      另存一份填充副本：空着的合计、小计、类款汇总和表间引用单元格按勾稽关系算出填好，
                       列出每处改动（单元格、原值、新值、依据）；已有的数字（包括尾差）不改，
                       与各项之和不一致的合计单独列出、不写入；原文件不改动
  --formulas           与 --fill 同用：填入引用来源单元格的公式（带计算结果），而不是数值
  --fill-recompute     与 --fill 同用：把与各项之和不一致的合计也改为各项之和（请先核对列出的单元格）
  --fill-rebuild       与 --fill 同用：按明细重算所有合计，只差尾差的已有合计也改写为各项之和
  --narrative          按各表生成第三部分“情况说明”草稿
  --narrative-check 说明.txt
                       核对一段情况说明文字：逐个金额、百分比与表中数字比对，列出不符之处及所在句子
  --last-year 上年.xlsx  上年的预算公开表工作簿（或上年数文本文件，见 docs/fill.md），用于同比增减；
                       工作簿中有“上年预算数”表时可不写`;

const SWITCHES = {
  '--formulas': 'formulas',
  '--narrative': 'narrative',
  '--fill-recompute': 'fillRecompute',
  '--fill-rebuild': 'fillRebuild',
} as const;

/** The options while the parser fills them in. */
export type ToolOptionsDraft = { -readonly [K in keyof ToolOptions]: ToolOptions[K] };

export type FlagResult = 'not-ours' | 'read' | { readonly problem: string };

/** Reads `flag` into `options` if it is one of ours; `next` takes its value (`--fill a.xlsx`, `--fill=a.xlsx`). */
export function readToolFlag(
  flag: string,
  inline: string | undefined,
  next: () => string | undefined,
  options: ToolOptionsDraft,
): FlagResult {
  const file = (key: 'fill' | 'narrativeCheck' | 'lastYear', problem: string): FlagResult => {
    const v = next();
    if (!v || v.startsWith('-')) return { problem };
    options[key] = v;
    return 'read';
  };
  switch (flag) {
    case '--formulas':
    case '--narrative':
    case '--fill-recompute':
    case '--fill-rebuild':
      if (inline !== undefined) return { problem: `选项 ${flag} 不带参数` };
      options[SWITCHES[flag]] = true;
      return 'read';
    case '--fill':
      return file('fill', '--fill 后面要写输出文件名，例如 --fill 填充.xlsx');
    case '--narrative-check':
      return file(
        'narrativeCheck',
        '--narrative-check 后面要写说明文字的文件名，例如 --narrative-check 说明.txt',
      );
    case '--last-year':
      return file('lastYear', '--last-year 后面要写上年的工作簿或上年数文件名，例如 --last-year 2025.xlsx');
    default:
      return 'not-ours';
  }
}

/** Combinations that make no sense, as a usage error message. */
export function toolsProblem(options: ToolOptions): string | undefined {
  for (const [flag, on] of [
    ['--formulas', options.formulas],
    ['--fill-recompute', options.fillRecompute],
    ['--fill-rebuild', options.fillRebuild],
  ] as const) {
    if (on && !options.fill) return `${flag} 要与 --fill 一起用`;
  }
  if (options.lastYear && !options.narrative && !options.narrativeCheck)
    return '--last-year 要与 --narrative 或 --narrative-check 一起用';
  return undefined;
}

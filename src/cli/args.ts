/** The command line's arguments, parsed by hand: a handful of flags do not need a library. */
import {
  readToolFlag,
  toolsProblem,
  TOOLS_USAGE,
  type ToolOptions,
  type ToolOptionsDraft,
} from './tools-args';

export type Format = 'text' | 'json';

export interface CheckCommand {
  readonly kind: 'check';
  /** Files and folders, as typed. */
  readonly inputs: readonly string[];
  readonly format: Format;
  /** Where to write the marked-up copy. */
  readonly annotate?: string;
  /**
   * Where to write the 审核报告: `.xlsx` (the report workbook; for a folder or several files, one summary
   * workbook), `.html` (a printable page, one file only) or `.csv` (the summary).
   */
  readonly report?: string;
  /** The previous version of the workbook, to compare with (one input file only). */
  readonly compare?: string;
  /** A 审核报告 workbook whose 状态 and 理由 columns hold review marks to apply (one input file only). */
  readonly review?: string;
  /** Exit 0 even when errors are found (the demo); unreadable files still exit 2. */
  readonly exitZero: boolean;
  /** Fill, draft or check the explanation instead of printing the check report (tools-args.ts). */
  readonly tools?: ToolOptions;
}

export type Command =
  CheckCommand | { readonly kind: 'help' } | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `用法：budget-check <文件.xlsx|文件夹>... [选项]

检查部门预算公开表工作簿：识别各表，核对表内、表间的勾稽关系，列出错误、提示和尾差。

选项：
  --format text|json   输出格式：text 为中文报告（默认），json 为每个文件一行 JSON
  --annotate 输出.xlsx  另存一份标注副本：出错单元格填色并加批注（仅限一个输入文件，原文件不改动）
  --report 审核报告.xlsx
                       另存审核报告：每条审核结果一行（表、单元格、规则、应为、实际、差额、类别、状态），
                       单元格可点击打开工作簿；文件夹或多个文件时为一份汇总（也可写 .csv）；
                       写 .html 则为可打印的网页
  --compare 上一版.xlsx 与上一版比较：改动的数字，已改正、新出现和仍未解决的问题（按表、行、列对应，
                       插入或删除行不影响）
  --review 审核报告.xlsx
                       读取审核报告中的状态（已改、已说明、驳回）和理由；已说明的提示不再计入
  --exit-zero          发现错误时仍以 0 退出（用于演示）
${TOOLS_USAGE}
  -h, --help           显示本说明

文件夹：检查其中所有 .xlsx 文件（不含子文件夹和 ~$ 开头的临时文件），每个文件一行汇总。

退出码：0 没有错误；1 发现错误；2 有文件无法读取或用法错误。`;

export const SHORT_USAGE =
  '用法：budget-check <文件.xlsx|文件夹>... [--format text|json] [--annotate 输出.xlsx] [--report 审核报告.xlsx]\n运行 budget-check --help 查看说明。';

export function parseArgs(argv: readonly string[]): Command {
  const inputs: string[] = [];
  let format: Format = 'text';
  let annotate: string | undefined;
  const files: { report?: string; compare?: string; review?: string } = {};
  let exitZero = false;
  const tools: ToolOptionsDraft = {};

  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      inputs.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      inputs.push(arg);
      continue;
    }
    // `--flag=value` and `--flag value` both work.
    const eq = arg.indexOf('=');
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];

    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--exit-zero':
        if (inline !== undefined) return usageError(`选项 ${flag} 不带参数`);
        exitZero = true;
        break;
      case '--format': {
        const v = value();
        if (v !== 'text' && v !== 'json') return usageError('--format 只能是 text 或 json');
        format = v;
        break;
      }
      case '--annotate': {
        const v = value();
        if (!v || v.startsWith('-'))
          return usageError('--annotate 后面要写输出文件名，例如 --annotate 标注.xlsx');
        annotate = v;
        break;
      }
      case '--report':
      case '--compare':
      case '--review': {
        const v = value();
        const problem = fileProblem(flag, v);
        if (problem) return usageError(problem);
        files[flag.slice(2) as keyof typeof files] = v;
        break;
      }
      default: {
        const read = readToolFlag(flag, inline, value, tools);
        if (read === 'not-ours') return usageError(`未知选项 ${flag}`);
        if (read !== 'read') return usageError(read.problem);
      }
    }
  }

  if (inputs.length === 0) return usageError('请指定要检查的 .xlsx 文件或文件夹');
  const problem = toolsProblem(tools);
  if (problem) return usageError(problem);
  const used = Object.keys(tools).length > 0;
  if (used && Object.keys(files).length > 0)
    return usageError('--report、--compare、--review 不能与 --fill、--narrative、--narrative-check 同用');
  return { kind: 'check', inputs, format, annotate, ...files, exitZero, ...(used ? { tools } : {}) };
}

const EXAMPLES = {
  '--report': '--report 审核报告.xlsx',
  '--compare': '--compare 上一版.xlsx',
  '--review': '--review 审核报告.xlsx',
} as const;

/** What is wrong with a file flag's value, or undefined. */
function fileProblem(flag: keyof typeof EXAMPLES, value: string | undefined): string | undefined {
  if (!value || value.startsWith('-')) return `${flag} 后面要写文件名，例如 ${EXAMPLES[flag]}`;
  if (flag === '--report' && !/\.(xlsx|html?|csv)$/i.test(value))
    return '--report 的文件名要以 .xlsx、.html 或 .csv 结尾';
  if (flag !== '--report' && !/\.xlsx$/i.test(value)) return `${flag} 要写一个 .xlsx 工作簿`;
  return undefined;
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}

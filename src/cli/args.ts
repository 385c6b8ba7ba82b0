/** The command line's arguments, parsed by hand: four flags do not need a library. */
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
  --exit-zero          发现错误时仍以 0 退出（用于演示）
${TOOLS_USAGE}
  -h, --help           显示本说明

文件夹：检查其中所有 .xlsx 文件（不含子文件夹和 ~$ 开头的临时文件），每个文件一行汇总。

退出码：0 没有错误；1 发现错误；2 有文件无法读取或用法错误。`;

export const SHORT_USAGE =
  '用法：budget-check <文件.xlsx|文件夹>... [--format text|json] [--annotate 输出.xlsx]\n运行 budget-check --help 查看说明。';

export function parseArgs(argv: readonly string[]): Command {
  const inputs: string[] = [];
  let format: Format = 'text';
  let annotate: string | undefined;
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
  return { kind: 'check', inputs, format, annotate, exitZero, ...(used ? { tools } : {}) };
}

function usageError(message: string): Command {
  return { kind: 'usage-error', message };
}

import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  it('takes files, folders and flags in any order, with or without =', () => {
    expect(parseArgs(['a.xlsx', '--format=json', '表格', '--annotate', 'out.xlsx', '--exit-zero'])).toEqual({
      kind: 'check',
      inputs: ['a.xlsx', '表格'],
      format: 'json',
      annotate: 'out.xlsx',
      exitZero: true,
    });
  });

  it('reads everything after -- as a file, even names starting with -', () => {
    expect(parseArgs(['--', '-draft.xlsx', '--help'])).toEqual(
      expect.objectContaining({ kind: 'check', inputs: ['-draft.xlsx', '--help'] }),
    );
  });

  it('answers -h with help, after reporting any unknown flag before it', () => {
    expect(parseArgs(['a.xlsx', '--bogus', '-h'])).toEqual({
      kind: 'usage-error',
      message: '未知选项 --bogus',
    });
    expect(parseArgs(['a.xlsx', '-h'])).toEqual({ kind: 'help' });
  });

  it("takes the reviewer's files: --report, --compare and --review", () => {
    expect(
      parseArgs(['新.xlsx', '--report=审核报告.xlsx', '--compare', '旧.xlsx', '--review', '上次报告.xlsx']),
    ).toEqual(
      expect.objectContaining({ report: '审核报告.xlsx', compare: '旧.xlsx', review: '上次报告.xlsx' }),
    );
    expect(parseArgs(['a', '--report', 'r.html'])).toEqual(expect.objectContaining({ report: 'r.html' }));
    expect(parseArgs(['dir', '--report', 'r.csv'])).toEqual(expect.objectContaining({ report: 'r.csv' }));
  });

  it.each([
    [['a.xlsx', '--report'], '--report 后面要写文件名'],
    [['a.xlsx', '--report', 'r.pdf'], '.xlsx、.html 或 .csv'],
    [['a.xlsx', '--compare', 'old.txt'], '--compare 要写一个 .xlsx 工作簿'],
    [['a.xlsx', '--review', '--format', 'json'], '--review 后面要写文件名'],
    [['a.xlsx', '--report', 'r.xlsx', '--narrative'], '不能与 --fill'],
    [['a.xlsx', '--annotate'], '--annotate 后面要写输出文件名'],
    [['a.xlsx', '--annotate', '--format', 'json'], '--annotate 后面要写输出文件名'],
    [['a.xlsx', '--format'], '--format 只能是 text 或 json'],
    [['a.xlsx', '--exit-zero=yes'], '不带参数'],
  ])('%j is a usage error', (argv, message) => {
    const command = parseArgs(argv);
    expect(command.kind).toBe('usage-error');
    expect(command.kind === 'usage-error' && command.message).toContain(message);
  });
});

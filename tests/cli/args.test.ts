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

  it.each([
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

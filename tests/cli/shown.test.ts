/**
 * What the command line prints of names it does not make itself: a file name with a newline or a tab stays
 * on its result's one line, a link to nothing is one line, and a check that runs out of stack says so in
 * Chinese.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkProblem } from '../../src/cli/check-file';
import { shownName } from '../../src/cli/shown';
import { cli, PLANTED, SEED, tempDir } from './helpers';

const dir = tempDir();

describe('shownName', () => {
  it('escapes control characters, and nothing else', () => {
    expect(shownName('a\nb\tc\rd\u001be\u007f\u0085\u2028.xlsx')).toBe(
      'a\\nb\\tc\\rd\\x1be\\x7f\\x85\\u2028.xlsx',
    );
    expect(shownName('C:\\预算\\表 1（2026）.xlsx')).toBe('C:\\预算\\表 1（2026）.xlsx');
  });
});

describe('checkProblem', () => {
  it('says a stack overflow is the workbook’s size, in Chinese, without the engine’s words', () => {
    const problem = checkProblem(new RangeError('Maximum call stack size exceeded'));
    expect(problem).toMatch(/^工作簿的结构超出了本工具的处理能力/);
    expect(problem).not.toMatch(/Maximum|stack/);
    expect(checkProblem(new RangeError('Invalid string length'))).toBe('工作簿过大，检查时内存不足');
  });
});

describe('a folder whose names are odd', () => {
  const folder = path.join(dir, 'odd');
  const names = ['a\n第二行.xlsx', 'b\t表.xlsx', 'c.xlsx'];
  beforeAll(() => {
    fs.mkdirSync(folder);
    fs.copyFileSync(SEED, path.join(folder, names[0]));
    fs.copyFileSync(PLANTED, path.join(folder, names[1]));
    fs.copyFileSync(SEED, path.join(folder, names[2]));
    fs.symlinkSync(path.join(dir, 'gone.xlsx'), path.join(folder, 'd-link.xlsx'));
    fs.symlinkSync('e-loop.xlsx', path.join(folder, 'e-loop.xlsx'));
  });

  it('gives each file one line, names escaped, links to nothing said as such', async () => {
    const result = await cli([folder]);
    expect(result.code).toBe(2);
    const out = result.out.split('\n');
    expect(out).toEqual([
      expect.stringMatching(/^.*a\\n第二行\.xlsx：已识别 13 张表，0 个错误/),
      expect.stringMatching(/^.*b\\t表\.xlsx：已识别 13 张表，8 个错误/),
      expect.stringMatching(/^.*c\.xlsx：已识别 13 张表，0 个错误/),
      expect.stringMatching(/^合计 5 个文件：.*，2 个文件无法读取$/),
    ]);
    expect(result.err.split('\n')).toEqual([
      `无法读取 ${path.join(folder, 'd-link.xlsx')}：这是一个快捷方式（符号链接），它指向的文件不存在`,
      `无法读取 ${path.join(folder, 'e-loop.xlsx')}：快捷方式（符号链接）循环指向自己`,
    ]);
  });

  it('the full report of one: its name on one line', async () => {
    const result = await cli([path.join(folder, names[0])]);
    expect(result.out.split('\n')[0]).toBe(path.join(folder, 'a\\n第二行.xlsx'));
  });
});

it('a sheet name with a tab: escaped in the text report, so no line holds a control character', async () => {
  const file = path.join(__dirname, '..', 'corpus', 'files', 'odd-sheet-names.xlsx');
  const planted = path.join(dir, 'odd-planted.xlsx');
  // The planted errors, in the workbook whose 表3 is named with a tab.
  const JSZip = (await import('jszip')).default;
  const names = await JSZip.loadAsync(fs.readFileSync(file));
  const errors = await JSZip.loadAsync(fs.readFileSync(PLANTED));
  errors.file('xl/workbook.xml', await names.file('xl/workbook.xml')!.async('string'));
  fs.writeFileSync(planted, await errors.generateAsync({ type: 'uint8array' }));
  const result = await cli([planted]);
  expect(result.code).toBe(1);
  expect(result.out.split('\n').filter((line) => /\p{Cc}/u.test(line))).toEqual([]);
  expect(result.out).toContain("单元格：'表3\\t支出'!D6");
});

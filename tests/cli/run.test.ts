import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { displayWidth } from '../../src/cli/wrap';
import { SEVERITY_COLOURS } from '../../src/ui-shared/severity-colours';
import { cli, PLANTED, PLANTED_ERRORS, reports, SEED, sha, tempDir } from './helpers';

const key = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;

describe('json format', () => {
  it('the seed sample: exit 0, all tables, no errors', async () => {
    const { code, out, err } = await cli([SEED, '--format', 'json']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const [report, ...more] = reports(out);
    expect(more).toEqual([]);
    expect(report.file).toBe(SEED);
    expect(report.tables.map((t) => t.id)).toEqual(Array.from({ length: 13 }, (_, i) => `T${i + 1}`));
    expect(report.tables[0]).toEqual(
      expect.objectContaining({ title: expect.any(String), sheet: '表1', range: expect.any(String) }),
    );
    expect(report.summary.errors).toBe(0);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('the planted sample: exit 1, every planted cell in a finding, a planted cell suspected first', async () => {
    const { code, out } = await cli(['--format=json', PLANTED]);
    expect(code).toBe(1);
    const [report] = reports(out);
    const named = new Set(report.findings.flatMap((f) => f.cells.map(key)));
    for (const p of PLANTED_ERRORS) expect(named).toContain(key(p));
    expect(PLANTED_ERRORS.map(key)).toContain(key(report.suspects[0]));
    const error = report.findings.find((f) => f.severity === 'error')!;
    expect(error).toEqual(
      expect.objectContaining({
        rule: expect.any(String),
        message: expect.any(String),
        expected: expect.stringMatching(/^-?\d+\.\d\d$/),
        actual: expect.stringMatching(/^-?\d+\.\d\d$/),
        difference: expect.stringMatching(/^-?\d+\.\d\d$/),
      }),
    );
    expect(report.summary.errors).toBe(report.findings.filter((f) => f.severity === 'error').length);
  });

  it('--exit-zero still reports the errors but exits 0', async () => {
    const { code, out } = await cli(['--exit-zero', '--format', 'json', PLANTED]);
    expect(code).toBe(0);
    expect(reports(out)[0].summary.errors).toBeGreaterThan(0);
  });
});

describe('text format', () => {
  let text: string;
  let counts: { errors: number; warnings: number; residuals: number };
  beforeAll(async () => {
    const { code, out } = await cli([PLANTED]);
    expect(code).toBe(1);
    text = out;
    counts = (
      reports((await cli([PLANTED, '--format', 'json'])).out)[0] as unknown as { counts: typeof counts }
    ).counts;
  });

  it('groups by table with expected, actual and difference, and closes with the counts and the verdict', () => {
    expect(text).toContain('表1 2026年预算收支总表');
    expect(text).toMatch(/应为 \S+ {2}实际 \S+ {2}差额 \S+/);
    expect(text).toContain('最可能出错的单元格');
    expect(text).toMatch(
      new RegExp(
        `^共 ${counts.errors} 个错误、${counts.warnings} 个提示、${counts.residuals} 处尾差。未通过`,
        'm',
      ),
    );
  });

  it('lists errors before 尾差 and names each planted cell', () => {
    expect(text.indexOf('错误 ')).toBeLessThan(text.indexOf('尾差 '));
    for (const p of PLANTED_ERRORS) expect(text).toContain(key(p));
  });

  it('names each rule in words, never by its id', () => {
    expect(text).toContain('规则：表3 每一行：合计 = 基本支出 + 项目支出');
    expect(text).not.toMatch(/\b(T\d+|X|S)\.[a-z]/);
  });

  it('ranks the likely wrong cells in words, not in percentages', () => {
    expect(text).toMatch(/^ {2}最可能：(表\d!\w+、){3}表\d!\w+$/m);
    for (const p of PLANTED_ERRORS) expect(text.split('最可能出错的单元格')[1]).toContain(key(p));
    expect(text).not.toContain('%');
  });

  it('fits an 80-column terminal and has no colour codes unless asked', async () => {
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
    expect(text).not.toContain('\u001b[');
    expect((await cli([PLANTED], { color: true })).out).toContain('\u001b[31m');
  });
});

describe('尾差 in the seed', () => {
  it('are counted once per cell: 24 cells, two of them off against two relations, each listed once', async () => {
    const { out } = await cli([SEED]);
    const [report] = reports((await cli([SEED, '--format', 'json'])).out);
    const residuals = report.findings.filter((f) => f.severity === 'info');
    expect(residuals).toHaveLength(26);
    expect(new Set(residuals.map((f) => key(f.cells[0]))).size).toBe(24);
    expect(out).toMatch(/^尾差 24 处（四舍五入造成，不是错误；按单元格计，其中 2 处同时涉及几条关系）$/m);
    expect(out).toMatch(/^共 0 个错误、0 个提示、24 处尾差。通过。$/m);
    for (const cell of ['表1!D37', '表3!C8'])
      expect(out.match(new RegExp(`^  ${cell} `, 'gm'))).toHaveLength(1);
    // Both relations are named on the cell's line or under it.
    expect(out).toMatch(/表1!D37 .*\n\s+收支总表·支出各行、收支总表·本年支出合计/);
  });
});

describe('a workbook without a province table', () => {
  const dir = tempDir();

  it('counts the missing table as a note, not as 尾差', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SEED);
    // 表11 is not in the Ministry of Finance's core set, so its absence is information only.
    book.removeWorksheet(book.getWorksheet('表11')!.id);
    const file = path.join(dir, 'no-t11.xlsx');
    await book.xlsx.writeFile(file);

    const [report] = reports((await cli([file, '--format', 'json'])).out);
    const residuals = report.findings.filter((f) => f.severity === 'info' && f.difference !== undefined);
    const cells = new Set(residuals.map((f) => key(f.cells[0]))).size;
    const { code, out } = await cli([file]);
    expect(code).toBe(0);
    expect(out).toMatch(/^说明 1 条$/m);
    expect(out).toContain('没有找到表11');
    expect(out).toMatch(new RegExp(`^共 0 个错误、\\d+ 个提示、${cells} 处尾差、1 条说明`, 'm'));
  });
});

describe('--annotate', () => {
  const dir = tempDir();

  it('writes a marked copy and leaves the input untouched', async () => {
    const output = path.join(dir, '标注.xlsx');
    const before = sha(PLANTED);
    const { code, out } = await cli([PLANTED, '--annotate', output]);
    expect(code).toBe(1);
    expect(out).toContain(`已写出标注副本：${output}`);
    expect(sha(PLANTED)).toBe(before);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(output);
    for (const p of PLANTED_ERRORS) {
      const cell = book.getWorksheet(p.sheet)!.getCell(p.address);
      expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(
        `FF${SEVERITY_COLOURS.error.fill.slice(1)}`,
      );
      expect(JSON.stringify(cell.note)).toContain('错误');
    }
  });

  it('keeps standard output pure JSON in json format', async () => {
    const { code, out, err } = await cli([
      SEED,
      '--format',
      'json',
      '--annotate',
      path.join(dir, 'seed.xlsx'),
    ]);
    expect(code).toBe(0);
    expect(reports(out)).toHaveLength(1);
    expect(err).toContain('已写出标注副本');
  });

  it('refuses to overwrite the input', async () => {
    const copy = path.join(dir, 'copy.xlsx');
    fs.copyFileSync(PLANTED, copy);
    const before = sha(copy);
    const link = path.join(dir, 'link.xlsx');
    fs.symlinkSync(copy, link);
    for (const output of [path.join(dir, '.', 'copy.xlsx'), link]) {
      const { code, err } = await cli([copy, '--annotate', output]);
      expect(code).toBe(2);
      expect(err).toContain('不能是输入文件本身');
    }
    expect(sha(copy)).toBe(before);
  });

  it('refuses several inputs or a folder', async () => {
    const output = path.join(dir, 'never.xlsx');
    expect((await cli([SEED, PLANTED, '--annotate', output])).code).toBe(2);
    expect((await cli([path.dirname(SEED), '--annotate', output])).err).toContain('只能用于一个输入文件');
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe('a folder', () => {
  const dir = tempDir();
  beforeAll(() => {
    fs.copyFileSync(SEED, path.join(dir, 'a.xlsx'));
    fs.copyFileSync(PLANTED, path.join(dir, 'b.xlsx'));
    // Excel's lock file beside an open workbook, a subfolder and another kind of file: all skipped.
    fs.writeFileSync(path.join(dir, '~$a.xlsx'), 'lock');
    fs.mkdirSync(path.join(dir, 'old.xlsx'));
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'x');
  });

  it('prints one line per workbook and a total', async () => {
    const { code, out, err } = await cli([dir]);
    expect(err).toBe('');
    expect(code).toBe(1);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/a\.xlsx：已识别 13 张表，0 个错误、0 个提示、\d+ 处尾差$/);
    expect(lines[1]).toMatch(/b\.xlsx：已识别 13 张表，[1-9]\d* 个错误/);
    expect(lines[2]).toMatch(/^合计 2 个文件：[1-9]\d* 个错误、0 个提示、\d+ 处尾差$/);
  });

  it('prints one JSON line per workbook in json format', async () => {
    const { out } = await cli([dir, '--format', 'json']);
    expect(reports(out).map((r) => path.basename(r.file!))).toEqual(['a.xlsx', 'b.xlsx']);
  });
});

describe('files that cannot be checked', () => {
  const dir = tempDir();
  const bad: Record<string, () => Promise<Buffer | Uint8Array>> = {
    'random.xlsx': async () => Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)),
    'empty.xlsx': async () => Buffer.alloc(0),
    'truncated.xlsx': async () => fs.readFileSync(SEED).subarray(0, 4000),
    'no-tables.xlsx': async () => {
      const book = new ExcelJS.Workbook();
      const ws = book.addWorksheet('名单');
      ws.addRow(['姓名', '部门']);
      ws.addRow(['张三', '办公室']);
      return new Uint8Array(await book.xlsx.writeBuffer());
    },
  };

  it.each(Object.keys(bad))('%s: exit 2 with one Chinese line naming the file', async (name) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, await bad[name]());
    const { code, out, err } = await cli([file]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([expect.stringMatching(new RegExp(`^无法读取 .*${name}：\\S`))]);
    expect(err).not.toMatch(/\bat \S+:\d+/);
  });

  it('names why: not a workbook, damaged, no table', async () => {
    expect((await cli([path.join(dir, 'random.xlsx')])).err).toContain('不是 Excel 工作簿');
    expect((await cli([path.join(dir, 'truncated.xlsx')])).err).toContain('损坏');
    expect((await cli([path.join(dir, 'no-tables.xlsx')])).err).toContain('没有找到可识别的预算公开表');
    expect((await cli([path.join(dir, 'missing.xlsx')])).err).toContain('文件不存在');
  });

  it('still checks the other files, and exit 2 wins over 1', async () => {
    const { code, out, err } = await cli([path.join(dir, 'random.xlsx'), PLANTED]);
    expect(code).toBe(2);
    expect(err).toContain('random.xlsx');
    expect(out).toMatch(/共 [1-9]\d* 个错误/);
    expect(out).toMatch(/^合计 2 个文件：.*，1 个文件无法读取$/m);
  });
});

describe('usage', () => {
  it('--help prints the usage in Chinese and exits 0', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('用法');
    for (const flag of ['--format', '--annotate', '--report', '--compare', '--review', '--exit-zero'])
      expect(out).toContain(flag);
  });

  it.each([
    [['--colour', SEED], '未知选项 --colour'],
    [[], '请指定'],
    [[SEED, '--format', 'xml'], 'text 或 json'],
  ])('%j: exit 2 with a short usage', async (argv, message) => {
    const { code, out, err } = await cli(argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(message);
    expect(err).toContain('用法');
  });
});

import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { parseArgs } from '../../src/cli/args';
import { decodeText } from '../../src/cli/narrative-command';
import { runCheck } from '../../src/engine/check';
import { readWorkbookFile } from '../../src/hosts/xlsx/read-file';
import { snapshotToXlsx } from '../../scripts/bench/write-xlsx';
import { derive, planFill } from '../../src/engine/derive';
import { detailOnlyXlsx } from '../derive/helpers';
import { lastYearWorkbook } from '../fixtures/last-year';
import { cli, PLANTED, PLANTED_ERRORS, ROOT, SEED, sha, tempDir } from './helpers';
import { SEED_PERCENTAGES } from '../fixtures/seed';

const SOURCE = path.join(ROOT, 'samples', 'source', 'seed-2026');
const NARRATIVE = path.join(SOURCE, 'narrative.txt');
const LAST_YEAR = path.join(SOURCE, 'last-year.tsv');

const errorsIn = async (file: string) =>
  runCheck(await readWorkbookFile(file)).report.findings.filter((f) => f.severity === 'error');

describe('--fill', () => {
  const dir = tempDir();
  const blank = path.join(dir, '明细.xlsx');
  beforeAll(async () => {
    fs.writeFileSync(blank, (await detailOnlyXlsx(new Uint8Array(fs.readFileSync(SEED)))).bytes);
  });

  it('writes a filled copy that checks with zero errors, lists the changes, leaves the input alone', async () => {
    const before = sha(blank);
    const out = path.join(dir, '填充.xlsx');
    const result = await cli([blank, '--fill', out]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(sha(blank)).toBe(before);
    expect(await errorsIn(out)).toEqual([]);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^已写出填充副本 .*填充\.xlsx（数值）：改动 \d+ 个单元格/);
    expect(lines).toContain('  表1!B7  （空） → 4,542.58  一般公共预算收入：与表2「合计」一般公共预算相同');
    expect(lines[lines.length - 1]).toMatch(/^填充后复查：0 个错误/);
  });

  it('--formulas writes formulas with their results', async () => {
    const out = path.join(dir, '公式.xlsx');
    const result = await cli([blank, '--fill', out, '--formulas']);
    expect(result.code).toBe(0);
    expect(result.out).toContain("表1!B7  （空） → ='表2'!D7（4,542.58）");
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('表1')!.getCell('B7').value).toEqual({ formula: "'表2'!D7", result: 4542.58 });
    expect(book.getWorksheet('表2')!.getCell('C7').value).toEqual({ formula: 'SUM(D7:H7)', result: 5660.03 });
    expect(await errorsIn(out)).toEqual([]);
  });

  it('prints the plan as one JSON line with --format json', async () => {
    const out = path.join(dir, 'json.xlsx');
    const result = await cli([blank, '--fill', out, '--format', 'json']);
    const plan = JSON.parse(result.out);
    expect(plan).toMatchObject({ output: out, mode: 'values', after: { errors: 0 } });
    expect(plan.changes[0]).toEqual(
      expect.objectContaining({
        sheet: expect.any(String),
        address: expect.any(String),
        relation: expect.any(String),
      }),
    );
  });

  it.each([[[]], [['--formulas']]])(
    'leaves the published seed alone: no change, its 26 尾差 kept (%j)',
    async (flags) => {
      const out = path.join(dir, `seed${flags.length}.xlsx`);
      const result = await cli([SEED, '--fill', out, ...flags]);
      expect(result.code).toBe(0);
      const derivable = derive(await readWorkbookFile(SEED)).cells.length;
      expect(result.out.split('\n')[0]).toContain(`：改动 0 个单元格，${derivable} 个已有应有的数字，未改动`);
      expect(result.out).not.toContain('不一致');
      expect(result.out).toMatch(/填充后复查：0 个错误，0 个提示，26 条尾差或说明。$/);
      const before = runCheck(await readWorkbookFile(SEED)).report.findings;
      expect(runCheck(await readWorkbookFile(out)).report.findings).toEqual(before);
    },
  );

  it('lists the planted errors’ disagreements apart and writes none of them', async () => {
    const out = path.join(dir, '埋错.xlsx');
    const result = await cli([PLANTED, '--fill', out]);
    expect(result.code).toBe(1);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/：改动 0 个单元格/);
    const heading = lines.findIndex((l) => l.startsWith('不一致：'));
    expect(lines[heading]).toMatch(
      /^不一致：\d+ 个单元格的数字与各项之和不符，未写入（请核对；确认后加 --fill-recompute/,
    );
    expect(lines).toContain(
      '  表3!D6  现为 3,490.30，各项之和 3,480.31，相差 9.99  支出总表·科目汇总：其下 3 行之和  最可能出错：表3!D6（表3「合计」基本支出）',
    );
    expect(lines.some((l) => l.startsWith('  表1!B7  现为 4,642.59，按关系应为 4,542.59，相差 100.00'))).toBe(
      true,
    );
    const errors = new Set(
      (await errorsIn(out)).flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.address}`)),
    );
    for (const p of PLANTED_ERRORS) expect([p, errors.has(`${p.sheet}!${p.address}`)]).toEqual([p, true]);
  });

  it('writes the disagreements as the sum of their parts only with --fill-recompute', async () => {
    const out = path.join(dir, '重算.xlsx');
    const text = await cli([PLANTED, '--fill', out, '--fill-recompute']);
    const lines = text.out.split('\n');
    // Nothing was blank: every cell written is a disagreement, listed under its own heading.
    expect(lines[0]).toMatch(/：改动 0 个单元格/);
    expect(lines[1]).toMatch(
      /^不一致：\d+ 个单元格的数字与各项之和不符，已按 --fill-recompute 改为各项之和：$/,
    );
    expect(text.out).toContain('  表3!D6  3,490.30 → 3,480.31（各项之和，原数相差 9.99）');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('表3')!.getCell('D6').value).toBe(3480.31);
  }, 30_000);

  it('rewrites 尾差 only with --fill-rebuild, each total to the sum of its parts', async () => {
    const out = path.join(dir, '重建.xlsx');
    const result = await cli([SEED, '--fill', out, '--fill-rebuild']);
    expect(result.code).toBe(0);
    const expected = planFill(derive(await readWorkbookFile(SEED), { rebuild: true }), 'values').changes;
    expect(result.out.split('\n')[0]).toContain(
      `（数值，按明细重算全部合计）：改动 ${expected.length} 个单元格`,
    );
    expect(result.out).toContain('  表2!D7  4,542.59 → 4,542.58  收入总表·科目汇总：其下 3 行之和');
    expect(await errorsIn(out)).toEqual([]);
  }, 30_000);

  it('refuses to overwrite the input, and --formulas without --fill', async () => {
    const before = sha(blank);
    expect((await cli([blank, '--fill', blank])).code).toBe(2);
    expect(sha(blank)).toBe(before);
    const usage = await cli([blank, '--formulas']);
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('--formulas 要与 --fill 一起用');
    for (const flag of ['--fill-recompute', '--fill-rebuild']) {
      expect((await cli([blank, flag])).err).toContain(`${flag} 要与 --fill 一起用`);
    }
  });

  it('parses the tool flags into an optional tools field', () => {
    expect(parseArgs(['a.xlsx', '--fill=b.xlsx', '--formulas'])).toEqual({
      kind: 'check',
      inputs: ['a.xlsx'],
      format: 'text',
      exitZero: false,
      tools: { fill: 'b.xlsx', formulas: true },
    });
    expect(parseArgs(['a.xlsx'])).not.toHaveProperty('tools');
    expect(parseArgs(['a.xlsx', '--fill'])).toEqual({
      kind: 'usage-error',
      message: '--fill 后面要写输出文件名，例如 --fill 填充.xlsx',
    });
  });
});

describe('--narrative and --narrative-check', () => {
  const dir = tempDir();

  it('prints a draft with the seed’s percentages and year-on-year figures', async () => {
    const { code, out } = await cli([SEED, '--narrative', '--last-year', LAST_YEAR]);
    expect(code).toBe(0);
    for (const p of SEED_PERCENTAGES) {
      expect(out).toContain(p);
    }
    expect(out).toMatch(/^第三部分 2026年度部门预算情况说明/);
  });

  it('passes the seed’s own explanation', async () => {
    const { code, out } = await cli([SEED, '--narrative-check', NARRATIVE, '--last-year', LAST_YEAR]);
    expect(code).toBe(0);
    expect(out).toContain('73 处相符，0 处不符');
  });

  it('fails a tampered explanation on that figure, with its sentence', async () => {
    const tampered = path.join(dir, '说明.txt');
    fs.writeFileSync(tampered, fs.readFileSync(NARRATIVE, 'utf8').replace('占61.38%', '占63.18%'));
    const { code, out } = await cli([SEED, '--narrative-check', tampered, '--last-year', LAST_YEAR]);
    expect(code).toBe(1);
    expect(out).toContain('1 处不符');
    expect(out).toContain('不符：写的是 63.18%，按表中数据表3「合计」基本支出占比为 61.38%。');
    expect(out).toContain(
      '  句子：2026年度山西省人民政府外事办公室支出预算5670.31万元，其中：基本支出3480.3万元，占63.18%',
    );
  });

  it('takes last year’s figures from last year’s workbook itself', async () => {
    const file = path.join(dir, '2025.xlsx');
    fs.writeFileSync(
      file,
      await snapshotToXlsx(lastYearWorkbook({ sheetNames: 'renamed', order: 'shuffled' })),
    );
    const draft = await cli([SEED, '--narrative', '--last-year', file]);
    expect(draft.err).toBe('');
    expect(draft.out).toContain('比上年减少167.79万元，下降2.87%');
    expect(draft.out).toContain('比上年增加74.75万元，增长1.67%');
    expect(draft.out).toContain('比2025年预算减少16.48万元，下降3.82%');
    const check = await cli([SEED, '--narrative-check', NARRATIVE, '--last-year', file]);
    expect(check.code).toBe(0);
    expect(check.out).toContain('73 处相符，0 处不符');
  });

  it('says so when last year’s file is no workbook it can use', async () => {
    const file = path.join(dir, '空.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Sheet1').getCell('A1').value = '说明';
    await book.xlsx.writeFile(file);
    const result = await cli([SEED, '--narrative', '--last-year', file]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('中没有找到上年的预算公开表或“上年预算数”表');
  });

  it('says year-on-year figures were not checked without last year’s', async () => {
    const { code, out } = await cli([SEED, '--narrative-check', NARRATIVE]);
    expect(code).toBe(0);
    expect(out).toContain('同比增减没有核对');
  });

  it('reads explanation files saved as UTF-8 with a BOM or as GB18030', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0xe8, 0xaf, 0xb4]))).toBe('说');
    expect(decodeText(Uint8Array.from([0xcb, 0xb5, 0xc3, 0xf7]))).toBe('说明');
  });

  it('refuses a folder or several files', async () => {
    const { code, err } = await cli([SEED, SEED, '--narrative']);
    expect(code).toBe(2);
    expect(err).toContain('只能用于一个输入文件');
  });
});

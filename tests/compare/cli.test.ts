/** --compare on the command line: the corrected sample against the planted one, in text and in JSON. */
import * as path from 'path';
import * as fs from 'fs';
import { displayWidth } from '../../src/cli/wrap';
import type { Comparison } from '../../src/engine/compare';
import { cli, PLANTED, PLANTED_ERRORS, reports, SEED, tempDir } from '../cli/helpers';

const at = (c: { sheet: string; address: string }) => `${c.sheet}!${c.address}`;

it('text: the four corrected figures, the eight errors fixed under the figure that fixed them', async () => {
  const { code, out } = await cli([SEED, '--compare', PLANTED]);
  expect(code).toBe(0);
  const part = out.slice(out.indexOf('与上一版比较'));
  expect(part).toContain('改动了 4 个数字；已改正 8 个问题，新出现 0 个，仍有 0 个未解决；');
  expect(part).toMatch(/^ {2}表1!B7 +表1「一、一般公共预算」金额：4642\.59 → 4542\.59$/m);
  for (const p of PLANTED_ERRORS)
    expect(part).toMatch(new RegExp(`^  ${at(p)} 由 \\S+ 改为 \\S+，改正了 2 个：$`, 'm'));
  expect(part).not.toContain('新出现 0 个\n');
  for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(80);
});

it('json: the comparison rides on the report line', async () => {
  const { out } = await cli([SEED, '--compare', PLANTED, '--format', 'json']);
  const [line] = reports(out) as unknown as { comparison: Comparison }[];
  expect(line.comparison.figures.map((f) => at(f.after!)).sort()).toEqual(PLANTED_ERRORS.map(at).sort());
  expect([line.comparison.fixed.length, line.comparison.added.length, line.comparison.open.length]).toEqual([
    8, 0, 0,
  ]);
  expect(line.comparison.previous).toBe(PLANTED);
});

describe('refusals', () => {
  const dir = tempDir();
  it('one input only, and a readable previous version', async () => {
    expect((await cli([SEED, PLANTED, '--compare', PLANTED])).err).toContain(
      '--compare 只能用于一个输入文件',
    );
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'x');
    const { code, err } = await cli([SEED, '--compare', bad]);
    expect(code).toBe(2);
    expect(err).toMatch(/^无法读取 .*bad\.xlsx：不是 Excel 工作簿/);
  });
});

/**
 * End to end through real .xlsx files: the seed laid out unlike the sample, written with ExcelJS, checked by
 * the command line; then one figure changed, found and pointed at.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CheckReport } from '../../src/engine';
import { snapshotToXlsx } from '../../scripts/bench/write-xlsx';
import { cli } from '../cli/helpers';
import { buildWorkbook, editAddress, type BuildOptions, type Edit } from '../fixtures/layouts';

const OPTIONS: BuildOptions = {
  sheetNames: 'renamed',
  order: 'shuffled',
  origin: { row: 2, col: 1 },
  spacerRows: true,
  amounts: 'text-comma',
  empty: 'dash',
  header: 'single',
  dropLabel: true,
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'layouts-'));

async function check(edit?: Edit): Promise<{ code: number; report: CheckReport }> {
  const file = path.join(dir, `${edit ? 'edited' : 'clean'}.xlsx`);
  fs.writeFileSync(file, await snapshotToXlsx(buildWorkbook({ ...OPTIONS, edit: edit ? [edit] : [] })));
  const { code, out } = await cli([file, '--format', 'json']);
  return { code, report: JSON.parse(out) as CheckReport };
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it('a differently laid out workbook: 13 tables, zero errors, exit 0', async () => {
  const { code, report } = await check();
  expect(code).toBe(0);
  expect(report.tables).toHaveLength(13);
  expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
});

it('one figure changed by 0.10: exit 1, the changed cell first among suspects', async () => {
  const edit: Edit = { table: 'T2', row: '2080505', col: '一般公共预算', value: '208.29' };
  const { code, report } = await check(edit);
  const cell = editAddress(edit, OPTIONS);
  expect(code).toBe(1);
  expect(report.suspects[0]).toMatchObject({ sheet: cell.sheet, address: cell.address });
});

/**
 * `--fill 输出.xlsx [--formulas]`: writes a filled copy of one workbook, lists every change (cell, old, new,
 * relation), and re-checks the copy. The input file is only read.
 */
import { promises as fs } from 'fs';
import { runCheck } from '../engine/check';
import { derive, planFill, shownValue, type FillChange, type FillPlan } from '../engine/derive';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { fillWorkbook } from '../hosts/xlsx/fill';
import { readWorkbook } from '../hosts/xlsx/read';
import { fsProblem } from './inputs';
import type { Io } from './io';

export interface FillRequest {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  readonly output: string;
  readonly formulas: boolean;
  readonly format: 'text' | 'json';
}

function changeLine(c: FillChange): string {
  const now = c.current === '' ? '（空）' : c.current;
  const next = c.formula ? `${c.formula}（${shownValue(c)}）` : shownValue(c);
  return `  ${c.sheet}!${c.address}  ${now} → ${next}  ${c.reason} [${c.relation}]`;
}

/** 0 when the filled copy checks without errors, 1 when errors remain (conflicting detail lines), 2 on trouble. */
export async function runFill(request: FillRequest, io: Io): Promise<number> {
  const plan: FillPlan = planFill(derive(request.snapshot), request.formulas ? 'formulas' : 'values');
  const bytes = await fillWorkbook(request.bytes, plan);
  try {
    await fs.writeFile(request.output, bytes);
  } catch (error) {
    io.err(`无法写入 ${request.output}：${fsProblem(error, true)}`);
    return 2;
  }
  const after = runCheck(await readWorkbook(bytes, request.output)).report.summary;
  if (request.format === 'json') {
    io.out(JSON.stringify({ file: request.file, output: request.output, ...plan, after }));
  } else {
    const mode = plan.mode === 'formulas' ? '公式' : '数值';
    io.out(
      `已写出填充副本 ${request.output}（${mode}）：改动 ${plan.changes.length} 个单元格，` +
        `${plan.unchanged} 个已是应有的数（${request.file} 未改动）`,
    );
    for (const change of plan.changes) io.out(changeLine(change));
    for (const note of plan.notes) io.out(`注意：${note}`);
    io.out(`填充后复查：${after.errors} 个错误，${after.warnings} 个提示，${after.infos} 条尾差或说明。`);
  }
  return after.errors > 0 ? 1 : 0;
}

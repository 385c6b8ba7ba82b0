/**
 * `--fill 输出.xlsx [--formulas] [--fill-recompute] [--fill-rebuild]`: writes a filled copy of one workbook,
 * lists every change (cell, old, new, the relation in words; its id is in the JSON), lists apart the cells whose figure their parts contradict
 * (不一致: written only with --fill-recompute), and re-checks the copy. The input file is only read.
 */
import { runCheck } from '../engine/check';
import {
  derive,
  planFill,
  shownValue,
  type FillChange,
  type FillConflict,
  type FillPlan,
} from '../engine/derive';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { fillWorkbook } from '../hosts/xlsx/fill';
import { readWorkbook } from '../hosts/xlsx/read';
import { fsProblem } from './inputs';
import type { Io } from './io';
import { shownName } from './shown';
import { writeOutput } from './write-output';

export interface FillRequest {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  readonly output: string;
  readonly formulas: boolean;
  /** Write the 不一致 cells too, as the sum of their parts. */
  readonly recompute?: boolean;
  /** Rewrite the totals that hold to the sum of their parts (尾差 rewritten). */
  readonly rebuild?: boolean;
  readonly format: 'text' | 'json';
}

const BLANK = '（空）';

function changeLine(c: FillChange): string {
  const now = c.current === '' ? BLANK : c.current;
  const shown = Number(c.value) === 0 && !c.formula ? BLANK : shownValue(c);
  const next = c.formula ? `${c.formula}（${shown}）` : shown;
  return `  ${c.sheet}!${c.address}  ${now} → ${next}  ${c.reason}`;
}

/** `表3!D6  现为 3,490.30，各项之和 3,480.31，相差 9.99  … 最可能出错：表3!D6（表3「合计」基本支出）`. */
function conflictLine(c: FillConflict): string {
  const suspects = c.suspects
    .slice(0, 3)
    .map((s) => `${s.sheet}!${s.address}${s.label ? `（${s.label}）` : ''}`)
    .join('、');
  const basis = c.copy ? '按关系应为' : '各项之和';
  const figures = c.taken
    ? `${c.current} → ${c.formula ? `${c.formula}（${shownValue(c)}）` : shownValue(c)}（${basis}，原数相差 ${c.difference}）`
    : `现为 ${c.current}，${basis} ${shownValue(c)}，相差 ${c.difference}`;
  return `  ${c.sheet}!${c.address}  ${figures}  ${c.reason}${suspects ? `  最可能出错：${suspects}` : ''}`;
}

function conflictHeading(conflicts: readonly FillConflict[]): string {
  const n = conflicts.length;
  return conflicts.every((c) => c.taken)
    ? `不一致：${n} 个单元格的数字与各项之和不符，已按 --fill-recompute 改为各项之和：`
    : `不一致：${n} 个单元格的数字与各项之和不符，未写入（请核对；确认后加 --fill-recompute 改为各项之和）：`;
}

/** 0 when the filled copy checks without errors, 1 when errors remain (conflicting detail lines), 2 on trouble. */
export async function runFill(request: FillRequest, io: Io): Promise<number> {
  const derivation = derive(request.snapshot, {
    ...(request.recompute ? { recompute: 'all' as const } : {}),
    ...(request.rebuild ? { rebuild: true } : {}),
  });
  const plan: FillPlan = planFill(derivation, request.formulas ? 'formulas' : 'values');
  const bytes = await fillWorkbook(request.bytes, plan);
  try {
    await writeOutput(request.output, bytes);
  } catch (error) {
    io.err(`无法写入 ${shownName(request.output)}：${fsProblem(error, true)}`);
    return 2;
  }
  const after = runCheck(await readWorkbook(bytes, request.output)).report.summary;
  if (request.format === 'json') {
    io.out(JSON.stringify({ file: request.file, output: request.output, ...plan, after }));
  } else {
    const mode = `${plan.mode === 'formulas' ? '公式' : '数值'}${plan.rebuild ? '，按明细重算全部合计' : ''}`;
    const conflicts = plan.conflicts ?? [];
    const filled = plan.changes.filter((c) => c.kind !== 'conflict');
    io.out(
      `已写出填充副本 ${shownName(request.output)}（${mode}）：改动 ${filled.length} 个单元格，` +
        `${plan.unchanged} 个已有应有的数字，未改动（${shownName(request.file)} 未改动）`,
    );
    for (const change of filled) io.out(changeLine(change));
    if (conflicts.length > 0) io.out(conflictHeading(conflicts));
    for (const conflict of conflicts) io.out(conflictLine(conflict));
    for (const note of plan.notes) io.out(`注意：${note}`);
    io.out(`填充后复查：${after.errors} 个错误，${after.warnings} 个提示，${after.infos} 条尾差或说明。`);
  }
  return after.errors > 0 ? 1 : 0;
}

/**
 * The first run in real Excel, in a minute: read → check → mark → clear → fill → revert on the open workbook
 * (the bundled sample), each step its own `Excel.run` as the pane runs them, and a last read to show the
 * workbook is as it was. Each step reports what it did in figures, or the error that stopped it; the 关于 view
 * prints them. Meant for the sample workbook: it writes marks and a fill, then takes both away. The sample is
 * consistent, so a default fill has nothing to write; the fill step asks for the 尾差 rebuild, which rewrites its
 * rounded totals, so that the write and the revert are both exercised.
 */
import { derive, planFill } from '../../engine/derive';
import { runCheck, type CheckReport } from '../../engine';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import { applyFill, revertFill, type RevertRecord } from './fill';
import { officeFeatures } from './features';
import { planMarks } from './mark-plan';
import { clearMarks, queueOwnMarks, writeMarks } from './marks';
import { readSnapshot } from './read';
import { runExcel } from './run';
import { loadSheets } from './sheets';

export type SmokeStepName = 'read' | 'check' | 'mark' | 'clear' | 'fill' | 'revert' | 'unchanged';

export interface SmokeStep {
  readonly step: SmokeStepName;
  readonly ok: boolean;
  /** What the step did, in figures (cells read, errors found, cells marked …). */
  readonly figures: Readonly<Record<string, number | string | boolean>>;
  /** Why it failed, in Excel's words. */
  readonly error?: string;
  readonly ms: number;
}

export const SMOKE_STEPS: readonly SmokeStepName[] = [
  'read',
  'check',
  'mark',
  'clear',
  'fill',
  'revert',
  'unchanged',
];

function cellCount(snapshot: WorkbookSnapshot): number {
  return snapshot.sheets.reduce(
    (sum, s) => sum + s.rows.reduce((n, row) => n + (row?.filter(Boolean).length ?? 0), 0),
    0,
  );
}

/** Cells whose value or shown text differ between two reads of the workbook. */
function differences(a: WorkbookSnapshot, b: WorkbookSnapshot): number {
  const cells = (s: WorkbookSnapshot) =>
    new Map(
      s.sheets.flatMap((sheet) =>
        sheet.rows.flatMap((row, r) =>
          (row ?? []).flatMap((cell, c) =>
            cell ? [[`${sheet.name}!${r}:${c}`, `${cell.value}|${cell.text}`] as const] : [],
          ),
        ),
      ),
    );
  const [x, y] = [cells(a), cells(b)];
  return [...new Set([...x.keys(), ...y.keys()])].filter((key) => x.get(key) !== y.get(key)).length;
}

/** Runs the steps in order, stopping at the first that fails; `onStep` hears each as it ends. */
export async function smokeTest(onStep: (step: SmokeStep) => void = () => undefined): Promise<SmokeStep[]> {
  const steps: SmokeStep[] = [];
  let first: WorkbookSnapshot | undefined;
  let report: CheckReport | undefined;
  let record: RevertRecord | undefined;
  const bodies: Record<SmokeStepName, () => Promise<SmokeStep['figures']>> = {
    read: async () => {
      first = await runExcel((context) => readSnapshot(context, officeFeatures()));
      return { sheets: first.sheets.length, cells: cellCount(first) };
    },
    check: async () => {
      report = runCheck(first!).report;
      return { tables: report.tables.length, ...report.summary };
    },
    mark: () =>
      runExcel(async (context) => {
        const features = officeFeatures();
        const sheets = await loadSheets(context);
        const own = queueOwnMarks(sheets, features);
        await context.sync();
        const outcome = await writeMarks(
          context,
          sheets,
          own.collect(),
          planMarks(report!.findings, report!.suspects),
          features,
        );
        if (outcome.kind === 'protected') throw new Error(`protected: ${outcome.sheets.join(', ')}`);
        return { cells: outcome.cells, texts: outcome.notes, annotations: outcome.annotations };
      }),
    clear: () =>
      runExcel(async (context) => {
        const outcome = await clearMarks(context, officeFeatures());
        if (outcome.kind === 'protected') throw new Error(`protected: ${outcome.sheets.join(', ')}`);
        return { formats: outcome.formats, texts: outcome.notes };
      }),
    fill: async () => {
      const plan = planFill(derive(first!, { rebuild: true }), 'values');
      const features = officeFeatures();
      const outcome = await runExcel((context) => applyFill(context, plan, features), {
        oneUndoStep: features,
      });
      if (outcome.kind === 'protected') throw new Error(`protected: ${outcome.sheets.join(', ')}`);
      record = outcome.revert;
      return { planned: plan.changes.length, written: outcome.written, oneUndoStep: outcome.oneUndoStep };
    },
    revert: async () => {
      const outcome = await runExcel((context) => revertFill(context, record));
      if (outcome.kind !== 'reverted') throw new Error(outcome.kind);
      return { restored: outcome.restored, skipped: outcome.skipped.length };
    },
    unchanged: async () => {
      const last = await runExcel((context) => readSnapshot(context, officeFeatures()));
      const changed = differences(first!, last);
      if (changed > 0) throw new Error(`${changed} cells differ from the first read`);
      return { changed };
    },
  };
  for (const name of SMOKE_STEPS) {
    const start = Date.now();
    let step: SmokeStep;
    try {
      step = { step: name, ok: true, figures: await bodies[name](), ms: Date.now() - start };
    } catch (error) {
      step = {
        step: name,
        ok: false,
        figures: {},
        error: error instanceof Error ? error.message : String(error),
        ms: Date.now() - start,
      };
    }
    steps.push(step);
    onStep(step);
    if (!step.ok) break;
  }
  return steps;
}

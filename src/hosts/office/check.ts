/**
 * The whole check inside Excel: read every sheet, run the engine, mark the findings. Three syncs for a
 * usual workbook whatever its number of sheets: the sheet list; the content and our earlier marks; the new
 * marks. Checking never writes a value; a protected sheet stops the marking before anything is written.
 */
import { runCheck, type CheckReport, type CheckResult } from '../../engine';
import type { ExcelFeatures } from './features';
import { planMarks } from './mark-plan';
import { queueOwnMarks, writeMarks, type MarkOutcome } from './marks';
import { queueRead } from './read';
import { loadSheets } from './sheets';

export interface CheckOutcome {
  readonly report: CheckReport;
  readonly marks: MarkOutcome;
  /** The tables and every relationship's outcomes, for the trainers' views. */
  readonly result: CheckResult;
}

export async function checkAndMark(
  context: Excel.RequestContext,
  features: ExcelFeatures,
): Promise<CheckOutcome> {
  const sheets = await loadSheets(context);
  const read = queueRead(context, sheets, features);
  const own = queueOwnMarks(sheets, features);
  await context.sync();
  const result = runCheck(await read.finish());
  const report = result.report;
  const marks = await writeMarks(
    context,
    sheets,
    own.collect(),
    planMarks(report.findings, report.suspects),
    features,
  );
  return { report, marks, result };
}

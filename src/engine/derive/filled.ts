/**
 * The workbook as the default fill leaves it: its blank derivable cells filled, every figure it shows as it
 * is. The explanation is drafted from and checked against it, so it quotes the tables' own figures and
 * still has totals where a compiler typed only the details.
 */
import type { WorkbookSnapshot } from '../snapshot';
import { withChanges } from './apply';
import { derive } from './derive';
import { planFill } from './plan';

export function filledWorkbook(workbook: WorkbookSnapshot): WorkbookSnapshot {
  const plan = planFill(derive(workbook), 'values');
  return withChanges(
    workbook,
    plan.changes.filter((c) => c.kind === 'blank'),
  );
}

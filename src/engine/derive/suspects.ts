/**
 * Which cells most likely cause a conflict (不一致): the checker's own ranking (diagnose.ts) on the workbook
 * as the fill would leave it, narrowed to the cells of the broken rules the conflicting cell is in. The total
 * is not always the wrong one: a planted detail (表5 行政运行 1628.87) makes its published 款 total disagree.
 */
import { runCheck } from '../check';
import type { Relation } from '../catalog/types';
import { diagnose } from '../diagnose';
import type { Term } from '../instances';
import { address, type CellRef, type WorkbookSnapshot } from '../snapshot';
import { withChanges } from './apply';
import type { Candidate } from './candidates';
import type { DerivedCell, FillChange, SuspectCell } from './types';

const cellName = (c: CellRef) => `${c.sheet}!${address(c.row, c.col)}`;

/**
 * The blank cells as the fill writes them: suspects are ranked on the workbook as it stands, its blanks
 * filled, so they do not move when the user takes a conflict or rebuilds.
 */
function writes(cells: readonly DerivedCell[]): FillChange[] {
  return cells
    .filter((c) => c.status === 'blank' && !c.value.isZero())
    .map((c) => ({
      sheet: c.cell.sheet,
      address: c.address,
      row: c.cell.row,
      col: c.cell.col,
      table: c.table,
      label: c.label,
      current: c.current,
      value: c.text,
      numberFormat: c.numberFormat,
      relation: c.relation,
      reason: c.reason,
    }));
}

export function suspectsOf(
  cells: readonly DerivedCell[],
  workbook: WorkbookSnapshot,
  relations: readonly Relation[],
  candidates: readonly Candidate[],
): DerivedCell[] {
  const result = runCheck(withChanges(workbook, writes(cells)), { relations });
  const ranked = diagnose(result.outcomes, Number.MAX_SAFE_INTEGER);
  const errors = result.report.findings.filter((f) => f.severity === 'error');
  // Labels of the cells the relations name, for the suspects (a detail cell too).
  const terms = new Map<string, Term>();
  for (const c of candidates) {
    for (const t of [c.target, ...c.parts]) if (t.figure) terms.set(cellName(t.figure.cell), t);
  }
  const named = (at: { sheet: string; address: string }): SuspectCell => {
    const term = terms.get(`${at.sheet}!${at.address}`);
    return term ? { ...at, label: term.label, labelEn: term.labelEn } : { ...at };
  };
  return cells.map((cell) => {
    if (cell.status !== 'conflict') return cell;
    const own = `${cell.cell.sheet}!${cell.address}`;
    const related = new Set(
      errors
        .filter((f) => f.cells.some((c) => `${c.sheet}!${c.address}` === own))
        .flatMap((f) => f.cells.map((c) => `${c.sheet}!${c.address}`)),
    );
    const likely = ranked.filter((s) => related.has(`${s.sheet}!${s.address}`));
    const list = likely.length > 0 ? likely : [{ sheet: cell.cell.sheet, address: cell.address }];
    return { ...cell, suspects: list.map((s) => named({ sheet: s.sheet, address: s.address })) };
  });
}

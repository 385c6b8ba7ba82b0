/**
 * The preview of a fill: every derivable cell whose content would change, with its current and new figure
 * and the reason. In values mode a cell that already shows its figure is left alone; in formulas mode every
 * derivable cell with cells to reference gets its formula, except a zero total in a blank cell, which stays
 * blank as the tables show no money.
 */
import type { Derivation, DerivedCell, FillChange, FillMode, FillPlan, CellWrite } from './types';

function isChange(cell: DerivedCell, mode: FillMode): boolean {
  if (mode === 'formulas' && cell.formula) return !(cell.value.isZero() && cell.current === '');
  return !cell.value.eq(cell.currentValue);
}

export function planFill(derivation: Derivation, mode: FillMode): FillPlan {
  const changes: FillChange[] = [];
  for (const cell of derivation.cells) {
    if (!isChange(cell, mode)) continue;
    changes.push({
      sheet: cell.cell.sheet,
      address: cell.address,
      row: cell.cell.row,
      col: cell.cell.col,
      table: cell.table,
      label: cell.label,
      labelEn: cell.labelEn,
      current: cell.current,
      value: cell.text,
      ...(mode === 'formulas' && cell.formula ? { formula: cell.formula } : {}),
      numberFormat: cell.numberFormat,
      relation: cell.relation,
      reason: cell.reason,
      reasonEn: cell.reasonEn,
    });
  }
  return {
    mode,
    changes,
    unchanged: derivation.cells.length - changes.length,
    notes: derivation.notes,
    notesEn: derivation.notesEn,
  };
}

/** Keeps only the chosen changes (by `sheet!address`), for "apply a selection". */
export function selectChanges(plan: FillPlan, keys: Iterable<string>): FillPlan {
  const wanted = new Set(keys);
  return { ...plan, changes: plan.changes.filter((c) => wanted.has(changeKey(c))) };
}

export function changeKey(change: Pick<FillChange, 'sheet' | 'address'>): string {
  return `${change.sheet}!${change.address}`;
}

/**
 * What to put in the cell. A zero figure is written as a blank cell (the tables leave empty amounts blank);
 * a formula carries its result, so a file written without recalculation still shows (and checks) the figure.
 */
export function cellWrite(change: FillChange): CellWrite {
  const result = Number(change.value);
  if (change.formula) return { kind: 'formula', formula: change.formula, result };
  return { kind: 'value', value: result === 0 ? null : result };
}

/** The figure as the preview shows it, with thousands separators (`4,542.60`). */
export function shownValue(change: Pick<FillChange, 'value'>): string {
  const [int, frac] = change.value.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

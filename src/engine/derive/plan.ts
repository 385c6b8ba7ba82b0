/**
 * The preview of a fill: every cell the fill would write, with its current and new figure and the reason.
 * By default only blank derivable cells are written (a zero stays blank, as the tables show no money); a
 * cell that holds its figure is never rewritten, in either mode. Conflicts (不一致) are listed apart and
 * written only when taken; a rebuild (on request) also writes the totals that hold, in values mode where
 * the figure differs and in formulas mode every one with cells to reference.
 */
import { shownAmount } from '../amount';
import type {
  Derivation,
  DerivedCell,
  FillChange,
  FillConflict,
  FillMode,
  FillPlan,
  CellWrite,
} from './types';

function isChange(cell: DerivedCell, mode: FillMode): boolean {
  switch (cell.status) {
    case 'holds':
      return false;
    case 'blank':
      return !cell.value.isZero();
    case 'conflict':
      return cell.taken === true;
    case 'rebuilt':
      if (mode === 'formulas' && cell.formula) return !(cell.value.isZero() && cell.current === '');
      return !cell.value.eq(cell.currentValue);
  }
}

function changeOf(cell: DerivedCell, mode: FillMode, value: { text: string; shown: string }): FillChange {
  return {
    sheet: cell.cell.sheet,
    address: cell.address,
    row: cell.cell.row,
    col: cell.cell.col,
    table: cell.table,
    label: cell.label,
    labelEn: cell.labelEn,
    current: cell.current,
    value: value.text,
    shown: value.shown,
    ...(cell.status !== 'holds' ? { kind: cell.status } : {}),
    ...(mode === 'formulas' && cell.formula ? { formula: cell.formula } : {}),
    numberFormat: cell.numberFormat,
    relation: cell.relation,
    reason: cell.reason,
    reasonEn: cell.reasonEn,
  };
}

function conflictOf(cell: DerivedCell, mode: FillMode): FillConflict {
  const factor = cell.unit === '元' ? 10000 : 1;
  const sum = { text: cell.sumText, shown: cell.sumShown };
  return {
    ...changeOf(cell, mode, cell.taken ? { text: cell.text, shown: cell.shown } : sum),
    kind: 'conflict',
    difference: shownAmount(cell.currentValue.minus(cell.sum).times(factor), cell.decimals),
    suspects: cell.suspects ?? [],
    taken: cell.taken === true,
    copy: cell.copy,
  };
}

export function planFill(derivation: Derivation, mode: FillMode): FillPlan {
  const changes: FillChange[] = [];
  const conflicts: FillConflict[] = [];
  for (const cell of derivation.cells) {
    if (cell.status === 'conflict') conflicts.push(conflictOf(cell, mode));
    if (isChange(cell, mode)) changes.push(changeOf(cell, mode, cell));
  }
  return {
    mode,
    changes,
    unchanged: derivation.cells.length - changes.length - conflicts.filter((c) => !c.taken).length,
    notes: derivation.notes,
    notesEn: derivation.notesEn,
    conflicts,
    ...(derivation.rebuild ? { rebuild: true } : {}),
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

/**
 * The figure as the cell will show it (`4,542.60` in a `#,##0.00` column, `4542.60` in a plain one); a plan
 * built by hand without `shown` gets thousands separators.
 */
export function shownValue(change: Pick<FillChange, 'value' | 'shown'>): string {
  if (change.shown !== undefined) return change.shown;
  const [int, frac] = change.value.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

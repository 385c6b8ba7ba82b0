/** Filling: derivable cells, the fill plan (preview) and what to write, from the relationship catalog. */
export { cellName, derive, deriveFrom, type DeriveOptions } from './derive';
export { cellWrite, changeKey, planFill, selectChanges, shownValue } from './plan';
export { sheetPrefix, sumFormula } from './formula';
export { withChanges } from './apply';
export { filledWorkbook } from './filled';
export { formatShown } from './format';
export type {
  CellStatus,
  CellWrite,
  Derivation,
  DerivedCell,
  FillChange,
  FillConflict,
  FillMode,
  FillPlan,
  SourceCell,
  SuspectCell,
} from './types';

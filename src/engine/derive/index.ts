/** Filling: derivable cells, the fill plan (preview) and what to write, from the relationship catalog. */
export { derive, deriveFrom, type DeriveOptions } from './derive';
export { cellWrite, changeKey, planFill, selectChanges, shownValue } from './plan';
export { sheetPrefix, sumFormula } from './formula';
export type { CellWrite, Derivation, DerivedCell, FillChange, FillMode, FillPlan, SourceCell } from './types';

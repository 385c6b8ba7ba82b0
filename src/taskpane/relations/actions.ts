/** What the trainers' views ask of the pane they sit in: the Excel pane and the browser pane each do it their way. */
import type { CellPlace, CellsToMark } from '../../engine/explain';

export interface RelationActions {
  /** Marks the cells in the two relationship colours, replacing the previous relationship's marks. */
  readonly mark: (cells: CellsToMark) => void;
  /** Marks them and selects them, activating the first one's sheet. */
  readonly show: (cells: CellsToMark) => void;
  /** Selects one cell, activating its sheet. */
  readonly goTo: (cell: CellPlace) => void;
}

/**
 * ExcelJS, with one guard: on load it creates a cell object for every cell of every merged area, so a merge
 * over whole columns (`G1:Z1048576`, which real workbooks carry after a careless format) takes gigabytes and
 * minutes. Areas larger than MAX_MERGED_CELLS are indexed as merges without touching their cells: the merge
 * survives a round trip, and only its top-left cell holds a value anyway.
 */
import ExcelJS from 'exceljs';

const MAX_MERGED_CELLS = 100_000;

interface Dimensions {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

interface WorksheetInternals {
  _merges: Record<string, Dimensions>;
  _mergeCellsInternal(dimensions: Dimensions, ignoreStyle: boolean): void;
  getCell(row: number, col: number): { address: string };
}

function guard(): void {
  const probe = new ExcelJS.Workbook().addWorksheet('probe');
  const proto = Object.getPrototypeOf(probe) as WorksheetInternals & { __mergeGuard?: boolean };
  if (proto.__mergeGuard) return;
  const original = proto._mergeCellsInternal;
  proto._mergeCellsInternal = function (
    this: WorksheetInternals,
    dimensions: Dimensions,
    ignoreStyle: boolean,
  ) {
    const size = (dimensions.bottom - dimensions.top + 1) * (dimensions.right - dimensions.left + 1);
    if (size <= MAX_MERGED_CELLS) return original.call(this, dimensions, ignoreStyle);
    this._merges[this.getCell(dimensions.top, dimensions.left).address] = dimensions;
  };
  proto.__mergeGuard = true;
}

guard();

export default ExcelJS;

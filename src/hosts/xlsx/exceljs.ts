/**
 * ExcelJS, with two guards. On load it creates a cell object for every cell of every merged area, so a merge
 * over whole columns (`G1:Z1048576`, which real workbooks carry after a careless format) takes gigabytes and
 * minutes: areas larger than MAX_MERGED_CELLS are indexed as merges without touching their cells (the merge
 * survives a round trip, and only its top-left cell holds a value anyway). And it refuses a sheet name that
 * begins or ends with `'` and cuts one longer than 31 characters, both of which files from other programs
 * carry and Excel opens: such a name is taken as the file has it.
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

/** ExcelJS's own refusals, other than the two above: characters no sheet name may hold, and duplicates. */
const FORBIDDEN = /[*?:/\\[\]]/;

interface NamedWorksheet {
  _name: string;
  _workbook: { _worksheets: ({ name: string } | undefined)[] };
}

function guardNames(): void {
  const probe = new ExcelJS.Workbook().addWorksheet('probe');
  const proto = Object.getPrototypeOf(probe) as object & { __nameGuard?: boolean };
  if (proto.__nameGuard) return;
  const property = Object.getOwnPropertyDescriptor(proto, 'name');
  const set = property?.set;
  if (!property || !set) return;
  Object.defineProperty(proto, 'name', {
    ...property,
    set(this: NamedWorksheet, name: unknown) {
      const lenient =
        typeof name === 'string' &&
        name !== '' &&
        (/^'|'$/.test(name) || name.length > 31) &&
        !FORBIDDEN.test(name) &&
        !this._workbook._worksheets.some(
          (ws) => ws && (ws as unknown) !== this && ws.name.toLowerCase() === name.toLowerCase(),
        );
      if (lenient) this._name = name;
      else set.call(this, name);
    },
  });
  proto.__nameGuard = true;
}

guard();
guardNames();

export default ExcelJS;

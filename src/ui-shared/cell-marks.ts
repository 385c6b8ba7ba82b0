/**
 * Which cells a report marks, and how. A finding names its checked cell first and then the parts it was
 * compared with; painting every part would turn whole columns red for one wrong leaf, so a mark goes on each
 * finding's checked cell and on each likely-wrong cell (a suspect), in the colour of the most serious finding
 * about it. Shared by the Excel marks and the browser grid, so both show the same cells in the same colours.
 * A relationship the trainers' views show is marked apart from the findings, each cell in its side's colour.
 */
import type { CellsToMark } from '../engine/explain';
import type { Finding, FindingCell, Severity, Suspect } from '../engine/report';
import { RELATION_SIDES, type RelationSide } from './relation-colours';
import { SEVERITY_ORDER } from './severity-colours';

/** Suspects scoring below this are runners-up the engine could not rule out, not cells it points at. */
export const SUSPECT_MARK_THRESHOLD = 0.5;

export interface CellMark {
  readonly severity: Severity;
  /** The findings this cell is marked for, most serious first. */
  readonly findings: readonly Finding[];
}

/** A1 address → its mark, in the order the report names the cells. */
export type SheetCellMarks = ReadonlyMap<string, CellMark>;

/** Sheet name → its marks. */
export type CellMarks = ReadonlyMap<string, SheetCellMarks>;

export function cellMarks(findings: readonly Finding[], suspects: readonly Suspect[] = []): CellMarks {
  const bySheet = new Map<string, Map<string, Finding[]>>();
  const attach = (cell: FindingCell, findings: readonly Finding[]) => {
    if (findings.length === 0) return;
    const list = entry(
      entry(bySheet, cell.sheet, () => new Map()),
      cell.address,
      (): Finding[] => [],
    );
    for (const finding of findings) if (!list.includes(finding)) list.push(finding);
  };
  for (const finding of findings) if (finding.cells.length > 0) attach(finding.cells[0], [finding]);
  for (const suspect of suspects) {
    if (suspect.score < SUSPECT_MARK_THRESHOLD) continue;
    attach(
      suspect,
      findings.filter((f) => f.cells.some((c) => c.sheet === suspect.sheet && c.address === suspect.address)),
    );
  }
  const rank = (f: Finding) => SEVERITY_ORDER.indexOf(f.severity);
  return new Map(
    [...bySheet].map(([sheet, cells]) => [
      sheet,
      new Map(
        [...cells].map(([address, about]) => {
          const sorted = [...about].sort((a, b) => rank(a) - rank(b));
          return [address, { severity: sorted[0].severity, findings: sorted }];
        }),
      ),
    ]),
  );
}

function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** A1 address → the side of the marked relationship the cell is on. */
export type SheetRelationMarks = ReadonlyMap<string, RelationSide>;

/** Sheet name → its relationship marks. */
export type RelationMarks = ReadonlyMap<string, SheetRelationMarks>;

/** The cells of a relationship (or one instance of it) by sheet, each with its side. */
export function relationMarks(cells: CellsToMark): RelationMarks {
  const bySheet = new Map<string, Map<string, RelationSide>>();
  for (const side of RELATION_SIDES) {
    for (const cell of cells[side]) entry(bySheet, cell.sheet, () => new Map()).set(cell.address, side);
  }
  return bySheet;
}

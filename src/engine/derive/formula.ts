/**
 * A derived figure as a live Excel formula in A1 notation: `=SUM(D8:D11)` for a run of adjacent cells,
 * `='表2'!C8+'表2'!C17` across sheets (sheet names always quoted), `*10000` where a 元 table takes a 万元 figure.
 */
import { address, type CellRef } from '../snapshot';
import type { SourceCell } from './types';

/** `'表2'!`, with quotes doubled inside the name as Excel requires. */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

function factor(from: SourceCell['unit'], to: SourceCell['unit']): string {
  if (from === to) return '';
  return to === '元' ? '*10000' : '/10000';
}

/** Whether `b` continues the run `run` one step further in the run's direction. */
function continues(run: readonly SourceCell[], b: SourceCell): boolean {
  const last = run[run.length - 1];
  if (b.cell.sheet !== last.cell.sheet || b.unit !== last.unit) return false;
  const down = b.cell.col === last.cell.col && b.cell.row === last.cell.row + 1;
  const right = b.cell.row === last.cell.row && b.cell.col === last.cell.col + 1;
  if (run.length === 1) return down || right;
  const runDown = run[1].cell.row === run[0].cell.row + 1;
  return runDown ? down : right;
}

function runs(sources: readonly SourceCell[]): SourceCell[][] {
  const out: SourceCell[][] = [];
  for (const s of sources) {
    const run = out[out.length - 1];
    if (run && continues(run, s)) run.push(s);
    else out.push([s]);
  }
  return out;
}

/** The formula for `target` = the sum of `sources`, or undefined when there is nothing to reference. */
export function sumFormula(
  target: { readonly cell: CellRef; readonly unit: SourceCell['unit'] },
  sources: readonly SourceCell[],
): string | undefined {
  if (sources.length === 0) return undefined;
  const terms: string[] = [];
  for (const run of runs(sources)) {
    const first = run[0];
    const prefix = first.cell.sheet === target.cell.sheet ? '' : sheetPrefix(first.cell.sheet);
    const scale = factor(first.unit, target.unit);
    const ref = (s: SourceCell) => address(s.cell.row, s.cell.col);
    if (run.length >= 3) {
      terms.push(`SUM(${prefix}${ref(first)}:${ref(run[run.length - 1])})${scale}`);
    } else {
      for (const s of run) terms.push(`${prefix}${ref(s)}${scale}`);
    }
  }
  return `=${terms.join('+')}`;
}

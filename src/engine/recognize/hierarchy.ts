/**
 * Levels of classification rows printed without codes. The names say the most where the table indents
 * them (leading spaces) — each deeper indent is one level down. Otherwise a 类 is known by its name (the
 * 30 类 of the functional classification), and below it the figures decide: a row is a 款 with 项 under it
 * when the rows right after it add up to it in every column (within rounding), and a 项 otherwise.
 */
import { classCode } from '../classification';
import type { Figure } from '../model';
import type { RawRow } from './layout';

/** Level 1 = 类, 2 = 款, 3 = 项, for each row. */
export function levelsOf(raws: readonly RawRow[]): number[] {
  const indents = [...new Set(raws.map((r) => r.indent))].sort((a, b) => a - b);
  if (indents.length > 1) {
    const depth = new Map(indents.map((indent, i) => [indent, Math.min(3, i + 1)]));
    return raws.map((r) => depth.get(r.indent)!);
  }
  const levels = raws.map(() => 1);
  // Rows before the first 类 (or all rows, when no name is a 类) nest from level 1; rows after a 类, from 2.
  let start = -1;
  raws.forEach((r, i) => {
    if (!classCode(r.label)) return;
    nest(raws, start + 1, i, start >= 0 ? 2 : 1, levels);
    levels[i] = 1;
    start = i;
  });
  nest(raws, start + 1, raws.length, start >= 0 ? 2 : 1, levels);
  return levels;
}

const ZERO_FIGURES = (r: RawRow) => Object.values(r.figures).every((f) => !f || f.empty);

/** How far a 款 may reach for its 项: a 款 has at most 99. */
const WINDOW = 100;

/**
 * The last of the rows right after `from` that add up to it in every column it shows, or -1. Sums grow one
 * row at a time and stop once the first column has passed the total (figures here are not negative).
 */
function coveringEnd(raws: readonly RawRow[], from: number, to: number): number {
  const head = Object.entries(raws[from].figures).filter((e): e is [string, Figure] => !!e[1]);
  if (head.length === 0) return -1;
  const residual = head.map(([, f]) => f.value);
  const tolerance = head.map(([, f]) => f.half);
  for (let j = from + 1; j < Math.min(to, from + 1 + WINDOW); j++) {
    let holds = true;
    head.forEach(([key], k) => {
      const part = raws[j].figures[key as keyof RawRow['figures']];
      if (part) {
        residual[k] = residual[k].minus(part.value);
        tolerance[k] = tolerance[k].plus(part.half);
      }
      if (residual[k].abs().gt(tolerance[k])) holds = false;
    });
    if (holds) return j;
    if (residual[0].lt(tolerance[0].neg())) return -1;
  }
  return -1;
}

/** Levels for rows [from, to) under one parent: `level` for each, one deeper for the rows a row adds up. */
function nest(raws: readonly RawRow[], from: number, to: number, level: number, levels: number[]): void {
  for (let i = from; i < to;) {
    levels[i] = level;
    const end = level < 3 && !ZERO_FIGURES(raws[i]) ? coveringEnd(raws, i, to) : -1;
    if (end > i) {
      nest(raws, i + 1, end + 1, level + 1, levels);
      i = end + 1;
    } else i++;
  }
}

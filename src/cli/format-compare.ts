/**
 * The comparison with the previous version as text: the figures that changed, then the findings fixed
 * (under the correction that mended them), new and still open. Findings are matched by rule and subject and
 * figures by table, line and column, so rows inserted above do not show as changes.
 */
import type { ComparedFinding, Comparison, FigureChange } from '../engine/compare';
import * as path from 'path';
import { pushTo } from '../engine/group';
import { cellReference, comparisonSummary } from '../ui-shared/report-model';
import { painter, type TextStyle } from './format-text';
import { shownName } from './shown';
import { hang, pad } from './wrap';

function figureLine(f: FigureChange): string {
  const was = f.before?.shown ?? '（空）';
  const now = f.after?.shown ?? '（空）';
  const at = f.after ?? f.before;
  return `${pad(at ? cellReference(at) : '', 9)} ${f.label}：${was} → ${now}`;
}

function findingLines(list: readonly ComparedFinding[], style: TextStyle, indent = '  '): string[] {
  return list.map((c, i) => {
    const cell = c.finding.cells[0] ? `${cellReference(c.finding.cells[0])}  ` : '';
    return hang(`${indent}${i + 1}. `, `${cell}${c.finding.message}`, style.width);
  });
}

/** The fixed findings under the changed figure that mended them; those no single change explains last. */
function fixedLines(c: Comparison, style: TextStyle): string[] {
  const byChange = new Map<FigureChange | undefined, ComparedFinding[]>();
  for (const f of c.fixed) {
    const change = f.changed?.[0];
    pushTo(byChange, change, f);
  }
  const lines: string[] = [];
  for (const [change, list] of byChange) {
    if (!change) continue;
    const at = change.before ?? change.after;
    const where = at ? cellReference(at) : change.label;
    lines.push(
      hang(
        '  ',
        `${where} 由 ${change.before?.shown ?? '（空）'} 改为 ${change.after?.shown ?? '（空）'}，改正了 ${list.length} 个：`,
        style.width,
      ),
    );
    append(lines, findingLines(list, style, '    '));
  }
  const other = byChange.get(undefined);
  if (other) {
    lines.push(`  其他 ${other.length} 个：`);
    append(lines, findingLines(other, style, '    '));
  }
  return lines;
}

/** Appends the lists one line at a time: a spread would pass every finding's line as an argument. */
function append(out: string[], ...lists: readonly (readonly string[])[]): void {
  for (const list of lists) for (const line of list) out.push(line);
}

export function formatComparison(c: Comparison, style: TextStyle): string {
  const paint = painter(style);
  const out = [
    // The file's name, not its path: a path would run past the line's width wherever the folder sits.
    paint('bold', `与上一版比较${c.previous ? `（上一版：${shownName(path.basename(c.previous))}）` : ''}`),
    hang('', comparisonSummary(c), style.width),
  ];
  if (c.figures.length > 0) {
    out.push('', paint('bold', `改动的数字 ${c.figures.length} 个`));
    for (const f of c.figures) out.push(hang('  ', figureLine(f), style.width));
  }
  if (c.fixed.length > 0)
    append(out, ['', paint('bold', `已改正 ${c.fixed.length} 个`)], fixedLines(c, style));
  if (c.added.length > 0)
    append(out, ['', paint('error', `新出现 ${c.added.length} 个`)], findingLines(c.added, style));
  if (c.open.length > 0)
    append(out, ['', paint('warning', `仍未解决 ${c.open.length} 个`)], findingLines(c.open, style));
  return out.join('\n');
}

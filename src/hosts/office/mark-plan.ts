/**
 * A report → what to mark in Excel: the shared cell marks (which cells, which colour) plus, for each cell,
 * the text of its note. Pure, so the tests check the plan without Excel.
 */
import type { Finding, Severity, Suspect } from '../../engine/report';
import { cellMarks } from '../../ui-shared/cell-marks';
import { stringsFor } from '../../ui-shared/strings';

/** Our notes start with this line; clearing removes the notes that carry it and no others. */
export const NOTE_TAG = '【预算审核助手】';

/** Notes are Chinese whatever Office's language, like the engine's messages they carry. */
const ZH = stringsFor('zh');

/** A note stays readable in Excel's small note box. */
const MAX_NOTE_LINES = 8;

/** Excel accepts long multi-area addresses, but far below its limit is where they are reliable. */
export const MAX_ADDRESS_LENGTH = 2000;

export interface ExcelCellMark {
  readonly address: string;
  readonly severity: Severity;
  readonly note: string;
}

export interface SheetMarks {
  readonly sheet: string;
  readonly cells: readonly ExcelCellMark[];
}

export function planMarks(findings: readonly Finding[], suspects: readonly Suspect[] = []): SheetMarks[] {
  return [...cellMarks(findings, suspects)].map(([sheet, cells]) => ({
    sheet,
    cells: [...cells].map(([address, mark]) => ({
      address,
      severity: mark.severity,
      note: noteText(mark.findings),
    })),
  }));
}

function noteText(findings: readonly Finding[]): string {
  const lines = findings.slice(0, MAX_NOTE_LINES).map((f) => {
    const figures =
      f.expected !== undefined && f.actual !== undefined
        ? `（${ZH.expected} ${f.expected}，${ZH.actual} ${f.actual}${f.difference !== undefined ? `，${ZH.difference} ${f.difference}` : ''}）`
        : '';
    return `${ZH.severity[f.severity]}：${f.message}${figures}`;
  });
  if (findings.length > MAX_NOTE_LINES) lines.push(`……另有 ${findings.length - MAX_NOTE_LINES} 条`);
  return [NOTE_TAG, ...lines].join('\n');
}

/** Joins addresses into comma-separated lists no longer than `maxLength`, for `getRanges`. */
export function joinAddresses(addresses: readonly string[], maxLength = MAX_ADDRESS_LENGTH): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > maxLength) {
      chunks.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) chunks.push(current);
  return chunks;
}

/**
 * Findings → what to paint where: each cell once, in the colour of its most serious finding, with a note
 * listing every finding about it. Pure, so the tests check the plan without Excel.
 */
import type { Finding, Severity } from '../../engine/report';
import { SEVERITY_ORDER } from '../../ui-shared/severity-colours';

/** Our notes start with this line; clearing removes the notes that carry it and no others. */
export const NOTE_TAG = '【预算审核助手】';

const SEVERITY_LABEL: Readonly<Record<Severity, string>> = { error: '错误', warning: '提示', info: '尾差' };

/** A note stays readable in Excel's small note box. */
const MAX_NOTE_LINES = 8;

/** Excel accepts long multi-area addresses, but far below its limit is where they are reliable. */
export const MAX_ADDRESS_LENGTH = 2000;

export interface CellMark {
  readonly address: string;
  readonly severity: Severity;
  readonly note: string;
}

export interface SheetMarks {
  readonly sheet: string;
  readonly cells: readonly CellMark[];
}

export function planMarks(findings: readonly Finding[]): SheetMarks[] {
  const bySheet = new Map<string, Map<string, Finding[]>>();
  for (const finding of findings) {
    for (const cell of finding.cells) {
      const list = entry(
        entry(bySheet, cell.sheet, () => new Map()),
        cell.address,
        (): Finding[] => [],
      );
      if (!list.includes(finding)) list.push(finding);
    }
  }
  return [...bySheet].map(([sheet, cells]) => ({
    sheet,
    cells: [...cells].map(([address, about]) => {
      const sorted = [...about].sort(
        (a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
      );
      return { address, severity: sorted[0].severity, note: noteText(sorted) };
    }),
  }));
}

function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

function noteText(findings: readonly Finding[]): string {
  const lines = findings.slice(0, MAX_NOTE_LINES).map((f) => {
    const figures =
      f.expected !== undefined && f.actual !== undefined
        ? `（应为 ${f.expected}，实际 ${f.actual}${f.difference !== undefined ? `，差额 ${f.difference}` : ''}）`
        : '';
    return `${SEVERITY_LABEL[f.severity]}：${f.message}${figures}`;
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

/**
 * Cells whose text the host cut to what a cell can hold (CellSnapshot.cutFrom): one warning each, on the
 * cell, so every host shows it where the user looks. The cut text is still read (a label still names its
 * row); the file was written by a program other than Excel, which could not have held it.
 */
import type { Table } from './model';
import type { Finding } from './report';
import { address, type WorkbookSnapshot } from './snapshot';
import { grouped } from './text';

/** The table whose extent holds row `row` of `sheet`, for grouping; none for a cell outside every table. */
function tableAt(tables: readonly Table[], sheet: string, row: number): string[] {
  const t = tables.find((t) => t.sheet === sheet && t.range.top <= row && row <= t.range.bottom);
  return t ? [t.id] : [];
}

export function cutCellFindings(workbook: WorkbookSnapshot, tables: readonly Table[]): Finding[] {
  const findings: Finding[] = [];
  for (const sheet of workbook.sheets) {
    sheet.rows.forEach((cells, r) =>
      cells?.forEach((cell, c) => {
        if (cell?.cutFrom === undefined) return;
        const a1 = address(r, c);
        const kept = grouped(String(cell.value).length);
        findings.push({
          rule: 'cell-text-cut',
          severity: 'warning',
          message:
            `工作表「${sheet.name}」${a1} 的文字有 ${grouped(cell.cutFrom)} 个字符，超过了 Excel 单元格的上限 ` +
            `${kept} 个字符，只读取了前 ${kept} 个字符。请在 Excel 中缩短。`,
          messageEn:
            `Sheet “${sheet.name}” ${a1} holds ${grouped(cell.cutFrom)} characters, more than the ${kept} an ` +
            `Excel cell can hold; only the first ${kept} were read. Shorten it in Excel.`,
          cells: [{ sheet: sheet.name, address: a1 }],
          tables: tableAt(tables, sheet.name, r),
        });
      }),
    );
  }
  return findings;
}

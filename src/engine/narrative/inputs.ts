/** What drafting and checking the explanation read: the tables, and last year's figures when given. */
import { filledWorkbook } from '../derive';
import type { Tables } from '../instances';
import { recognize } from '../recognize';
import { readLastYear, type LastYear } from '../shares';
import { cellText, type WorkbookSnapshot } from '../snapshot';
import { squash } from '../text';

export interface NarrativeInputs {
  readonly tables: Tables;
  readonly lastYear?: LastYear;
}

/**
 * The tables of a workbook with its blank totals filled as the default fill fills them (every figure it
 * shows as it is), and last year's figures from `lastYear` or else its 上年预算数 sheet.
 */
export function narrativeInputs(workbook: WorkbookSnapshot, lastYear?: LastYear): NarrativeInputs {
  const found = lastYear ?? readLastYear(workbook);
  return { tables: recognize(filledWorkbook(workbook)).tables, ...(found ? { lastYear: found } : {}) };
}

const EXPLANATION = /情况说明|第三部分/;

/**
 * An explanation pasted into the workbook: the sheet whose name or first lines say 情况说明 (or 第三部分), its
 * cells read row by row, one line per row.
 */
export function narrativeFromWorkbook(workbook: WorkbookSnapshot): string | undefined {
  const sheet = workbook.sheets.find(
    (s) =>
      EXPLANATION.test(squash(s.name)) ||
      s.rows.slice(0, 3).some((row) => row?.some((c) => EXPLANATION.test(squash(cellText(c))))),
  );
  if (!sheet) return undefined;
  return sheet.rows
    .map((row) =>
      (row ?? [])
        .map((c) => cellText(c).trim())
        .filter((t) => t !== '')
        .join(''),
    )
    .join('\n');
}

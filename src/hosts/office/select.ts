/**
 * Jump to a finding: activate the sheet of its first cell and select its cells on that sheet, in one sync.
 * Excel refuses to activate a hidden sheet: the jump then says the sheet is hidden (one more sync to see
 * it), and `show` makes the sheet visible first, when the user asks for that.
 */
import type { FindingCell } from '../../engine/report';
import type { ExcelFeatures } from './features';
import { joinAddresses } from './mark-plan';

export type SelectOutcome =
  | { readonly kind: 'selected' }
  /** The sheet is hidden (or very hidden): nothing was selected. */
  | { readonly kind: 'hidden'; readonly sheet: string };

export async function selectCells(
  context: Excel.RequestContext,
  cells: readonly FindingCell[],
  features: ExcelFeatures,
  { show = false }: { readonly show?: boolean } = {},
): Promise<SelectOutcome> {
  if (cells.length === 0) return { kind: 'selected' };
  const name = cells[0].sheet;
  const sheet = context.workbook.worksheets.getItem(name);
  if (show) sheet.visibility = 'Visible';
  sheet.activate();
  const here = cells.filter((cell) => cell.sheet === name).map((cell) => cell.address);
  if (features.selectAreas && features.rangeAreas && here.length > 1) {
    sheet.getRanges(joinAddresses(here)[0]).select();
  } else {
    sheet.getRange(here[0]).select();
  }
  try {
    await context.sync();
  } catch (error) {
    const visibility = context.workbook.worksheets.getItem(name).load('visibility');
    await context.sync();
    if (visibility.visibility !== 'Visible') return { kind: 'hidden', sheet: name };
    throw error;
  }
  return { kind: 'selected' };
}

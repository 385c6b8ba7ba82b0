/** Jump to a finding: activate the sheet of its first cell and select its cells on that sheet. One sync. */
import type { FindingCell } from '../../engine/report';
import type { ExcelFeatures } from './features';
import { joinAddresses } from './mark-plan';

export async function selectCells(
  context: Excel.RequestContext,
  cells: readonly FindingCell[],
  features: ExcelFeatures,
): Promise<void> {
  if (cells.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(cells[0].sheet);
  sheet.activate();
  const here = cells.filter((cell) => cell.sheet === cells[0].sheet).map((cell) => cell.address);
  if (features.selectAreas && here.length > 1) sheet.getRanges(joinAddresses(here)[0]).select();
  else sheet.getRange(here[0]).select();
  await context.sync();
}

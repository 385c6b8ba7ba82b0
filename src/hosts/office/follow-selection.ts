/**
 * Following Excel's selection for "这个单元格从哪里来？": the workbook's selection-changed event (ExcelApi 1.2,
 * within the manifest's 1.6) says only that the selection moved, so each change costs one sync to read the
 * selected range's address; its top-left cell is the one explained.
 */
import { parseAddress, type CellRef } from '../../engine/snapshot';
import { runExcel } from './run';

/** `'My Sheet'!C6:D8` or `表5!C6` → the sheet and the zero-based top-left cell; undefined if unparsable. */
export function topLeftCell(address: string): CellRef | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+\$?\d+)/i.exec(address);
  if (!m) return undefined;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  return { sheet, ...parseAddress(m[3]) };
}

/** One sync: the top-left cell of the selection, or undefined when it is not a range (a chart, a shape). */
export async function selectedCell(context: Excel.RequestContext): Promise<CellRef | undefined> {
  const range = context.workbook.getSelectedRange().load('address');
  try {
    await context.sync();
  } catch {
    return undefined;
  }
  return topLeftCell(range.address);
}

/**
 * Calls `onCell` with the selected cell now and after every change of selection, until the returned
 * function is called. Each call is its own `Excel.run`, as Office.js requires for event handlers; the
 * handler is removed in a run on the context that added it.
 */
export async function followSelection(
  onCell: (cell: CellRef | undefined) => void,
): Promise<() => Promise<void>> {
  const report = () => runExcel(selectedCell).then(onCell);
  const registration = await runExcel(async (context) => {
    const handler = context.workbook.onSelectionChanged.add(report);
    await context.sync();
    return handler;
  });
  await report();
  return () =>
    runExcel(
      async (context) => {
        registration.remove();
        await context.sync();
      },
      { context: registration.context },
    );
}

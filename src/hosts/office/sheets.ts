/** The first sync of every Office operation: the worksheets and what each flow needs to know about them. */

/** Sync 1: every worksheet's name, visibility and protection. */
export async function loadSheets(context: Excel.RequestContext): Promise<Excel.Worksheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name,items/visibility,items/protection/protected');
  await context.sync();
  return worksheets.items;
}

/**
 * Marks the cells of one relationship (the trainers' views) in its two side colours. The marks are the same
 * tagged conditional formats as the findings' (of the relation family), so 清除标记 and a new check remove
 * them too; their family lets the next relationship replace them while the findings' marks stay. They are
 * added last, so they show above a finding's colour on the same cell. No notes, no values. The replacement
 * is the findings' one: all new marks first, then the old ones go, and a failure leaves one set or the other.
 */
import type { CellsToMark } from '../../engine/explain';
import { relationMarks } from '../../ui-shared/cell-marks';
import { RELATION_COLOURS, RELATION_SIDES } from '../../ui-shared/relation-colours';
import type { ExcelFeatures } from './features';
import {
  familyOf,
  markAddresses,
  markFormula,
  newGeneration,
  protectedAmong,
  queueOwnMarks,
  replaceMarks,
  type MarkAdd,
  type ProtectedOutcome,
} from './marks';
import { loadSheets } from './sheets';

export type RelationMarkOutcome = { readonly kind: 'marked'; readonly cells: number } | ProtectedOutcome;

/** Three syncs whatever the number of cells: the sheets; our conditional formats; the adds and deletions. */
export async function markRelation(
  context: Excel.RequestContext,
  cells: CellsToMark,
  features: ExcelFeatures,
): Promise<RelationMarkOutcome> {
  const sheets = await loadSheets(context);
  // Notes and comments are not needed: relationship marks have none, and the findings' stay.
  const pending = queueOwnMarks(sheets, features, false);
  await context.sync();
  const earlier = pending
    .collect()
    .formats.filter(({ format }) => familyOf(format.customOrNullObject.rule.formula) === 'relation');
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const plan = [...relationMarks(cells)].filter(([sheet]) => byName.has(sheet));
  const locked = protectedAmong(byName, [...plan.map(([sheet]) => sheet), ...earlier.map((m) => m.sheet)]);
  if (locked.length > 0) return { kind: 'protected', sheets: locked };

  const adds: MarkAdd[] = [];
  let marked = 0;
  for (const [name, sides] of plan) {
    for (const side of RELATION_SIDES) {
      const addresses = [...sides].filter(([, s]) => s === side).map(([address]) => address);
      for (const address of markAddresses(addresses, features)) {
        adds.push({ sheet: name, address, colour: RELATION_COLOURS[side] });
      }
      marked += addresses.length;
    }
  }
  await replaceMarks(
    context,
    byName,
    {
      family: 'relation',
      formula: markFormula('relation', newGeneration()),
      adds,
      annotationAdds: [],
      updates: [],
      formatRemovals: earlier,
      annotationRemovals: [],
    },
    features,
  );
  return { kind: 'marked', cells: marked };
}

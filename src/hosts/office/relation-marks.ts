/**
 * Marks the cells of one relationship (the trainers' views) in its two side colours. The marks are the same
 * tagged conditional formats as the findings' (their formula also carries MARK_TAG), so 清除标记 and a new
 * check remove them too; their own tag lets the next relationship replace them while the findings' marks
 * stay. They are added last, so they show above a finding's colour on the same cell. No notes, no values.
 */
import type { CellsToMark } from '../../engine/explain';
import { relationMarks } from '../../ui-shared/cell-marks';
import { RELATION_COLOURS, RELATION_SIDES } from '../../ui-shared/relation-colours';
import type { ExcelFeatures } from './features';
import { addMark, MARK_TAG, protectedAmong, queueOwnMarks, rangesOf, type ProtectedOutcome } from './marks';
import { loadSheets } from './sheets';

const RELATION_TAG = `${MARK_TAG}:relation`;
export const RELATION_MARK_FORMULA = `=ISTEXT("${RELATION_TAG}")`;

export type RelationMarkOutcome = { readonly kind: 'marked'; readonly cells: number } | ProtectedOutcome;

/** Three syncs whatever the number of cells: the sheets; our conditional formats; the deletions and adds. */
export async function markRelation(
  context: Excel.RequestContext,
  cells: CellsToMark,
  features: ExcelFeatures,
): Promise<RelationMarkOutcome> {
  const sheets = await loadSheets(context);
  // Notes are not needed: relationship marks have none, and the findings' notes stay.
  const pending = queueOwnMarks(sheets, { ...features, notes: false });
  await context.sync();
  const earlier = pending
    .collect()
    .formats.filter(({ format }) => format.customOrNullObject.rule.formula.includes(RELATION_TAG));
  const byName = new Map(sheets.map((sheet) => [sheet.name, sheet]));
  const plan = [...relationMarks(cells)].filter(([sheet]) => byName.has(sheet));
  const locked = protectedAmong(byName, [...plan.map(([sheet]) => sheet), ...earlier.map((m) => m.sheet)]);
  if (locked.length > 0) return { kind: 'protected', sheets: locked };

  for (const { format } of earlier) format.delete();
  let marked = 0;
  for (const [name, sides] of plan) {
    for (const side of RELATION_SIDES) {
      const addresses = [...sides].filter(([, s]) => s === side).map(([address]) => address);
      for (const range of rangesOf(byName.get(name)!, addresses, features)) {
        addMark(range, RELATION_COLOURS[side], RELATION_MARK_FORMULA);
      }
      marked += addresses.length;
    }
  }
  await context.sync();
  return { kind: 'marked', cells: marked };
}

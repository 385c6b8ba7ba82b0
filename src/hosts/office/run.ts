/**
 * Every `Excel.run` of the add-in. Each asks Excel to wait while the user is editing a cell
 * (`delayForCellEdit`; without it a check started mid-typing fails), and each records which options the
 * loaded office.js reads: that is how the add-in learns whether this office.js knows `mergeUndoGroup`,
 * which no proxy class shows (the npm copy 1.1.110 reads `delayForCellEdit` and never `mergeUndoGroup`).
 */
import type { ExcelFeatures } from './features';

export interface RunChoices {
  /** One undo step for the whole run, asked for only where these features have `undoGroup`. */
  readonly oneUndoStep?: ExcelFeatures;
  /** Run on an earlier run's context, as event handlers registered in it must be removed. */
  readonly context?: OfficeExtension.ClientRequestContext;
}

/** The options each loaded office.js (its `Excel` namespace) has read, over all its runs so far. */
const reads = new WeakMap<object, Set<string>>();

/** Whether the loaded office.js read `option` in the runs so far; undefined before its first run. */
export function runOptionRead(option: string): boolean | undefined {
  return reads.get(Excel)?.has(option);
}

export function runExcel<T>(
  batch: (context: Excel.RequestContext) => Promise<T>,
  choices: RunChoices = {},
): Promise<T> {
  const options: Excel.RunOptions = {
    delayForCellEdit: true,
    ...(choices.oneUndoStep?.undoGroup ? { mergeUndoGroup: true } : {}),
    ...(choices.context ? { previousObjects: choices.context } : {}),
  };
  let read = reads.get(Excel);
  if (!read) reads.set(Excel, (read = new Set()));
  const seen = read;
  const recorded = new Proxy(options, {
    get(target, key, receiver) {
      if (typeof key === 'string') seen.add(key);
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  return Excel.run(recorded, batch);
}

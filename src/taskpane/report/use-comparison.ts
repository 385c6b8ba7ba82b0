/**
 * The comparison with a previous version picked as an .xlsx: checked once when picked, compared again with
 * every new check of the current workbook (after a fix, the same previous version).
 */
import { useMemo, useState } from 'react';
import { runCheck, type CheckResult } from '../../engine';
import { compareChecks } from '../../engine/compare';
import { readXlsx } from './xlsx-chunk';

export function useComparison(current: CheckResult | undefined) {
  const [previous, setPrevious] = useState<{ readonly name: string; readonly result: CheckResult }>();
  const comparison = useMemo(
    () => previous && current && compareChecks(previous.result, current, previous.name),
    [previous, current],
  );
  return {
    comparison,
    /** Reads and checks the previous version; throws what reading throws, for the pane's notice. */
    async pick(file: File): Promise<void> {
      const snapshot = await readXlsx(await file.arrayBuffer(), file.name);
      setPrevious({ name: file.name, result: runCheck(snapshot, { file: file.name }) });
    },
    close: () => setPrevious(undefined),
  };
}

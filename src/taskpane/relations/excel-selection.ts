/** Excel's selected cell, followed while `enabled` (the 从哪里来 view shows): no events while it is hidden. */
import { useEffect, useState } from 'react';
import type { CellRef } from '../../engine/snapshot';
import { followSelection } from '../../hosts/office';

export function useExcelSelection(enabled: boolean, onError: (error: unknown) => void): CellRef | undefined {
  const [cell, setCell] = useState<CellRef>();
  useEffect(() => {
    if (!enabled) return undefined;
    let stop: (() => Promise<void>) | undefined;
    let cancelled = false;
    followSelection((next) => {
      if (!cancelled) setCell(next);
    }).then((remove) => {
      stop = remove;
      if (cancelled) void remove().catch(onError);
    }, onError);
    return () => {
      cancelled = true;
      void stop?.().catch(onError);
    };
    // Following restarts only when enabled changes, not for each render's new onError.
  }, [enabled]);
  return cell;
}

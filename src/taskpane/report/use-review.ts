/**
 * The review marks of the workbook on show, and the report with them applied. Where the marks are kept is
 * the host's business (Excel's settings; in a browser, the 审核报告 sheet of the file and of the copies the
 * pane saves); this hook only holds them and hands every change to the host.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckReport } from '../../engine/report';
import { applyReview, withMark, type ReviewMark, type ReviewState } from '../../engine/review';

export interface ReviewStore {
  /** The marks to start from, read when the workbook changes. */
  readonly load: () => Promise<ReviewState>;
  /** Keeps the marks after a change; undefined where they live only in memory until a copy is saved. */
  readonly save?: (state: ReviewState) => Promise<void>;
}

export function useReview(
  report: CheckReport | undefined,
  store: ReviewStore,
  onError: (error: unknown) => void,
) {
  const [state, setState] = useState<ReviewState>({});
  const { load, save } = store;
  // The pane's error handler changes with every render; loading must not.
  const failed = useRef(onError);
  failed.current = onError;
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setState(loaded),
      (error: unknown) => failed.current(error),
    );
    return () => {
      live = false;
    };
    // Loaded again for each workbook the store stands for (a new `load`), never on every render.
  }, [load]);
  const reviewed = useMemo(() => report && applyReview(report, state), [report, state]);
  const mark = useCallback(
    (key: string, next: ReviewMark | undefined) => {
      const updated = withMark(state, key, next && { ...next, at: new Date().toISOString() });
      setState(updated);
      save?.(updated).catch((error: unknown) => failed.current(error));
    },
    [state, save],
  );
  return { state, reviewed, mark };
}

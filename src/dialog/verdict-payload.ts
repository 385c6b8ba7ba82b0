/**
 * What the one-click command tells the verdict dialog, carried in the dialog page's URL (`?r=…`): the
 * counts, how the marking went, and the language. Small and plain so it fits a URL.
 */
import type { Counts } from '../engine/review';
import type { MarkOutcome } from '../hosts/office/marks';
import type { Language } from '../ui-shared/strings';

export interface VerdictPayload {
  readonly language: Language;
  /** As the pane counts them: 尾差 once per cell, an explained 提示 not among the warnings. */
  readonly counts?: Pick<Counts, 'errors' | 'warnings' | 'residuals'>;
  readonly tables?: number;
  readonly marks?: MarkOutcome;
  /** The check failed before a verdict: the reason, in the words of whatever failed. */
  readonly error?: string;
}

export function verdictUrl(page: URL, payload: VerdictPayload): string {
  const url = new URL(page);
  url.searchParams.set('r', JSON.stringify(payload));
  return url.toString();
}

export function readVerdict(search: string): VerdictPayload {
  const raw = new URLSearchParams(search).get('r');
  if (!raw) return { language: 'zh', error: 'no verdict' };
  return JSON.parse(raw) as VerdictPayload;
}

/**
 * What a reviewer decided about each finding: 已改 (fixed), 已说明 (explained, with the reason) or 驳回 (the
 * explanation rejected). Marks are keyed by finding key (keys.ts), so they hold across versions of the
 * workbook; a 提示 that has been explained is shown as explained and no longer counted.
 */
import type { CheckReport, Finding } from '../report';
import { findingKeys } from './keys';

export type ReviewStatus = 'fixed' | 'explained' | 'rejected';

export const REVIEW_STATUSES: readonly ReviewStatus[] = ['fixed', 'explained', 'rejected'];

export interface ReviewMark {
  readonly status: ReviewStatus;
  /** Why: the department's explanation, or why it was rejected. */
  readonly reason?: string;
  /** What the finding was about, for a reader of the stored marks (`表6「差旅费」合计`). */
  readonly subject?: string;
  /** When the mark was made, ISO 8601. */
  readonly at?: string;
}

/** Finding key → mark. Marks of findings no longer raised are kept: the finding may come back. */
export type ReviewState = Readonly<Record<string, ReviewMark>>;

export interface ReviewedFinding extends Finding {
  readonly key: string;
  readonly review?: ReviewMark;
}

export interface ReviewedReport extends CheckReport {
  readonly findings: readonly ReviewedFinding[];
  /** `warnings` leaves out the explained ones, counted in `explained` (there only when there are any). */
  readonly summary: CheckReport['summary'] & { readonly explained?: number };
}

/** Whether a finding still counts: everything but a 提示 that has been explained. */
export function isCounted(f: ReviewedFinding): boolean {
  return !(f.severity === 'warning' && f.review?.status === 'explained');
}

/** The report with each finding's key and mark, and the counts without the explained 提示. */
export function applyReview(report: CheckReport, state: ReviewState = {}): ReviewedReport {
  const keys = findingKeys(report.findings);
  const findings = report.findings.map((f, i): ReviewedFinding => {
    const finding: { -readonly [K in keyof ReviewedFinding]?: ReviewedFinding[K] } & Finding = { ...f };
    delete finding.review;
    const review = Object.hasOwn(state, keys[i]) ? state[keys[i]] : undefined;
    return { ...finding, key: keys[i], ...(review ? { review } : {}) };
  });
  const explained = findings.filter((f) => !isCounted(f)).length;
  const count = (severity: Finding['severity']) =>
    findings.filter((f) => f.severity === severity && isCounted(f)).length;
  return {
    ...report,
    findings,
    summary: {
      errors: count('error'),
      warnings: count('warning'),
      infos: count('info'),
      ...(explained > 0 ? { explained } : {}),
    },
  };
}

/** The marks a reviewed report carries. */
export function reviewStateOf(report: CheckReport): ReviewState {
  const state: Record<string, ReviewMark> = {};
  for (const f of report.findings as readonly Partial<ReviewedFinding>[]) {
    if (f.key && f.review) state[f.key] = f.review;
  }
  return state;
}

/** A report as reviewed: its own marks kept (a report from checkWorkbook), or keys given to a plain one. */
export function asReviewed(report: CheckReport): ReviewedReport {
  return applyReview(report, reviewStateOf(report));
}

/** The state with `key` marked, or unmarked when `mark` is undefined. */
export function withMark(state: ReviewState, key: string, mark: ReviewMark | undefined): ReviewState {
  const next = { ...state };
  if (mark) next[key] = mark;
  else delete next[key];
  return next;
}

/** Several states as one; a later state's mark wins over an earlier one's for the same finding. */
export function mergeReviews(...states: readonly ReviewState[]): ReviewState {
  return Object.assign({}, ...states) as ReviewState;
}

/** Marks read from storage someone else may have written (settings, a file): anything malformed is dropped. */
export function parseReviewState(data: unknown): ReviewState {
  if (typeof data === 'string') {
    try {
      return parseReviewState(JSON.parse(data));
    } catch {
      return {};
    }
  }
  if (typeof data !== 'object' || data === null) return {};
  const state: Record<string, ReviewMark> = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const m = value as Partial<Record<keyof ReviewMark, unknown>> | null;
    if (!m || !REVIEW_STATUSES.includes(m.status as ReviewStatus)) continue;
    state[key] = {
      status: m.status as ReviewStatus,
      ...(typeof m.reason === 'string' && m.reason.trim() ? { reason: m.reason.trim() } : {}),
      ...(typeof m.subject === 'string' ? { subject: m.subject } : {}),
      ...(typeof m.at === 'string' ? { at: m.at } : {}),
    };
  }
  return state;
}

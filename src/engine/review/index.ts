/** Review marks kept with the findings: keys that survive moved rows, the marks, the 审核报告 sheet's columns. */
export { findingKeys } from './keys';
export {
  applyReview,
  asReviewed,
  reviewStateOf,
  isCounted,
  mergeReviews,
  parseReviewState,
  REVIEW_STATUSES,
  withMark,
  type ReviewedFinding,
  type ReviewedReport,
  type ReviewMark,
  type ReviewState,
  type ReviewStatus,
} from './state';
export { checkedCell, countFindings, kindOf, residualsByCell, type Counts, type Kind } from './counts';
export {
  REPORT_COLUMNS,
  REPORT_SHEET,
  reviewFromRows,
  reviewFromSnapshot,
  STATUS_WORDS,
  statusOfWord,
  UNREVIEWED,
  type ReportColumn,
} from './sheet';

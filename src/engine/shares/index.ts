/** The percentages and year-on-year figures the explanation quotes, and last year's figures they need. */
export { largestRemainder, percentOf } from './percent';
export { yearOnYear, type YearOnYear } from './year-on-year';
export {
  LAST_YEAR_LINES,
  lastYearFromText,
  lastYearSheetFromText,
  readLastYear,
  readLastYearSheet,
  type LastYear,
  type LastYearKey,
} from './last-year';
export { lastYearFromWorkbook } from './last-year-workbook';
export { decodeText, isZip } from './decode';
export {
  LAST_YEAR_SOURCES,
  lineFigure,
  quotedChanges,
  quotedShares,
  type Change,
  type Share,
  type ShareSet,
  type ShareSetKey,
} from './quoted';

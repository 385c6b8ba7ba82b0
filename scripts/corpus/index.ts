/**
 * The bad-input corpus: one file per way real workbooks go wrong. `npm run corpus` writes them all to
 * tests/corpus/files/; tests/corpus/expectations.ts says what checking each must give.
 */
import * as containers from './containers';
import * as limits from './limits';
import * as seed from './seed-variants';
import * as standalone from './standalone';
import * as strict from './strict';

export interface CorpusFile {
  /** File name under tests/corpus/files/. */
  readonly file: string;
  readonly build: () => Promise<Uint8Array>;
}

export const CORPUS: readonly CorpusFile[] = [
  { file: 'not-a-zip.xlsx', build: containers.notAZip },
  { file: 'zero-bytes.xlsx', build: containers.zeroBytes },
  { file: 'zip-not-workbook.xlsx', build: containers.zipNotWorkbook },
  { file: 'truncated.xlsx', build: containers.truncated },
  { file: 'encrypted.xlsx', build: containers.encrypted },
  { file: 'legacy-xls.xlsx', build: containers.legacyXls },
  { file: 'empty-workbook.xlsx', build: containers.emptyWorkbook },
  { file: 'no-tables.xlsx', build: standalone.noTables },
  { file: 'duplicate-table.xlsx', build: seed.duplicateTable },
  { file: 'merged-amounts.xlsx', build: seed.mergedAmounts },
  { file: 'whole-column-merge.xlsx', build: seed.wholeColumnMerge },
  { file: 'split-header.xlsx', build: seed.splitHeader },
  { file: 'text-amounts.xlsx', build: seed.textAmounts },
  { file: 'odd-amounts.xlsx', build: standalone.oddAmounts },
  { file: 'error-values.xlsx', build: seed.errorValues },
  { file: 'formulas-without-result.xlsx', build: seed.formulasWithoutResult },
  { file: 'hidden-rows-and-sheets.xlsx', build: seed.hiddenRowsAndSheets },
  { file: 'hidden-draft-first.xlsx', build: seed.hiddenDraftFirst },
  { file: 'yuan-tables.xlsx', build: seed.yuanTables },
  { file: 'rows-20000.xlsx', build: standalone.manyRows },
  { file: 'rows-100000.xlsx', build: standalone.hundredThousandRows },
  { file: 'columns-5000.xlsx', build: seed.wideSheet },
  { file: 'last-row-note.xlsx', build: seed.lastRowNote },
  { file: 'stored-not-numbers.xlsx', build: strict.storedNotNumbers },
  { file: 'invalid-utf8.xlsx', build: strict.invalidUtf8 },
  { file: 'long-label.xlsx', build: strict.longLabel },
  { file: 'odd-sheet-names.xlsx', build: strict.oddSheetNames },
  { file: 'huge-number.xlsx', build: strict.hugeNumber },
  { file: 'cells-3000000.xlsx', build: limits.threeMillionCells },
  { file: 'sheets-1001.xlsx', build: limits.manySheets },
  { file: 'zip-bomb.xlsx', build: limits.zipBomb },
];

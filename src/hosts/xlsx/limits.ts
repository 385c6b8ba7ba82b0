/**
 * How big a workbook the reader takes: past any of these it refuses the file with one line naming the limit,
 * before ExcelJS builds the workbook in memory (about a kilobyte per cell). docs/cli.md lists them; a
 * department's disclosure workbook is far inside every one.
 */
export interface ReadLimits {
  /** Entries in the zip package. */
  readonly entries: number;
  /** Worksheets. */
  readonly sheets: number;
  /** Cells with content or format, all sheets together. */
  readonly cells: number;
  /** Bytes of one part once inflated (a sheet's XML, the shared strings). */
  readonly partBytes: number;
  /** Bytes of all parts once inflated. */
  readonly totalBytes: number;
}

export const READ_LIMITS: ReadLimits = {
  entries: 10_000,
  sheets: 1_000,
  cells: 1_000_000,
  partBytes: 256 * 2 ** 20,
  totalBytes: 512 * 2 ** 20,
};

/**
 * Excel's own ceiling on the characters of one cell: longer text cannot have been typed in Excel. The reader
 * keeps the first this many characters (the row is still read) and says so.
 */
export const MAX_CELL_TEXT = 32_767;

export type LimitKind = keyof ReadLimits;

/** `1,000,000`. */
export function grouped(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** `256 MB`, `1.5 MB`, `64 KB`. */
export function megabytes(bytes: number): string {
  const mb = bytes / 2 ** 20;
  if (mb >= 10) return `${grouped(mb)} MB`;
  if (mb >= 1) return `${Math.round(mb * 10) / 10} MB`;
  return `${grouped(bytes / 1024)} KB`;
}

/** What the file holds against the limit, in words: `单元格有 3,000,000 个，最多 1,000,000 个`. */
export function limitDetail(kind: LimitKind, limits: ReadLimits, found?: number): string {
  const limit = limits[kind];
  const counted = (what: string, unit: string) =>
    found === undefined
      ? `${what}超过 ${grouped(limit)} ${unit}`
      : `${what}有 ${grouped(found)} ${unit}，最多 ${grouped(limit)} ${unit}`;
  switch (kind) {
    case 'entries':
      return counted('压缩包中的条目', '个');
    case 'sheets':
      return counted('工作表', '张');
    case 'cells':
      return counted('单元格', '个');
    case 'partBytes':
      return `其中一个部件解压后超过 ${megabytes(limit)}（可能是“压缩炸弹”）`;
    case 'totalBytes':
      return found === undefined
        ? `解压后超过 ${megabytes(limit)}（可能是“压缩炸弹”）`
        : `解压后共 ${megabytes(found)}，最多 ${megabytes(limit)}（可能是“压缩炸弹”）`;
  }
}

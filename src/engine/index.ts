/** The engine's public face: a snapshot in, a report out. Pure: no Office, no DOM, no file system. */
import type { WorkbookSnapshot } from './snapshot';
import type { CheckReport } from './report';

export * from './snapshot';
export * from './report';

export interface CheckOptions {
  /** Shown in the report's `file` field. */
  readonly file?: string;
}

export function checkWorkbook(_snapshot: WorkbookSnapshot, _options: CheckOptions = {}): CheckReport {
  throw new Error('engine under construction');
}

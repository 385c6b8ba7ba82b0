/**
 * What the running Excel offers beyond ExcelApi 1.6, the manifest's minimum. Detected once with
 * `isSetSupported`; each adapter degrades when a feature is missing instead of failing.
 */
export interface ExcelFeatures {
  /** ExcelApi 1.9: one call marks many cells (`getRanges`), else one call per cell. */
  readonly rangeAreas: boolean;
  /** ExcelApi 1.13: merged areas go into the snapshot, else the snapshot has none. */
  readonly mergedAreas: boolean;
  /** ExcelApi 1.18: a note on each marked cell, else colour only. */
  readonly notes: boolean;
  /** ExcelApi 1.18: selecting all of a finding's cells at once, else its first cell. */
  readonly selectAreas: boolean;
}

export type IsSetSupported = (name: string, minVersion: string) => boolean;

export function detectFeatures(isSetSupported: IsSetSupported): ExcelFeatures {
  return {
    rangeAreas: isSetSupported('ExcelApi', '1.9'),
    mergedAreas: isSetSupported('ExcelApi', '1.13'),
    notes: isSetSupported('ExcelApi', '1.18'),
    selectAreas: isSetSupported('ExcelApi', '1.18'),
  };
}

/** The features of the Excel this add-in runs in. Only call inside Office. */
export function officeFeatures(): ExcelFeatures {
  return detectFeatures((name, version) => Office.context.requirements.isSetSupported(name, version));
}

/**
 * The 填充 view in a browser: the workbook is an .xlsx in memory. Filling writes a new copy with the same
 * ExcelJS adapter the command line uses and reads it back for the grid and the check; the copy it came from
 * is kept for 撤销填充, and the filled copy can be downloaded. Nothing leaves the machine.
 */
import type { FillPlan } from '../../engine/derive';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import type { FillHost } from './fill-host';

export interface BrowserWorkbook {
  readonly name: string;
  readonly bytes: ArrayBuffer | Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  /** Set on a filled copy: the workbook it was filled from and how many cells the fill wrote. */
  readonly filled?: { readonly from: BrowserWorkbook; readonly cells: number };
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The workbook as opened, before any fill: it identifies the document across fills. */
function opened(workbook: BrowserWorkbook): BrowserWorkbook {
  return workbook.filled ? opened(workbook.filled.from) : workbook;
}

/** ExcelJS is large and already split out for reading: filling loads with it, on first use. */
async function fillCopy(workbook: BrowserWorkbook, plan: FillPlan): Promise<BrowserWorkbook> {
  const [{ fillWorkbook }, { readWorkbook }] = await Promise.all([
    import(/* webpackChunkName: "xlsx-fill" */ '../../hosts/xlsx/fill'),
    import(/* webpackChunkName: "xlsx-reader" */ '../../hosts/xlsx/read'),
  ]);
  const bytes = await fillWorkbook(workbook.bytes, plan);
  return {
    name: workbook.name,
    bytes,
    snapshot: await readWorkbook(bytes, workbook.name),
    filled: { from: workbook, cells: plan.changes.length },
  };
}

function saveAs(bytes: ArrayBuffer | Uint8Array, name: string): void {
  // A copy: a Blob takes only bytes that no other thread can share.
  const url = URL.createObjectURL(new Blob([bytes.slice(0)], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * `replace` puts a workbook in the pane (its grid) and checks it; `fileName` names the download. The
 * workbook cannot change between preview and apply here, so nothing is ever skipped.
 */
export function browserFill(
  workbook: BrowserWorkbook,
  replace: (next: BrowserWorkbook) => void,
  fileName: (name: string) => string,
): FillHost {
  const filled = workbook.filled;
  return {
    document: opened(workbook),
    read: async () => workbook.snapshot,
    async apply(plan) {
      const next = await fillCopy(workbook, plan);
      replace(next);
      return { kind: 'applied', written: plan.changes.length, skipped: [] };
    },
    canRevert: filled !== undefined,
    async revert() {
      if (!filled) return { kind: 'nothing-to-revert' };
      replace(filled.from);
      return { kind: 'reverted', restored: filled.cells, skipped: [] };
    },
    ...(filled ? { download: () => saveAs(workbook.bytes, fileName(workbook.name)) } : {}),
  };
}

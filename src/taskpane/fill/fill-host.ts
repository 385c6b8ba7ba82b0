/**
 * What the 填充 view needs from where it runs — Excel, or a workbook opened in the browser — so the view
 * itself is the same in both.
 */
import type { FillPlan } from '../../engine/derive';
import type { WorkbookSnapshot } from '../../engine/snapshot';
import type { Skipped } from '../../hosts/office/fill-plan';

export type { Skipped };

export type ApplyResult =
  | {
      readonly kind: 'applied';
      readonly written: number;
      /** Cells changed since the preview, left alone. */
      readonly skipped: readonly Skipped[];
    }
  | { readonly kind: 'protected'; readonly sheets: readonly string[] };

export type RevertResult =
  | {
      readonly kind: 'reverted';
      readonly restored: number;
      /** Cells changed since the fill, left as they are. */
      readonly skipped: readonly Skipped[];
    }
  | { readonly kind: 'nothing-to-revert' }
  | { readonly kind: 'protected'; readonly sheets: readonly string[] };

export interface FillHost {
  /** The open document; the view drops its preview when another one is opened. */
  readonly document: object;
  /** The workbook as it is now. */
  read(): Promise<WorkbookSnapshot>;
  /** Writes the plan's changes, then has the pane check the workbook again. */
  apply(plan: FillPlan): Promise<ApplyResult>;
  /** Puts back what the last fill replaced, then has the pane check again. */
  revert(): Promise<RevertResult>;
  readonly canRevert: boolean;
  /** Saves the filled workbook as a file (browser mode, once filled). */
  readonly download?: () => void;
  /** False where one Ctrl+Z cannot take the whole fill back (Excel without an undo group): the view says so. */
  readonly singleUndo?: boolean;
}

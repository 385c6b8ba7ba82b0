/**
 * The ribbon's 一键审核: check the whole workbook, mark the cells, and show the verdict in a small dialog,
 * without opening the pane. Office waits for `event.completed()`, which comes after the dialog closes:
 * completing earlier would let Office end this function's runtime and take the dialog with it.
 */
import { applyReview, countFindings } from '../engine/review';
import { checkWithReviewInExcel } from '../hosts/office';
import { verdictUrl, type VerdictPayload } from '../dialog/verdict-payload';
import { languageFor } from '../ui-shared/strings';

/** Percent of the Excel window: enough for the verdict and three counts. */
const DIALOG_SIZE = { height: 40, width: 30 };

export async function runCheck(event: Office.AddinCommands.Event): Promise<void> {
  const language = languageFor(Office.context.displayLanguage);
  let payload: VerdictPayload;
  try {
    // With the reviewer's marks, so that an explained 提示 is left out here as the pane leaves it out.
    const { report, marks, review } = await checkWithReviewInExcel();
    const { errors, warnings, residuals } = countFindings(applyReview(report, review).findings);
    payload = { language, counts: { errors, warnings, residuals }, tables: report.tables.length, marks };
  } catch (error) {
    payload = { language, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    await showDialog(verdictUrl(new URL('dialog.html', window.location.href), payload));
  } finally {
    event.completed();
  }
}

/** Resolves when the user closes the dialog (its button, or the dialog's own close box). */
function showDialog(url: string): Promise<void> {
  return new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(url, { ...DIALOG_SIZE, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        resolve();
        return;
      }
      const dialog = result.value;
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}

Office.onReady(() => Office.actions.associate('runCheck', runCheck));

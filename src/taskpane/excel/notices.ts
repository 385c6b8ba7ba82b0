/** What the Excel pane says after marking, clearing or jumping, and when a write failed part-way. */
import { FillWriteError, MarkWriteError, type ClearOutcome, type MarkOutcome } from '../../hosts/office';
import type { Strings } from '../../ui-shared/strings';
import type { NoticeMessage } from '../report/Notice';
import { officeStringsFor } from './notice-strings';

export function markNotice(outcome: MarkOutcome, strings: Strings): NoticeMessage {
  if (outcome.kind === 'protected')
    return { intent: 'warning', text: strings.protectedSheets(outcome.sheets) };
  const office = officeStringsFor(strings);
  const kind = outcome.annotations;
  const texts =
    kind === 'none'
      ? office.marksColourOnly
      : [
          kind === 'comments' ? office.marksInComments : '',
          outcome.notesSkipped === 0
            ? ''
            : kind === 'comments'
              ? office.commentsSkipped(outcome.notesSkipped)
              : strings.notesSkipped(outcome.notesSkipped),
        ];
  return {
    intent: 'info',
    text: [strings.marked(outcome.cells), texts].flat().filter(Boolean).join(strings.sentenceGap),
  };
}

export function clearNotice(outcome: ClearOutcome, strings: Strings): NoticeMessage {
  if (outcome.kind === 'protected')
    return { intent: 'warning', text: strings.protectedSheets(outcome.sheets) };
  return { intent: 'success', text: strings.cleared(outcome.formats, outcome.notes) };
}

/**
 * A failure in words: for a mark or fill write that failed part-way, what the workbook holds now (its earlier
 * state, or part of each) and Excel's reason; anything else as Excel said it.
 */
export function errorNotice(error: unknown, strings: Strings): NoticeMessage {
  const office = officeStringsFor(strings);
  if (error instanceof MarkWriteError) {
    return error.left === 'old'
      ? { intent: 'warning', text: office.marksKeptOld(error.message) }
      : { intent: 'error', text: office.marksPartial(error.message) };
  }
  if (error instanceof FillWriteError) {
    return error.undone
      ? { intent: 'warning', text: office.fillUndone(error.message) }
      : { intent: 'error', text: office.fillPartial(error.message) };
  }
  return { intent: 'error', text: strings.failed(error instanceof Error ? error.message : String(error)) };
}

/** A jump to a hidden sheet: says so; the pane offers `showSheet` beside it. */
export function hiddenSheetNotice(
  sheet: string,
  strings: Strings,
): NoticeMessage & { readonly action: string } {
  const office = officeStringsFor(strings);
  return { intent: 'warning', text: office.hiddenSheet(sheet), action: office.showSheet };
}

/** What the Excel pane says after marking or clearing. */
import type { ClearOutcome, MarkOutcome } from '../../hosts/office';
import type { Strings } from '../../ui-shared/strings';
import type { NoticeMessage } from '../report/Notice';

export function markNotice(outcome: MarkOutcome, strings: Strings): NoticeMessage {
  if (outcome.kind === 'protected')
    return { intent: 'warning', text: strings.protectedSheets(outcome.sheets) };
  const notes = !outcome.notesSupported
    ? strings.notesUnsupported
    : outcome.notesSkipped > 0
      ? strings.notesSkipped(outcome.notesSkipped)
      : '';
  return {
    intent: 'info',
    text: [strings.marked(outcome.cells), notes].filter(Boolean).join(strings.sentenceGap),
  };
}

export function clearNotice(outcome: ClearOutcome, strings: Strings): NoticeMessage {
  if (outcome.kind === 'protected')
    return { intent: 'warning', text: strings.protectedSheets(outcome.sheets) };
  return { intent: 'success', text: strings.cleared(outcome.formats, outcome.notes) };
}

export function errorNotice(error: unknown, strings: Strings): NoticeMessage {
  return { intent: 'error', text: strings.failed(error instanceof Error ? error.message : String(error)) };
}

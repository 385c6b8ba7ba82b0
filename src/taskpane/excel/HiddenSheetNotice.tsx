/** A jump that met a hidden sheet: says so, and offers to unhide it and go there. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { useStrings } from '../strings-context';
import { hiddenSheetNotice } from './notices';

export interface HiddenSheetNoticeProps {
  readonly sheet: string;
  readonly onShow: () => void;
}

export function HiddenSheetNotice({ sheet, onShow }: HiddenSheetNoticeProps) {
  const notice = hiddenSheetNotice(sheet, useStrings());
  return (
    <MessageBar intent={notice.intent} role="status" data-notice="hidden-sheet">
      <MessageBarBody>{notice.text}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onShow}>
          {notice.action}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}

/** One line of feedback after an action: what was marked or cleared, or what went wrong. */
import { MessageBar, MessageBarBody } from '@fluentui/react-components';

export interface NoticeMessage {
  readonly intent: 'info' | 'success' | 'warning' | 'error';
  readonly text: string;
}

export function Notice({ notice }: { readonly notice?: NoticeMessage }) {
  if (!notice) return null;
  return (
    <MessageBar intent={notice.intent} role="status" data-notice={notice.intent}>
      <MessageBarBody>{notice.text}</MessageBarBody>
    </MessageBar>
  );
}

/**
 * A finding's review mark: its status (未处理 / 已改 / 已说明 / 驳回) and reason, and a menu to change it.
 * 已说明 and 驳回 ask for the reason in place; the mark is kept by the pane's review store.
 */
import {
  Button,
  Caption1,
  Field,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReviewedFinding, ReviewMark, ReviewStatus } from '../../engine/review';
import { useStrings } from '../strings-context';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, marginTop: '4px' },
  line: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  status: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    background: tokens.colorNeutralBackground3,
  },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS },
});

export interface ReviewControlProps {
  readonly finding: ReviewedFinding;
  readonly onMark: (key: string, mark: ReviewMark | undefined) => void;
}

export function ReviewControl({ finding, onMark }: ReviewControlProps) {
  const strings = useStrings().review;
  const styles = useStyles();
  const [asking, setAsking] = useState<ReviewStatus>();
  const [reason, setReason] = useState('');
  const review = finding.review;
  const mark = (status: ReviewStatus, why?: string) =>
    onMark(finding.key, {
      status,
      ...(why ? { reason: why } : {}),
      ...(finding.subject ? { subject: finding.subject } : {}),
    });
  const ask = (status: ReviewStatus) => {
    setReason(review?.reason ?? '');
    setAsking(status);
  };
  return (
    <div className={styles.root} data-review={review?.status ?? 'none'}>
      <div className={styles.line}>
        <Caption1 className={styles.status} data-review-status>
          {review ? strings.status[review.status] : strings.unreviewed}
        </Caption1>
        {review?.reason && <Caption1 className={styles.reason}>{review.reason}</Caption1>}
        <Menu>
          <MenuTrigger disableButtonEnhancement>
            <Button size="small" appearance="subtle" data-review-menu>
              {strings.markMenu}
            </Button>
          </MenuTrigger>
          <MenuPopover>
            <MenuList>
              <MenuItem onClick={() => mark('fixed')}>{strings.status.fixed}</MenuItem>
              <MenuItem onClick={() => ask('explained')}>{`${strings.status.explained}…`}</MenuItem>
              <MenuItem onClick={() => ask('rejected')}>{`${strings.status.rejected}…`}</MenuItem>
              {review && (
                <MenuItem onClick={() => onMark(finding.key, undefined)}>{strings.clearMark}</MenuItem>
              )}
            </MenuList>
          </MenuPopover>
        </Menu>
      </div>
      {review?.status === 'explained' && (
        <Caption1 className={styles.reason}>
          {finding.severity === 'warning' ? strings.explainedNote : strings.errorExplainedNote}
        </Caption1>
      )}
      {asking && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            mark(asking, reason.trim());
            setAsking(undefined);
          }}
        >
          <Field label={strings.reasonLabel(asking)}>
            <Textarea value={reason} onChange={(_, data) => setReason(data.value)} data-review-reason />
          </Field>
          <div className={styles.buttons}>
            <Button type="submit" size="small" appearance="primary" disabled={!reason.trim()}>
              {strings.save}
            </Button>
            <Button size="small" onClick={() => setAsking(undefined)}>
              {strings.cancel}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}

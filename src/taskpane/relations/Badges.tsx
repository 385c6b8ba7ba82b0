/** Small labels on a relationship: how it stands in the workbook, and whether it is a hard or a soft rule. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Relation } from '../../engine';
import type { Status } from '../../engine/explain';
import { useStrings } from '../strings-context';
import { statusColour } from './status-colours';

const useStyles = makeStyles({
  badge: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    whiteSpace: 'nowrap',
  },
  severity: { border: `1px solid ${tokens.colorNeutralStroke1}`, color: tokens.colorNeutralForeground2 },
});

export function StatusBadge({
  status,
  severity,
}: {
  readonly status: Status | undefined;
  readonly severity: Relation['severity'];
}) {
  const strings = useStrings().relations;
  const styles = useStyles();
  const colour = statusColour(status, severity);
  return (
    <span
      className={styles.badge}
      style={{ background: colour.fill, color: colour.text }}
      data-status={status ?? 'none'}
    >
      {status ? strings.status[status] : strings.noInstancesShort}
    </span>
  );
}

export function SeverityBadge({ severity }: { readonly severity: Relation['severity'] }) {
  const strings = useStrings().relations;
  const styles = useStyles();
  return <span className={mergeClasses(styles.badge, styles.severity)}>{strings.severity[severity]}</span>;
}

import type { AccessMatrixCell } from '@localplus/plugin-access-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import AllowIcon from '@material-ui/icons/CheckCircle';
import ConditionalIcon from '@material-ui/icons/Help';
import DenyIcon from '@material-ui/icons/Block';

const useStyles = makeStyles(theme => ({
  // Icon over word: seven role columns then fit beside the permission
  // names at 1024 px with the sidebar open.
  cell: {
    display: 'inline-flex',
    flexDirection: 'column',
    alignItems: 'center',
    gap: 2,
    whiteSpace: 'nowrap',
  },
  allow: { color: theme.palette.success.main },
  conditional: { color: theme.palette.warning.dark },
  deny: { color: theme.palette.text.disabled },
}));

/** The word each decision shows; every conditional grant of the policy is an `owner` rule. */
export const DECISION_LABELS = {
  allow: 'Allow',
  conditional: 'If owner',
  deny: 'Deny',
} as const;

const ICONS = {
  allow: AllowIcon,
  conditional: ConditionalIcon,
  deny: DenyIcon,
} as const;

/**
 * A decision of the matrix: an icon and a word, the rule and the condition
 * on hover, and for a conditional grant the number of the footnote that
 * spells out its condition.
 */
export function DecisionCell(props: {
  cell?: AccessMatrixCell;
  footnote?: number;
}) {
  const classes = useStyles();
  const cell = props.cell ?? { decision: 'deny', ruleId: 'default-deny' };
  const Icon = ICONS[cell.decision];
  const title = `Rule ${cell.ruleId}${
    cell.condition ? `: ${cell.condition}` : ''
  }`;
  return (
    <span
      title={title}
      data-decision={cell.decision}
      data-rule={cell.ruleId}
      className={`${classes.cell} ${classes[cell.decision]}`}
    >
      <Icon fontSize="small" aria-hidden />
      <Typography variant="caption" component="span">
        {DECISION_LABELS[cell.decision]}
        {props.footnote !== undefined && <sup>{props.footnote}</sup>}
      </Typography>
    </span>
  );
}

import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import type { Severity } from '@localplus/plugin-oncall-common';

const LABELS: Record<Severity, string> = {
  P1: 'P1 critical',
  P2: 'P2 high',
  P3: 'P3 medium',
  P4: 'P4 low',
};

const useStyles = makeStyles(theme => ({
  P1: {
    backgroundColor: theme.palette.error.main,
    color: theme.palette.error.contrastText,
  },
  P2: {
    backgroundColor: theme.palette.warning.main,
    color: theme.palette.warning.contrastText,
  },
  P3: {
    backgroundColor: theme.palette.info.main,
    color: theme.palette.info.contrastText,
  },
  P4: {},
}));

/** A page's severity, in words as well as colour: `P1 critical`. */
export function SeverityChip(props: { severity: Severity }) {
  const classes = useStyles();
  return (
    <Chip
      size="small"
      label={LABELS[props.severity] ?? props.severity}
      className={classes[props.severity]}
    />
  );
}

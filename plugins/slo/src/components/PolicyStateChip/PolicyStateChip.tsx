import Chip from '@material-ui/core/Chip';
import { makeStyles } from '@material-ui/core/styles';
import type { BudgetPolicyState } from '@localplus/plugin-slo-common';
import {
  POLICY_PRESENTATION,
  PolicyTone,
  UNKNOWN_STATE_LABEL,
} from '../../policy/policyPresentation';

const useStyles = makeStyles(theme => {
  // `&&` doubles the class so the colour beats MUI's default chip
  // background whatever order the style sheets are injected in.
  const filled = (background: string) => ({
    '&&': {
      backgroundColor: background,
      color: theme.palette.getContrastText(background),
      fontWeight: theme.typography.fontWeightBold as number,
    },
  });
  return {
    ok: filled(theme.palette.status.ok),
    warning: filled(theme.palette.status.warning),
    error: filled(theme.palette.status.error),
    critical: filled(theme.palette.type === 'dark' ? '#ff5252' : '#8b0000'),
    unknown: filled(theme.palette.grey[500]),
  } satisfies Record<PolicyTone, unknown>;
});

/** The budget policy state as a coloured chip whose text is the state's name. */
export function PolicyStateChip(props: {
  state: BudgetPolicyState | null | undefined;
  size?: 'small' | 'medium';
}) {
  const { state, size = 'small' } = props;
  const classes = useStyles();
  const presentation = state ? POLICY_PRESENTATION[state] : undefined;
  return (
    <Chip
      size={size}
      className={classes[presentation?.tone ?? 'unknown']}
      label={presentation?.label ?? UNKNOWN_STATE_LABEL}
    />
  );
}

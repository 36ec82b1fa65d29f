import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import type { DecisionStatus } from '@localplus/plugin-adr-common';
import { statusColour, statusName } from './statusColour';

/** A decision's status as a small coloured chip; the status as written is its tooltip. */
export function StatusChip(props: {
  status: DecisionStatus;
  statusText?: string;
}) {
  const theme = useTheme();
  const background = statusColour(theme, props.status);
  return (
    <Chip
      size="small"
      label={statusName(props.status)}
      title={props.statusText}
      data-status={props.status}
      style={{
        backgroundColor: background,
        color: theme.palette.getContrastText(background),
        margin: 0,
      }}
    />
  );
}

import Chip from '@material-ui/core/Chip';
import { useTheme } from '@material-ui/core/styles';
import type { ObservationResult } from '@localplus/plugin-compliance-common';
import { resultName, ShownStatus, statusName } from '../../format/statusNames';
import { statusColour } from './statusColour';

function ColouredChip(props: { label: string; colour: string; data: string }) {
  const theme = useTheme();
  return (
    <Chip
      size="small"
      label={props.label}
      data-status={props.data}
      style={{
        backgroundColor: props.colour,
        color: theme.palette.getContrastText(props.colour),
        margin: 0,
      }}
    />
  );
}

/** A control's status (for a subject or overall) as a small coloured chip. */
export function StatusChip(props: { status: ShownStatus }) {
  const theme = useTheme();
  return (
    <ColouredChip
      label={statusName(props.status)}
      colour={statusColour(theme, props.status)}
      data={props.status}
    />
  );
}

/** An observation's result as a small coloured chip. */
export function ResultChip(props: { result: ObservationResult }) {
  const theme = useTheme();
  return (
    <ColouredChip
      label={resultName(props.result)}
      colour={statusColour(theme, props.result)}
      data={props.result}
    />
  );
}

import TextField from '@material-ui/core/TextField';
import { MAX_REASON_LENGTH } from './validateRequests';

/** Why the schedule changes: required, kept in the change log. */
export function ReasonField(props: {
  id: string;
  value: string;
  error?: string;
  onChange: (reason: string) => void;
}) {
  return (
    <TextField
      id={props.id}
      label="Reason"
      value={props.value}
      onChange={event => props.onChange(event.target.value)}
      required
      error={Boolean(props.error)}
      helperText={props.error ?? 'Recorded in the change log'}
      inputProps={{ maxLength: MAX_REASON_LENGTH }}
      fullWidth
      multiline
      minRows={2}
      margin="dense"
      variant="outlined"
    />
  );
}

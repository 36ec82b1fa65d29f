import Alert from '@material-ui/lab/Alert';

/** The backend's refusal or the confirmation, under a form's button. */
export function FormOutcome(props: {
  refusal?: string;
  confirmation?: string;
}) {
  if (props.refusal) {
    return (
      <Alert severity="error" role="alert">
        {props.refusal}
      </Alert>
    );
  }
  if (props.confirmation) {
    return (
      <Alert severity="success" role="status">
        {props.confirmation}
      </Alert>
    );
  }
  return null;
}

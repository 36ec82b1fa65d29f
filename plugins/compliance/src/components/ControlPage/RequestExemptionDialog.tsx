import { useApi } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { complianceApiRef } from '../../api/complianceApiRef';
import { errorMessage } from '../../api/responseErrors';
import { todayUtc } from '../../period/periodPresets';

/** The backend's bounds on a justification. */
const MIN_JUSTIFICATION = 20;
const MAX_JUSTIFICATION = 4000;
/** The expiry offered by default: a quarter, so the exemption is looked at again. */
const DEFAULT_DAYS = 90;

/**
 * Asks for an exemption of one control for one subject: a justification
 * and an expiry; someone from security approves or rejects it. The backend
 * checks both again and its refusal is shown in its words.
 */
export function RequestExemptionDialog(props: {
  controlId: string;
  subject: string;
  onClose: () => void;
  onRequested: () => void;
}) {
  const api = useApi(complianceApiRef);
  const tomorrow = todayUtc().plus({ days: 1 }).toISODate()!;
  const [justification, setJustification] = useState('');
  const [expiresOn, setExpiresOn] = useState(
    todayUtc().plus({ days: DEFAULT_DAYS }).toISODate()!,
  );
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();

  const length = justification.trim().length;
  const expiry = DateTime.fromISO(expiresOn, { zone: 'utc' });
  let problem: string | undefined;
  if (length < MIN_JUSTIFICATION) {
    problem = `Say why the control cannot apply (at least ${MIN_JUSTIFICATION} characters).`;
  } else if (length > MAX_JUSTIFICATION) {
    problem = `At most ${MAX_JUSTIFICATION} characters.`;
  } else if (!expiry.isValid || expiresOn < tomorrow) {
    problem = 'Choose an expiry after today.';
  }

  const send = async () => {
    setSending(true);
    setFailure(undefined);
    try {
      await api.requestExemption({
        controlId: props.controlId,
        subject: props.subject,
        justification: justification.trim(),
        expiresAt: expiry.toISO()!,
      });
      props.onRequested();
    } catch (error) {
      setFailure(`The request was refused: ${errorMessage(error)}`);
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="sm">
      <DialogTitle>Request an exemption</DialogTitle>
      <DialogContent>
        <Typography
          variant="body2"
          paragraph
          style={{ overflowWrap: 'anywhere' }}
        >
          Control <code>{props.controlId}</code> for{' '}
          <code>{props.subject}</code>. Security approves or rejects it; until
          then the subject keeps its status.
        </Typography>
        <TextField
          id="compliance-exemption-justification"
          label="Justification"
          multiline
          minRows={4}
          fullWidth
          variant="outlined"
          value={justification}
          onChange={event => setJustification(event.target.value)}
          helperText={`${length} of at least ${MIN_JUSTIFICATION} characters`}
          inputProps={{ maxLength: MAX_JUSTIFICATION }}
          margin="normal"
        />
        <TextField
          id="compliance-exemption-expiry"
          label="Expires on"
          type="date"
          variant="outlined"
          value={expiresOn}
          onChange={event => setExpiresOn(event.target.value)}
          InputLabelProps={{ shrink: true }}
          inputProps={{ min: tomorrow }}
          helperText="It stops applying at the start of this day (UTC)."
          margin="normal"
        />
        {problem && (
          <Typography variant="body2" color="textSecondary">
            {problem}
          </Typography>
        )}
        {failure && (
          <Typography variant="body2" color="error" role="alert">
            {failure}
          </Typography>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={props.onClose}>Cancel</Button>
        <Button
          color="primary"
          variant="contained"
          onClick={send}
          disabled={sending || Boolean(problem)}
        >
          Request exemption
        </Button>
      </DialogActions>
    </Dialog>
  );
}

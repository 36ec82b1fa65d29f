import { useApi } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type { ComplianceExemption } from '@localplus/plugin-compliance-common';
import { useState } from 'react';
import { complianceApiRef } from '../../api/complianceApiRef';
import { errorMessage } from '../../api/responseErrors';
import { formatDay } from '../../format/formatInstant';

const MAX_COMMENT = 2000;

/**
 * Approves or rejects a requested exemption. A rejection says why (the
 * backend requires it); an approval may. The backend also refuses the
 * requester deciding their own request.
 */
export function DecideExemptionDialog(props: {
  exemption: ComplianceExemption;
  decision: 'approve' | 'reject';
  onClose: () => void;
  onDecided: () => void;
}) {
  const api = useApi(complianceApiRef);
  const { exemption, decision } = props;
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string>();
  const text = comment.trim();
  const missing = decision === 'reject' && text.length === 0;

  const send = async () => {
    setSending(true);
    setFailure(undefined);
    try {
      if (decision === 'approve') {
        await api.approveExemption(exemption.id, text || undefined);
      } else {
        await api.rejectExemption(exemption.id, text);
      }
      props.onDecided();
    } catch (error) {
      setFailure(`The decision was refused: ${errorMessage(error)}`);
    } finally {
      setSending(false);
    }
  };

  const verb = decision === 'approve' ? 'Approve' : 'Reject';
  return (
    <Dialog open onClose={props.onClose} fullWidth maxWidth="sm">
      <DialogTitle>{verb} the exemption</DialogTitle>
      <DialogContent>
        <Typography
          variant="body2"
          paragraph
          style={{ overflowWrap: 'anywhere' }}
        >
          <code>{exemption.subject}</code>, asked by {exemption.requestedBy}{' '}
          until {formatDay(exemption.expiresAt)}:
        </Typography>
        <Typography
          variant="body2"
          paragraph
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {exemption.justification}
        </Typography>
        <TextField
          id="compliance-exemption-comment"
          label={
            decision === 'reject' ? 'Why it is rejected' : 'Comment (optional)'
          }
          // One line: the backend refuses control characters in a comment.
          fullWidth
          variant="outlined"
          value={comment}
          onChange={event => setComment(event.target.value)}
          inputProps={{ maxLength: MAX_COMMENT }}
          required={decision === 'reject'}
        />
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
          disabled={sending || missing}
        >
          {verb}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

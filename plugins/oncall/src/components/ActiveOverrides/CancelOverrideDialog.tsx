import { useApi } from '@backstage/frontend-plugin-api';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import type { ScheduleOverride } from '@localplus/plugin-oncall-common';
import { FormEvent, useState } from 'react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { FormOutcome } from '../OverrideForms/FormOutcome';
import { ReasonField } from '../OverrideForms/ReasonField';
import { useSubmission } from '../OverrideForms/useSubmission';
import { MAX_REASON_LENGTH } from '../OverrideForms/validateRequests';

/** Asks why before cancelling an override (both halves, for a swap). */
export function CancelOverrideDialog(props: {
  override: ScheduleOverride;
  description: string;
  onClose: () => void;
  onCancelled: () => void;
}) {
  const api = useApi(onCallApiRef);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const { busy, refusal, submit } = useSubmission();
  const isSwap = Boolean(props.override.swapId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError('Give a reason: it is recorded in the change log');
      return;
    }
    if (reason.length > MAX_REASON_LENGTH) {
      setError(`Keep the reason under ${MAX_REASON_LENGTH} characters`);
      return;
    }
    setError(undefined);
    const done = await submit(async () => {
      await api.cancelOverride(props.override.id, { reason: reason.trim() });
      return 'Cancelled';
    });
    if (done) {
      props.onCancelled();
    }
  };

  return (
    <Dialog open onClose={props.onClose} aria-labelledby="oncall-cancel-title">
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id="oncall-cancel-title">
          {isSwap ? 'Cancel the swap' : 'Cancel the override'}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {props.description}
            {isSwap && ' Both halves of the swap are cancelled.'}
          </DialogContentText>
          <ReasonField
            id="oncall-cancel-reason"
            value={reason}
            error={error}
            onChange={setReason}
          />
          <FormOutcome refusal={refusal} />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose}>Keep it</Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={busy}
          >
            {isSwap ? 'Cancel swap' : 'Cancel override'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

import { CopyTextButton } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import AlertTitle from '@material-ui/lab/AlertTitle';
import type {
  CalendarLink,
  RotationSummary,
} from '@localplus/plugin-oncall-common';
import { useState } from 'react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { FormOutcome } from '../OverrideForms/FormOutcome';
import { useSubmission } from '../OverrideForms/useSubmission';

const MINE = '';

/**
 * Creates a calendar feed of one's shifts or of a rotation, and shows its
 * secret address this once, with a copy button and a warning.
 */
export function NewCalendarLink(props: {
  rotations: RotationSummary[];
  onCreated: () => void;
}) {
  const api = useApi(onCallApiRef);
  const [target, setTarget] = useState(MINE);
  const [created, setCreated] = useState<CalendarLink>();
  const { busy, refusal, submit } = useSubmission();

  const create = async () => {
    setCreated(undefined);
    const done = await submit(async () => {
      const link = await api.createCalendarLink(
        target === MINE ? { scope: 'person' } : { scope: 'rotation', target },
      );
      setCreated(link);
      return 'Created';
    });
    if (done) {
      props.onCreated();
    }
  };

  return (
    <Box>
      <Box display="flex" alignItems="center" flexWrap="wrap" gridGap={16}>
        <TextField
          id="oncall-calendar-target"
          select
          label="Calendar of"
          value={target}
          onChange={event => setTarget(event.target.value)}
          SelectProps={{ native: true }}
          variant="outlined"
          margin="dense"
        >
          <option value={MINE}>My shifts</option>
          {props.rotations.map(r => (
            <option key={r.name} value={r.name}>
              {r.title}
            </option>
          ))}
        </TextField>
        <Button
          variant="contained"
          color="primary"
          onClick={create}
          disabled={busy}
        >
          Create calendar link
        </Button>
      </Box>
      <FormOutcome refusal={refusal} />
      {created?.url && (
        <Alert severity="warning" role="status">
          <AlertTitle>Copy this link now: it is shown only once</AlertTitle>
          The link is secret: anyone who has it can read these shifts without
          signing in. Add it to your calendar application as a subscription, do
          not share it, and revoke it below if it leaks.
          <Box display="flex" alignItems="center" mt={1} gridGap={8}>
            <TextField
              id="oncall-calendar-url"
              label="Calendar link"
              value={created.url}
              InputProps={{ readOnly: true }}
              onFocus={event => event.target.select()}
              fullWidth
              variant="outlined"
              margin="dense"
            />
            <CopyTextButton
              text={created.url}
              aria-label="Copy the calendar link"
            />
          </Box>
        </Alert>
      )}
    </Box>
  );
}

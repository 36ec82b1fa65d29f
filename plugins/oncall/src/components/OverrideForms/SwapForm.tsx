import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import type {
  OnCallRole,
  RotationSchedule,
  RotationSummary,
} from '@localplus/plugin-oncall-common';
import { FormEvent, useState } from 'react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { formatSpan } from '../../format/formatInstant';
import { personName } from '../../format/personName';
import { FormOutcome } from './FormOutcome';
import { ReasonField } from './ReasonField';
import { RoleField } from './RoleField';
import { swapCandidates } from './swapCandidates';
import { useSubmission } from './useSubmission';
import { FieldErrors, SwapFields, validateSwap } from './validateRequests';

/**
 * Trades two shifts of a role between their holders, picked from the
 * shifts of the next 8 weeks.
 */
export function SwapForm(props: {
  summary: RotationSummary;
  roles: OnCallRole[];
  schedule?: RotationSchedule;
  onSaved: () => void;
}) {
  const { summary, roles, schedule } = props;
  const api = useApi(onCallApiRef);
  const [fields, setFields] = useState<SwapFields>({
    role: roles[0] ?? 'primary',
    first: '',
    second: '',
    reason: '',
  });
  const [errors, setErrors] = useState<FieldErrors<keyof SwapFields>>({});
  const { busy, refusal, confirmation, submit } = useSubmission();
  const people = schedule?.people ?? {};
  const candidates = swapCandidates(schedule, fields.role);
  const set = (change: Partial<SwapFields>) =>
    setFields(current => ({ ...current, ...change }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateSwap(fields);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const saved = await submit(async () => {
      await api.createSwap(summary.name, checked.request);
      return 'The two shifts were swapped.';
    });
    if (saved) {
      setFields(current => ({ ...current, first: '', second: '', reason: '' }));
      props.onSaved();
    }
  };

  const shiftField = (key: 'first' | 'second', label: string) => (
    <TextField
      id={`oncall-swap-${key}`}
      select
      label={label}
      value={fields[key]}
      onChange={event => set({ [key]: event.target.value })}
      required
      error={Boolean(errors[key])}
      helperText={errors[key]}
      SelectProps={{ native: true }}
      InputLabelProps={{ shrink: true }}
      fullWidth
      margin="dense"
      variant="outlined"
    >
      <option value="">Choose a shift</option>
      {candidates.map(shift => (
        <option key={shift.start} value={shift.start}>
          {formatSpan(shift.start, shift.end)} ·{' '}
          {personName(people, shift.user)}
        </option>
      ))}
    </TextField>
  );

  return (
    <form aria-label="Swap" onSubmit={onSubmit} noValidate>
      <RoleField
        id="oncall-swap-role"
        roles={roles}
        value={fields.role}
        onChange={role => set({ role, first: '', second: '' })}
      />
      {shiftField('first', 'First shift')}
      {shiftField('second', 'Second shift')}
      {schedule && candidates.length < 2 && (
        <Typography variant="caption" color="textSecondary" component="p">
          Fewer than two shifts to come in the next 8 weeks.
        </Typography>
      )}
      <ReasonField
        id="oncall-swap-reason"
        value={fields.reason}
        error={errors.reason}
        onChange={reason => set({ reason })}
      />
      <Box mt={1} mb={1}>
        <Button
          type="submit"
          variant="contained"
          color="primary"
          disabled={busy}
        >
          Swap shifts
        </Button>
      </Box>
      <FormOutcome refusal={refusal} confirmation={confirmation} />
    </form>
  );
}

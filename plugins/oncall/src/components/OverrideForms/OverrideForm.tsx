import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import type {
  OnCallPerson,
  OnCallRole,
  RotationSummary,
} from '@localplus/plugin-oncall-common';
import { FormEvent, useState } from 'react';
import { onCallApiRef } from '../../api/onCallApiRef';
import { formatInstant } from '../../format/formatInstant';
import { personName } from '../../format/personName';
import { FormOutcome } from './FormOutcome';
import { ReasonField } from './ReasonField';
import { RoleField } from './RoleField';
import { useSubmission } from './useSubmission';
import {
  FieldErrors,
  OverrideFields,
  validateOverride,
} from './validateRequests';
import { zonedInputToIso } from './zonedInput';

const EMPTY = { from: '', to: '', user: '', reason: '' };

/** What a zoned input means on the viewer's clock, when that differs. */
function inputHint(value: string, zone: string, error?: string): string {
  if (error) {
    return error;
  }
  const iso = zonedInputToIso(value, zone);
  const local = iso && formatInstant(iso, zone);
  return local && local.includes('(')
    ? `${zone} time; yours: ${local.split(' (')[0]}`
    : `${zone} time`;
}

/**
 * Puts someone else in a role over a span: the span is typed in the
 * rotation's time zone, the person is one of the rotation's members.
 */
export function OverrideForm(props: {
  summary: RotationSummary;
  roles: OnCallRole[];
  people: Record<string, OnCallPerson>;
  onSaved: () => void;
}) {
  const { summary, roles, people } = props;
  const api = useApi(onCallApiRef);
  const [fields, setFields] = useState<OverrideFields>({
    role: roles[0] ?? 'primary',
    ...EMPTY,
  });
  const [errors, setErrors] = useState<FieldErrors<keyof OverrideFields>>({});
  const { busy, refusal, confirmation, submit } = useSubmission();
  const zone = summary.timeZone;
  const members = [...new Set(summary.layers.flatMap(l => l.members))];
  const set = (change: Partial<OverrideFields>) =>
    setFields(current => ({ ...current, ...change }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = validateOverride(fields, zone);
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    const saved = await submit(async () => {
      const override = await api.createOverride(summary.name, checked.request);
      return `${personName(people, override.user)} takes ${
        override.role
      } from ${formatInstant(override.start, zone)} to ${formatInstant(
        override.end,
        zone,
      )}.`;
    });
    if (saved) {
      setFields(current => ({ ...current, ...EMPTY }));
      props.onSaved();
    }
  };

  return (
    <form aria-label="Override" onSubmit={onSubmit} noValidate>
      <RoleField
        id="oncall-override-role"
        roles={roles}
        value={fields.role}
        onChange={role => set({ role })}
      />
      <Grid container spacing={1}>
        {(['from', 'to'] as const).map(key => (
          <Grid item xs={12} sm={6} key={key}>
            <TextField
              id={`oncall-override-${key}`}
              label={key === 'from' ? 'From' : 'To'}
              type="datetime-local"
              value={fields[key]}
              onChange={event => set({ [key]: event.target.value })}
              required
              error={Boolean(errors[key])}
              helperText={inputHint(fields[key], zone, errors[key])}
              InputLabelProps={{ shrink: true }}
              fullWidth
              margin="dense"
              variant="outlined"
            />
          </Grid>
        ))}
      </Grid>
      <TextField
        id="oncall-override-user"
        select
        label="Who takes over"
        value={fields.user}
        onChange={event => set({ user: event.target.value })}
        required
        error={Boolean(errors.user)}
        helperText={errors.user}
        SelectProps={{ native: true }}
        InputLabelProps={{ shrink: true }}
        fullWidth
        margin="dense"
        variant="outlined"
      >
        <option value="">Choose a member</option>
        {members.map(ref => (
          <option key={ref} value={ref}>
            {personName(people, ref)}
          </option>
        ))}
      </TextField>
      <ReasonField
        id="oncall-override-reason"
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
          Save override
        </Button>
      </Box>
      <FormOutcome refusal={refusal} confirmation={confirmation} />
    </form>
  );
}

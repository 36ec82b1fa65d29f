import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useEffect, useState } from 'react';

export type AuditFilterValues = {
  actor?: string;
  outcome?: string;
  action?: string;
};

const OUTCOMES = [
  ['', 'Any'],
  ['denied', 'Denied'],
  ['allowed', 'Allowed'],
  ['conditional', 'Conditional'],
  ['succeeded', 'Succeeded'],
  ['failed', 'Failed'],
] as const;

/** Who, what and with which outcome; applied together. */
export function AuditFilters(props: {
  initial: AuditFilterValues;
  onApply: (filters: AuditFilterValues) => void;
}) {
  const { initial, onApply } = props;
  const [actor, setActor] = useState(initial.actor ?? '');
  const [outcome, setOutcome] = useState(initial.outcome ?? '');
  const [action, setAction] = useState(initial.action ?? '');
  useEffect(() => {
    setActor(initial.actor ?? '');
    setOutcome(initial.outcome ?? '');
    setAction(initial.action ?? '');
  }, [initial.actor, initial.outcome, initial.action]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply({ actor, outcome, action });
  };
  return (
    <form onSubmit={submit} role="search" aria-label="Filter the audit trail">
      <Grid container spacing={2} alignItems="flex-start">
        <Grid item xs={12} md={4}>
          <TextField
            id="audit-actor"
            label="Who"
            variant="outlined"
            fullWidth
            value={actor}
            onChange={e => setActor(e.target.value)}
            helperText="user:default/alice, or plugin:scaffolder"
          />
        </Grid>
        <Grid item xs={12} md={3}>
          <TextField
            id="audit-action"
            label="Action"
            variant="outlined"
            fullWidth
            value={action}
            onChange={e => setAction(e.target.value)}
            helperText="catalog.entity.delete, entity-mutate, task"
          />
        </Grid>
        <Grid item xs={12} md={3}>
          <TextField
            id="audit-outcome"
            label="Outcome"
            variant="outlined"
            fullWidth
            select
            SelectProps={{ native: true }}
            // "Any" is a value: the label must not sit on it.
            InputLabelProps={{ shrink: true }}
            value={outcome}
            onChange={e => setOutcome(e.target.value)}
          >
            {OUTCOMES.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </TextField>
        </Grid>
        <Grid item xs={12} md={2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            size="large"
          >
            Filter
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}

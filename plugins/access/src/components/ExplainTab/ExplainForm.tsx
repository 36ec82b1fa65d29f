import type { AccessPermissionSummary } from '@localplus/plugin-access-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useEffect, useState } from 'react';
import type { PersonOption } from '../../hooks/usePeopleOptions';
import { PermissionPicker } from '../PermissionPicker';
import { PersonPicker } from './PersonPicker';

export type ExplainInputs = {
  user?: string;
  permission?: string;
  resourceRef?: string;
};

/** The question: a person, a permission, and optionally an entity. */
export function ExplainForm(props: {
  people: PersonOption[];
  permissions: AccessPermissionSummary[];
  initial: ExplainInputs;
  onSubmit: (inputs: ExplainInputs) => void;
}) {
  const { people, permissions, initial, onSubmit } = props;
  const [user, setUser] = useState(initial.user ?? '');
  const [permission, setPermission] = useState(initial.permission ?? '');
  const [resourceRef, setResourceRef] = useState(initial.resourceRef ?? '');
  useEffect(() => {
    setUser(initial.user ?? '');
    setPermission(initial.permission ?? '');
    setResourceRef(initial.resourceRef ?? '');
  }, [initial.user, initial.permission, initial.resourceRef]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ user, permission, resourceRef });
  };
  return (
    <form onSubmit={submit} aria-label="Why denied">
      <Grid container spacing={2} alignItems="flex-start">
        <Grid item xs={12} md={6} lg={4}>
          <PersonPicker
            id="explain-user"
            people={people}
            value={user}
            onChange={setUser}
          />
        </Grid>
        <Grid item xs={12} md={6} lg={4}>
          <PermissionPicker
            id="explain-permission"
            permissions={permissions}
            value={permission}
            onChange={setPermission}
            required
          />
        </Grid>
        <Grid item xs={12} md={9} lg={3}>
          <TextField
            id="explain-resource"
            label="Entity (optional)"
            variant="outlined"
            fullWidth
            value={resourceRef}
            onChange={e => setResourceRef(e.target.value)}
            helperText="component:default/svc-ledger"
          />
        </Grid>
        <Grid item xs={12} md={3} lg={1}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            size="large"
            disabled={!user || !permission}
          >
            Ask
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}

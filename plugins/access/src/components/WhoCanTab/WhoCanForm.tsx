import type { AccessPermissionSummary } from '@localplus/plugin-access-common';
import Button from '@material-ui/core/Button';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { FormEvent, useEffect, useState } from 'react';
import { PermissionPicker } from '../PermissionPicker';

export type WhoCanInputs = { permission?: string; resourceRef?: string };

/** The question: a permission, and optionally an entity. */
export function WhoCanForm(props: {
  permissions: AccessPermissionSummary[];
  initial: WhoCanInputs;
  onSubmit: (inputs: WhoCanInputs) => void;
}) {
  const { permissions, initial, onSubmit } = props;
  const [permission, setPermission] = useState(initial.permission ?? '');
  const [resourceRef, setResourceRef] = useState(initial.resourceRef ?? '');
  // A link followed from elsewhere replaces what was typed.
  useEffect(() => {
    setPermission(initial.permission ?? '');
    setResourceRef(initial.resourceRef ?? '');
  }, [initial.permission, initial.resourceRef]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit({ permission, resourceRef });
  };
  return (
    <form onSubmit={submit} aria-label="Who can">
      <Grid container spacing={2} alignItems="flex-start">
        <Grid item xs={12} md={5}>
          <PermissionPicker
            id="who-can-permission"
            permissions={permissions}
            value={permission}
            onChange={setPermission}
            required
          />
        </Grid>
        <Grid item xs={12} md={5}>
          <TextField
            id="who-can-resource"
            label="Entity (optional)"
            variant="outlined"
            fullWidth
            value={resourceRef}
            onChange={e => setResourceRef(e.target.value)}
            helperText="component:default/svc-ledger: owners count too"
          />
        </Grid>
        <Grid item xs={12} md={2}>
          <Button
            type="submit"
            variant="contained"
            color="primary"
            disabled={!permission}
            size="large"
          >
            Ask
          </Button>
        </Grid>
      </Grid>
    </form>
  );
}

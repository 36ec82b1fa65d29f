import TextField from '@material-ui/core/TextField';
import type { OnCallRole } from '@localplus/plugin-oncall-common';

/** Primary or secondary, among the roles the rotation has layers for. */
export function RoleField(props: {
  id: string;
  roles: OnCallRole[];
  value: OnCallRole;
  onChange: (role: OnCallRole) => void;
}) {
  return (
    <TextField
      id={props.id}
      select
      label="Role"
      value={props.value}
      onChange={event => props.onChange(event.target.value as OnCallRole)}
      SelectProps={{ native: true }}
      fullWidth
      margin="dense"
      variant="outlined"
    >
      {props.roles.map(role => (
        <option key={role} value={role}>
          {role === 'primary' ? 'Primary' : 'Secondary'}
        </option>
      ))}
    </TextField>
  );
}

import type { AccessPermissionSummary } from '@localplus/plugin-access-common';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';

/**
 * Picks a permission among those the plugins declare, grouped by plugin. A
 * name from a link that the plugins no longer declare stays shown, so the
 * backend can say it is unknown.
 */
export function PermissionPicker(props: {
  id: string;
  permissions: AccessPermissionSummary[];
  value: string;
  onChange: (name: string) => void;
  required?: boolean;
}) {
  const { id, permissions, value, onChange, required } = props;
  const names = permissions.map(p => p.name);
  const pluginOf = new Map(
    permissions.map(p => [p.name, p.pluginId ?? 'other']),
  );
  const options = value && !names.includes(value) ? [value, ...names] : names;
  return (
    <Autocomplete
      id={id}
      options={options}
      groupBy={name => pluginOf.get(name) ?? 'other'}
      value={value || null}
      onChange={(_, next) => onChange(next ?? '')}
      renderInput={params => (
        <TextField
          {...params}
          label="Permission"
          variant="outlined"
          required={required}
          helperText="As its plugin declares it, e.g. catalog.entity.delete"
        />
      )}
    />
  );
}

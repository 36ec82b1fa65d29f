import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { shortRef } from '../../decisions/shortRef';

const ANY = '';

/**
 * One filter chosen from the values the index holds (the response's facets),
 * with their counts. The current value stays in the menu even when the
 * facets no longer list it, so the reader can see and undo it.
 */
export function FacetSelect(props: {
  id: string;
  label: string;
  value?: string;
  facet: Array<{ value: string; count: number }>;
  onChange: (value: string | undefined) => void;
}) {
  const options = [...props.facet];
  if (props.value && !options.some(o => o.value === props.value)) {
    options.unshift({ value: props.value, count: 0 });
  }
  return (
    <TextField
      select
      id={props.id}
      label={props.label}
      value={props.value ?? ANY}
      onChange={event => props.onChange(event.target.value || undefined)}
      variant="outlined"
      size="small"
      fullWidth
    >
      <MenuItem value={ANY}>Any</MenuItem>
      {options.map(option => (
        <MenuItem key={option.value} value={option.value}>
          {shortRef(option.value)}
          {option.count > 0 ? ` (${option.count})` : ''}
        </MenuItem>
      ))}
    </TextField>
  );
}

import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type { PersonOption } from '../../hooks/usePeopleOptions';

/** Picks a person by name, or takes a typed user ref (`user:default/alice`). */
export function PersonPicker(props: {
  id: string;
  people: PersonOption[];
  value: string;
  onChange: (userRef: string) => void;
}) {
  const { id, people, value, onChange } = props;
  const nameOf = new Map(people.map(p => [p.userRef, p.displayName]));
  return (
    <Autocomplete
      id={id}
      freeSolo
      options={people.map(p => p.userRef)}
      getOptionLabel={ref =>
        nameOf.get(ref) ? `${nameOf.get(ref)} (${ref})` : ref
      }
      value={value || null}
      onChange={(_, next) => onChange(next ?? '')}
      onInputChange={(_, text, reason) => {
        // Typed text is a ref; a picked option arrives through onChange.
        if (reason === 'input') onChange(text);
      }}
      renderInput={params => (
        <TextField
          {...params}
          label="Person"
          variant="outlined"
          required
          helperText="A name, or a user ref such as user:default/alice"
        />
      )}
    />
  );
}

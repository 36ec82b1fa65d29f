import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import type { DecisionSummary } from '@localplus/plugin-adr-common';
import { decisionLabel } from '../../decisions/decisionLabel';
import { shortRef } from '../../decisions/shortRef';
import { DEPTHS } from './graphParams';

function optionLabel(decision: DecisionSummary): string {
  return `${decisionLabel(decision)} (${shortRef(decision.entityRef)})`;
}

/** Which decision to draw the graph around, and how many links away to go. */
export function FocusPicker(props: {
  decisions: DecisionSummary[];
  focus?: string;
  depth: number;
  onChange: (focus: string | undefined, depth: number) => void;
}) {
  const options = [...props.decisions].sort((a, b) =>
    optionLabel(a).localeCompare(optionLabel(b)),
  );
  const value = options.find(d => d.id === props.focus) ?? null;
  return (
    <>
      <Autocomplete
        id="adr-graph-focus"
        options={options}
        value={value}
        getOptionLabel={optionLabel}
        getOptionSelected={(option, selected) => option.id === selected.id}
        onChange={(_event, chosen) => props.onChange(chosen?.id, props.depth)}
        style={{ minWidth: '18rem', flex: '1 1 24rem', maxWidth: '40rem' }}
        renderInput={params => (
          <TextField
            {...params}
            label="Draw around the decision"
            placeholder="The whole log"
            variant="outlined"
            size="small"
          />
        )}
      />
      <TextField
        select
        id="adr-graph-depth"
        label="Links away"
        value={props.depth}
        disabled={!props.focus}
        onChange={event =>
          props.onChange(props.focus, Number(event.target.value))
        }
        variant="outlined"
        size="small"
        style={{ minWidth: '8rem' }}
      >
        {DEPTHS.map(depth => (
          <MenuItem key={depth} value={depth}>
            {depth}
          </MenuItem>
        ))}
      </TextField>
    </>
  );
}

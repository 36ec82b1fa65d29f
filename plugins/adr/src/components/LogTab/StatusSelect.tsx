import Checkbox from '@material-ui/core/Checkbox';
import ListItemText from '@material-ui/core/ListItemText';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import {
  DECISION_STATUSES,
  DecisionFacets,
  DecisionStatus,
} from '@localplus/plugin-adr-common';
import { decisionCount } from '../../decisions/decisionCount';
import { statusName } from '../StatusChip';

/** Any number of statuses; none chosen means every status. */
export function StatusSelect(props: {
  value: DecisionStatus[];
  facet: DecisionFacets['statuses'];
  onChange: (value: DecisionStatus[]) => void;
}) {
  const countOf = (status: DecisionStatus) => {
    const count = props.facet.find(f => f.value === status)?.count;
    return count ? decisionCount(count) : undefined;
  };
  return (
    <TextField
      select
      id="adr-filter-status"
      label="Status"
      value={props.value}
      onChange={event => {
        const chosen = event.target.value as unknown as DecisionStatus[];
        // Kept in the lifecycle's order, so the link does not depend on clicks.
        props.onChange(DECISION_STATUSES.filter(s => chosen.includes(s)));
      }}
      SelectProps={{
        multiple: true,
        displayEmpty: true,
        renderValue: selected => {
          const statuses = selected as DecisionStatus[];
          return statuses.length === 0
            ? 'Any'
            : statuses.map(statusName).join(', ');
        },
      }}
      InputLabelProps={{ shrink: true }}
      variant="outlined"
      size="small"
      fullWidth
    >
      {DECISION_STATUSES.map(status => (
        <MenuItem key={status} value={status}>
          <Checkbox
            size="small"
            checked={props.value.includes(status)}
            inputProps={{ 'aria-hidden': true }}
          />
          <ListItemText
            primary={statusName(status)}
            secondary={countOf(status)}
          />
        </MenuItem>
      ))}
    </TextField>
  );
}

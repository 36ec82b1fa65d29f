import Box from '@material-ui/core/Box';
import TextField from '@material-ui/core/TextField';
import { PERIOD_LABELS, PeriodChoice, PeriodKind } from './fairnessPeriods';

/** Which period the report covers: a running one, or two days of the viewer's calendar. */
export function FairnessPeriodPicker(props: {
  value: PeriodChoice;
  error?: string;
  onChange: (choice: PeriodChoice) => void;
}) {
  const { value, onChange } = props;
  return (
    <Box display="flex" flexWrap="wrap" gridGap={16}>
      <TextField
        id="oncall-fairness-period"
        select
        label="Period"
        value={value.kind}
        onChange={event =>
          onChange({ ...value, kind: event.target.value as PeriodKind })
        }
        SelectProps={{ native: true }}
        variant="outlined"
        margin="dense"
      >
        {(Object.keys(PERIOD_LABELS) as PeriodKind[]).map(kind => (
          <option key={kind} value={kind}>
            {PERIOD_LABELS[kind]}
          </option>
        ))}
      </TextField>
      {value.kind === 'custom' && (
        <>
          <TextField
            id="oncall-fairness-from"
            label="First day"
            type="date"
            value={value.fromDate}
            onChange={event =>
              onChange({ ...value, fromDate: event.target.value })
            }
            InputLabelProps={{ shrink: true }}
            variant="outlined"
            margin="dense"
          />
          <TextField
            id="oncall-fairness-to"
            label="Last day"
            type="date"
            value={value.toDate}
            onChange={event =>
              onChange({ ...value, toDate: event.target.value })
            }
            error={Boolean(props.error)}
            helperText={props.error}
            InputLabelProps={{ shrink: true }}
            variant="outlined"
            margin="dense"
          />
        </>
      )}
    </Box>
  );
}

import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import TextField from '@material-ui/core/TextField';
import { useState } from 'react';
import { useEntityOnCall } from '../../hooks/useEntityOnCall';
import { OnCallSummary } from '../OnCallCard';
import { SeverityMatrix } from '../SeverityMatrix';
import { RotationWorkspace } from './RotationWorkspace';

/** Card titles are headings, for screen readers and the tests. */
const H2 = { component: 'h2' } as const;

/**
 * The On call tab of services and groups: who is on call now with the
 * severity matrix and incident workflow beside it, then the schedule of the
 * rotation (one at a time when several answer) and how to change it.
 */
export function EntityOnCallContent() {
  const { entity } = useEntity();
  const onCall = useEntityOnCall(entity);
  const [chosen, setChosen] = useState<string>();

  if (onCall.error) {
    return (
      <ResponseErrorPanel
        title="Could not load who is on call"
        error={onCall.error}
      />
    );
  }
  if (!onCall.value) {
    return <Progress />;
  }
  const { rotations, people } = onCall.value;
  const selected =
    rotations.find(r => r.summary.name === chosen) ?? rotations[0];

  return (
    <Grid container spacing={3}>
      <Grid item xs={12} lg={6}>
        <InfoCard titleTypographyProps={H2} title="On call now">
          <OnCallSummary onCall={onCall.value} kind={entity.kind} />
        </InfoCard>
      </Grid>
      <Grid item xs={12} lg={6}>
        <SeverityMatrix />
      </Grid>
      {rotations.length > 1 && (
        <Grid item xs={12} sm={6} md={4}>
          <TextField
            id="oncall-rotation"
            select
            label="Rotation"
            value={selected.summary.name}
            onChange={event => setChosen(event.target.value)}
            SelectProps={{ native: true }}
            fullWidth
            variant="outlined"
            margin="dense"
          >
            {rotations.map(r => (
              <option key={r.summary.name} value={r.summary.name}>
                {r.summary.title}
              </option>
            ))}
          </TextField>
        </Grid>
      )}
      {selected && (
        <Grid item xs={12}>
          <RotationWorkspace
            key={selected.summary.name}
            summary={selected.summary}
            people={people}
            onChanged={onCall.reload}
          />
        </Grid>
      )}
    </Grid>
  );
}

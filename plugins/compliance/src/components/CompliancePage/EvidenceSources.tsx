import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { EvaluationRun } from '@localplus/plugin-compliance-common';
import { useAsyncResult } from '@localplus/portal-react';
import { complianceApiRef } from '../../api/complianceApiRef';
import { formatInstant } from '../../format/formatInstant';
import { LoadError } from '../LoadError';

/** How many recent runs the section lists. */
export const RECENT_RUNS = 5;

const useStyles = makeStyles(theme => ({
  list: { margin: 0, paddingLeft: theme.spacing(2.5) },
  chips: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(0.5),
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
}));

function describeRun(run: EvaluationRun): string {
  const trigger =
    run.trigger === 'on-demand'
      ? `on demand${run.requestedBy ? ` by ${run.requestedBy}` : ''}`
      : 'scheduled';
  const observations =
    run.observationCount === 1
      ? '1 observation'
      : `${run.observationCount} observations`;
  return `${formatInstant(run.startedAt)}: ${
    run.status
  }, ${trigger}, ${observations}`;
}

/**
 * Where the evidence comes from: the installed collectors and their checks,
 * the latest runs, and the collectors that failed as a whole in the latest
 * one (their checks then read `error`, which the auditor should know why).
 */
export function EvidenceSources(props: { reloadKey?: number }) {
  const api = useApi(complianceApiRef);
  const classes = useStyles();
  const key = String(props.reloadKey ?? 0);
  const collectors = useAsyncResult(
    () => api.getCollectors(),
    `collectors ${key}`,
  );
  const runs = useAsyncResult(
    () => api.getRuns({ limit: RECENT_RUNS }),
    `runs ${key}`,
  );

  const latest = runs.value?.items[0];
  return (
    <InfoCard title="Evidence sources">
      {runs.error && (
        <LoadError what="The runs could not be loaded" error={runs.error} />
      )}
      {!runs.value && !runs.error && <Progress />}
      {runs.value && (
        <Box mb={2}>
          <Typography variant="body2">
            {latest
              ? `Last run ${describeRun(latest)}`
              : 'No evaluation has run yet.'}
          </Typography>
          {latest && latest.collectorErrors.length > 0 && (
            <Box mt={1} role="region" aria-label="Collector errors">
              <Typography variant="body2" color="error">
                Collectors that failed in the last run:
              </Typography>
              <ul className={classes.list}>
                {latest.collectorErrors.map(failure => (
                  <li key={failure.collector}>
                    <Typography variant="body2">
                      <strong>{failure.collector}</strong>: {failure.message}
                    </Typography>
                  </li>
                ))}
              </ul>
            </Box>
          )}
          {runs.value.items.length > 1 && (
            <Box mt={1}>
              <Typography variant="subtitle2" component="h3">
                Recent runs
              </Typography>
              <ul className={classes.list} aria-label="Recent runs">
                {runs.value.items.map(run => (
                  <li key={run.id}>
                    <Typography variant="body2">{describeRun(run)}</Typography>
                  </li>
                ))}
              </ul>
            </Box>
          )}
        </Box>
      )}
      {collectors.error && (
        <LoadError
          what="The collectors could not be loaded"
          error={collectors.error}
        />
      )}
      {collectors.value && (
        <Box>
          <Typography variant="subtitle2" component="h3" gutterBottom>
            Collectors
          </Typography>
          <ul className={classes.chips} aria-label="Collectors">
            {collectors.value.items.map(collector => (
              <li key={collector.id}>
                <Tooltip
                  title={`${collector.description} Checks: ${collector.checks
                    .map(check => check.id)
                    .join(', ')}`}
                >
                  <Chip
                    size="small"
                    variant="outlined"
                    label={`${collector.title} (${
                      collector.checks.length === 1
                        ? '1 check'
                        : `${collector.checks.length} checks`
                    })`}
                  />
                </Tooltip>
              </li>
            ))}
          </ul>
        </Box>
      )}
    </InfoCard>
  );
}

import { InfoCard } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Divider from '@material-ui/core/Divider';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { ObjectiveReport } from '@localplus/plugin-slo-common';
import { formatWindow } from '../../format/formatWindow';
import { AlertTable } from './AlertTable';
import { BudgetBurnDownChart } from './BudgetBurnDownChart';
import { BudgetHistory } from './BudgetHistory';
import { BudgetSummary } from './BudgetSummary';
import { BurnRateTable } from './BurnRateTable';
import type { ObjectiveHistoryState } from './objectiveHistory';
import { ObjectiveLinks } from './ObjectiveLinks';
import { ObjectiveStatusBanner } from './ObjectiveStatusBanner';
import { objectiveValues } from './objectiveValues';
import { PolicySummary } from './PolicySummary';
import { SliChart } from './SliChart';
import { SliSummary } from './SliSummary';

const COMPARISON = { lt: '<', lte: '≤', gt: '>', gte: '≥' } as const;

function subheader(objective: ObjectiveReport): string {
  const { threshold } = objective;
  return [
    objective.sloDisplayName,
    objective.environment,
    formatWindow(objective.window),
    threshold && `threshold ${COMPARISON[threshold.op]} ${threshold.value}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * One objective, for whoever must decide whether to ship or to page: the
 * budget left, the SLI, the policy in force, what burns it now, and where to
 * look next. Its heading is the objective's name. The budget history comes
 * from the tab, which loads it once for every objective of the entity.
 */
export function ObjectiveCard(props: {
  objective: ObjectiveReport;
  history: ObjectiveHistoryState;
}) {
  const { objective, history } = props;
  const values = objectiveValues(objective);
  // Charts and tables only for a live measurement with events in it.
  const live =
    values.source === 'live' && objective.status === 'ok'
      ? objective.measurement
      : undefined;
  return (
    <InfoCard
      title={objective.objectiveName}
      titleTypographyProps={{ component: 'h2' }}
      subheader={subheader(objective)}
    >
      <Box mb={2}>
        <ObjectiveStatusBanner objective={objective} />
      </Box>
      {objective.description && (
        <Typography variant="body2" color="textSecondary" paragraph>
          {objective.description}
        </Typography>
      )}
      <Grid container spacing={3}>
        <Grid item xs={12} md={4}>
          <BudgetSummary
            remainingFraction={values.remainingFraction}
            remainingSeconds={values.remainingSeconds}
            allowedSeconds={values.allowedSeconds}
            consumedFraction={values.consumedFraction}
          />
        </Grid>
        <Grid item xs={12} md={4}>
          <SliSummary
            sli={values.sli}
            target={objective.target}
            window={objective.window}
            events={values.events}
            budgetingMethod={objective.budgetingMethod}
          />
        </Grid>
        <Grid item xs={12} md={4}>
          <PolicySummary state={values.state} meaning={values.meaning} />
        </Grid>
        {live?.series && (
          <>
            <Grid item xs={12} md={6}>
              <BudgetBurnDownChart points={live.series.budgetRemaining} />
            </Grid>
            <Grid item xs={12} md={6}>
              <SliChart points={live.series.sli} target={objective.target} />
            </Grid>
          </>
        )}
        {live && live.burnRates.length > 0 && (
          <Grid item xs={12} lg={6}>
            <BurnRateTable burnRates={live.burnRates} alerts={live.alerts} />
          </Grid>
        )}
        {live && live.alerts.length > 0 && (
          <Grid item xs={12} lg={6}>
            <AlertTable alerts={live.alerts} burnRates={live.burnRates} />
          </Grid>
        )}
        <Grid item xs={12}>
          <BudgetHistory history={history} />
        </Grid>
        <Grid item xs={12}>
          <Divider />
        </Grid>
        <Grid item xs={12}>
          <ObjectiveLinks objective={objective} />
        </Grid>
      </Grid>
    </InfoCard>
  );
}

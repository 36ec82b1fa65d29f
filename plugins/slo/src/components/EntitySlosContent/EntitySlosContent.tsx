import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type { EntitySloReport } from '@localplus/plugin-slo-common';
import { formatAge } from '../../format/formatAge';
import { useEntitySloHistory } from '../../hooks/useEntitySloHistory';
import { useEntitySloReport } from '../../hooks/useEntitySloReport';
import { DocumentProblemsPanel } from '../DocumentProblemsPanel';
import { DownloadRulesButton } from '../DownloadRulesButton';
import { ObjectiveCard, objectiveHistoryState } from '../ObjectiveCard';

function ReportOrigin(props: { report: EntitySloReport }) {
  const { documentLocation, generatedAt, objectives } = props.report;
  const count = `${objectives.length} ${
    objectives.length === 1 ? 'objective' : 'objectives'
  }`;
  const from = documentLocation ? ` from ${documentLocation}` : '';
  // Only a measurement that reached the metric source counts as "measured".
  const measured = objectives.some(objective => objective.status !== 'error');
  return (
    <Typography variant="body2" color="textSecondary">
      {count}
      {from}, {measured ? 'measured' : 'checked'} {formatAge(generatedAt)}
    </Typography>
  );
}

/** The SLOs tab of an entity page: every objective of the entity's OpenSLO documents. */
export function EntitySlosContent() {
  const { entity } = useEntity();
  const { loading, error, value: report } = useEntitySloReport(entity);
  // One request for every objective, alongside the report; its failure stays in the cards.
  const history = useEntitySloHistory(entity);

  if (error) {
    return <ResponseErrorPanel title="Could not load the SLOs" error={error} />;
  }
  if (!report) {
    return loading ? <Progress /> : null;
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Box
          display="flex"
          justifyContent="space-between"
          alignItems="center"
          flexWrap="wrap"
          style={{ gap: 16 }}
        >
          <ReportOrigin report={report} />
          <DownloadRulesButton entity={entity} />
        </Box>
      </Grid>
      {report.problems.length > 0 && (
        <Grid item xs={12}>
          <DocumentProblemsPanel
            problems={report.problems}
            documentLocation={report.documentLocation}
          />
        </Grid>
      )}
      {report.objectives.length === 0 && report.problems.length === 0 && (
        <Grid item xs={12}>
          <EmptyState
            missing="content"
            title="No objectives yet"
            description="The OpenSLO documents of this entity declare no objective. Add an SLO with at least one objective to see its error budget here."
          />
        </Grid>
      )}
      {report.objectives.map(objective => (
        <Grid item xs={12} key={objective.key}>
          <ObjectiveCard
            objective={objective}
            history={objectiveHistoryState(history, objective.key)}
          />
        </Grid>
      ))}
    </Grid>
  );
}

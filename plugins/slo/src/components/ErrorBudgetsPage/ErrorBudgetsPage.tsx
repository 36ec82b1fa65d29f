import {
  Content,
  EmptyState,
  Header,
  Page,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { OPENSLO_ANNOTATION } from '@localplus/plugin-slo-common';
import { formatAge } from '../../format/formatAge';
import { useOverviewFilters } from '../../hooks/useOverviewFilters';
import { useSloOverview } from '../../hooks/useSloOverview';
import { DocumentProblemsList } from './DocumentProblemsList';
import { OverviewFilterBar } from './OverviewFilterBar';
import { OverviewTable } from './OverviewTable';
import { StateCountTiles } from './StateCountTiles';
import { UnmeasuredBanner } from './UnmeasuredBanner';

function ErrorBudgetsBody() {
  const { filters, setFilter, clearFilters } = useOverviewFilters();
  const { loading, error, value: overview } = useSloOverview(filters);

  const filtered = Object.keys(filters).length > 0;
  if (error) {
    // Keep the filters: a value from a shared link may be what fails.
    return (
      <Grid container spacing={3}>
        <Grid item xs={12}>
          <ResponseErrorPanel
            title="Could not load the error budgets"
            error={error}
          />
        </Grid>
        {filtered && (
          <Grid item xs={12}>
            <OverviewFilterBar
              filters={filters}
              onChange={setFilter}
              onClear={clearFilters}
            />
          </Grid>
        )}
      </Grid>
    );
  }
  if (!overview) {
    return <Progress />;
  }
  if (overview.rows.length === 0 && !filtered) {
    return (
      <EmptyState
        missing="data"
        title="No SLOs yet"
        description={`Services declare their SLOs in an OpenSLO document named by the ${OPENSLO_ANNOTATION} annotation of their catalog-info.yaml. Their error budgets will be listed here.`}
      />
    );
  }
  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <StateCountTiles counts={overview.counts} />
      </Grid>
      <Grid item xs={12}>
        <OverviewFilterBar
          filters={filters}
          facets={overview.facets}
          onChange={setFilter}
          onClear={clearFilters}
        />
      </Grid>
      {overview.rows.some(row => row.status === 'error') && (
        <Grid item xs={12}>
          <UnmeasuredBanner rows={overview.rows} />
        </Grid>
      )}
      <Grid item xs={12}>
        <OverviewTable rows={overview.rows} loading={loading} />
        <Typography variant="caption" color="textSecondary">
          Measured {formatAge(overview.generatedAt)}.
        </Typography>
      </Grid>
      {overview.documentProblems.length > 0 && (
        <Grid item xs={12}>
          <DocumentProblemsList documentProblems={overview.documentProblems} />
        </Grid>
      )}
    </Grid>
  );
}

/** The Error budgets page: every objective in the organisation, most budget consumed first. */
export function ErrorBudgetsPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Error budgets"
        subtitle="Which services are burning their error budget, and what the budget policy lets them ship"
      />
      <Content>
        <ErrorBudgetsBody />
      </Content>
    </Page>
  );
}

import {
  Progress,
  ResponseErrorPanel,
  WarningPanel,
} from '@backstage/core-components';
import { useRouteRef } from '@backstage/frontend-plugin-api';
import { TierModel } from '@localplus/plugin-tiers-common';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import { useTiersOverview } from '../../hooks/useTiersOverview';
import { catalogIndexRouteRef } from '../../routes';
import { tierCatalogQuery } from '../../catalog/tierCatalogLink';
import { groupViolations } from './groupViolations';
import { TierCard } from './TierCard';
import { TierViolationsTable } from './TierViolationsTable';

function plural(count: number, one: string, many: string) {
  return `${count} ${count === 1 ? one : many}`;
}

/** The tiers of the model with their entity counts and violations. */
export function TiersOverviewContent(props: { model: TierModel }) {
  const { model } = props;
  const overview = useTiersOverview(model);
  const catalogIndex = useRouteRef(catalogIndexRouteRef);

  if (overview.loading) {
    return <Progress />;
  }
  if (overview.error) {
    return (
      <ResponseErrorPanel
        title="Could not count the catalog's entities per tier"
        error={overview.error}
      />
    );
  }

  const { byTier, withoutKnownTier } = groupViolations(
    model,
    overview.violations,
  );
  const total = [...overview.counts.values()].reduce((a, b) => a + b, 0);
  const summary = `${plural(
    total,
    'entity declares',
    'entities declare',
  )} a tier · ${plural(
    overview.violations.length,
    'tier violation',
    'tier violations',
  )}`;

  return (
    <Grid container spacing={3}>
      <Grid item xs={12}>
        <Typography variant="subtitle1" data-testid="tiers-summary">
          {summary}
        </Typography>
      </Grid>
      {overview.violationsError && (
        <Grid item xs={12}>
          <WarningPanel
            title="Tier violations are unavailable"
            message={overview.violationsError.message}
          />
        </Grid>
      )}
      {/* Two tiers side by side only from the lg breakpoint: at 1024 px a
          half-width card cut its owners, approvers and annotations short. */}
      {model.levels.map(level => (
        <Grid item xs={12} lg={6} key={level.id}>
          <TierCard
            level={level}
            entityCount={
              overview.counts.get(level.id.toLocaleUpperCase('en-US')) ?? 0
            }
            violations={byTier.get(level.id) ?? []}
            catalogLink={
              catalogIndex
                ? `${catalogIndex()}?${tierCatalogQuery(model, level.id)}`
                : undefined
            }
          />
        </Grid>
      ))}
      {overview.violations.length > 0 && (
        <Grid item xs={12}>
          <TierViolationsTable
            title={`Tier violations (${overview.violations.length})`}
            violations={overview.violations}
          />
        </Grid>
      )}
      {withoutKnownTier.length > 0 && (
        <Grid item xs={12}>
          <Typography variant="body2">
            {plural(
              withoutKnownTier.length,
              'violation belongs',
              'violations belong',
            )}{' '}
            to entities that declare no tier or a tier the model does not know.
          </Typography>
        </Grid>
      )}
    </Grid>
  );
}

import {
  Content,
  EmptyState,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import {
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type {
  DecisionGraph,
  DecisionRecord,
} from '@localplus/plugin-adr-common';
import { useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { isNotFound } from '../../api/AdrApiError';
import { decisionIdOf } from '../../decisions/decisionAddress';
import { decisionLabel } from '../../decisions/decisionLabel';
import { formatDate } from '../../decisions/formatDate';
import { ADR_PAGE_TABS, decisionRouteRef, rootRouteRef } from '../../routes';
import { DecisionGraphView } from '../DecisionGraphView';
import { LoadError } from '../LoadError';
import { StatusChip } from '../StatusChip';
import { describeWarning, WarningList } from '../Warnings';
import { DecisionBody } from './DecisionBody';
import { DecisionFacts } from './DecisionFacts';
import { DecisionLinks } from './DecisionLinks';

function Decision(props: {
  record: DecisionRecord;
  graph?: DecisionGraph;
  graphError?: Error;
}) {
  const { record, graph } = props;
  const root = useRouteRef(rootRouteRef);
  const known = new Map((graph?.nodes ?? []).map(n => [n.id, n]));
  const warnings = (graph?.warnings ?? []).filter(warning =>
    describeWarning(warning).concerns.includes(record.id),
  );
  const graphLink = root
    ? `${root()}/${ADR_PAGE_TABS.graph}?${new URLSearchParams({
        decision: record.id,
      })}`
    : undefined;
  return (
    <>
      <Box mb={2}>
        <Typography variant="h4" component="h2">
          {decisionLabel(record)}
        </Typography>
        <Box
          display="flex"
          flexWrap="wrap"
          alignItems="center"
          style={{ gap: 12 }}
          mt={1}
        >
          <StatusChip status={record.status} statusText={record.statusText} />
          <Typography variant="body2">{formatDate(record.date)}</Typography>
          <Typography variant="body2">
            <EntityRefLink entityRef={record.entityRef} hideIcon />
          </Typography>
        </Box>
      </Box>
      <Grid container spacing={2}>
        <Grid item xs={12} lg={8}>
          <InfoCard title="Record">
            <DecisionBody record={record} />
          </InfoCard>
        </Grid>
        <Grid item xs={12} lg={4}>
          <Box display="grid" style={{ gap: 16 }}>
            <DecisionFacts record={record} />
            <DecisionLinks links={record.links} known={known} />
            <InfoCard title={`Warnings (${warnings.length})`}>
              <WarningList
                warnings={warnings}
                decisions={graph?.nodes ?? []}
                emptyText={
                  graph
                    ? 'No warning concerns this decision.'
                    : 'The warnings could not be loaded.'
                }
              />
            </InfoCard>
          </Box>
        </Grid>
        <Grid item xs={12}>
          <InfoCard
            title="Around this decision"
            deepLink={
              graphLink
                ? { title: 'Open in the graph', link: graphLink }
                : undefined
            }
          >
            {graph && (
              <DecisionGraphView graph={graph} focus={record.id} compact />
            )}
            {props.graphError && (
              <LoadError
                what="The decisions around it could not be loaded"
                error={props.graphError}
              />
            )}
            {!graph && !props.graphError && <Progress />}
          </InfoCard>
        </Grid>
      </Grid>
    </>
  );
}

/**
 * One decision's page, `/adr/decisions/:kind/:namespace/:name/:slug`: the
 * record with its number, status, date and people, where it lives, its
 * links, the decisions one link away and the warnings concerning it, then
 * its markdown, rendered safely.
 */
export function DecisionPage() {
  const api = useApi(adrApiRef);
  const root = useRouteRef(rootRouteRef);
  // Only the four parts: the page's route may carry others (its `*`).
  const { kind, namespace, name, slug } = useRouteRefParams(decisionRouteRef);
  const address = { kind, namespace, name, slug };
  const id = decisionIdOf(address);
  const record = useAsyncResult(() => api.getDecision(address), id);
  const graph = useAsyncResult(
    () => api.getGraph({ decision: id, depth: 1 }),
    id,
  );

  let body = <Progress />;
  if (record.error && isNotFound(record.error)) {
    body = (
      <EmptyState
        missing="data"
        title="No decision at this address"
        description={`The log holds no decision ${address.slug} for ${address.kind}:${address.namespace}/${address.name}. It may have been renamed or removed; the log lists every decision.`}
        action={
          root ? <Link to={root()}>Open the decision log</Link> : undefined
        }
      />
    );
  } else if (record.error) {
    body = (
      <LoadError what="The decision could not be loaded" error={record.error} />
    );
  } else if (record.value) {
    body = (
      <Decision
        record={record.value}
        graph={graph.value}
        graphError={graph.error}
      />
    );
  }
  return <Content>{body}</Content>;
}

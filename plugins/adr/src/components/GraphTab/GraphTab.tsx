import { InfoCard, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import { useSearchParams } from 'react-router-dom';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { DecisionGraphView, StatusLegend } from '../DecisionGraphView';
import { LoadError } from '../LoadError';
import { WarningList } from '../Warnings';
import { FocusPicker } from './FocusPicker';
import { readGraphParams, writeGraphParams } from './graphParams';

/**
 * The Graph tab: how decisions supersede, amend and relate to each other,
 * over the whole log or around one decision, with the warnings that need a
 * human beside it (below it on a narrow screen).
 */
export function GraphTab() {
  const api = useApi(adrApiRef);
  const [params, setParams] = useSearchParams();
  const { focus, depth } = readGraphParams(params);
  // The whole log fills the picker, and is the drawing when no decision is chosen.
  const whole = useAsyncResult(() => api.getGraph(), 'whole-log');
  const around = useAsyncResult(
    () =>
      focus
        ? api.getGraph({ decision: focus, depth })
        : Promise.resolve(undefined),
    `${focus}|${depth}`,
  );
  const shown = focus ? around : whole;
  const graph = shown.value;
  const error = shown.error ?? whole.error;

  let body = <Progress />;
  if (error) {
    body = (
      <LoadError what="The decision graph could not be loaded" error={error} />
    );
  } else if (graph) {
    body = (
      <Grid container spacing={2}>
        <Grid item xs={12} lg={8}>
          <InfoCard
            title={focus ? 'Around the chosen decision' : 'Linked decisions'}
          >
            <DecisionGraphView graph={graph} focus={focus} />
            <StatusLegend />
          </InfoCard>
        </Grid>
        <Grid item xs={12} lg={4}>
          <InfoCard title={`Warnings (${graph.warnings.length})`}>
            <WarningList
              warnings={graph.warnings}
              decisions={[...(whole.value?.nodes ?? []), ...graph.nodes]}
              emptyText="Nothing needs attention: every superseded decision names its successor, no decision cites a superseded one and no number is used twice."
            />
          </InfoCard>
        </Grid>
      </Grid>
    );
  }

  return (
    <TabLayout
      title="Decision graph"
      intro="How decisions supersede, amend and relate to one another; each box is coloured by its status and opens its decision. Choose a decision to draw only those a few links away from it. The warnings name what needs a human: decisions citing superseded ones, successors that cannot be found, numbers used twice."
    >
      <Box display="flex" flexWrap="wrap" style={{ gap: 12 }} mb={2}>
        <FocusPicker
          decisions={whole.value?.nodes ?? []}
          focus={focus}
          depth={depth}
          onChange={(decision, links) =>
            setParams(writeGraphParams(decision, links))
          }
        />
      </Box>
      {body}
    </TabLayout>
  );
}

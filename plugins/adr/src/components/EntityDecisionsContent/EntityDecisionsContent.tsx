import { Content, EmptyState, Progress } from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import AddIcon from '@material-ui/icons/Add';
import { ADR_LOCATION_ANNOTATION } from '@localplus/plugin-adr-common';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { DEFAULT_PAGE_SIZE } from '../../decisions/paging';
import { DecisionTable } from '../DecisionTable';
import { LoadError } from '../LoadError';
import { ProblemsTable } from '../ProblemsTab';
import { newDecisionLink } from './newDecisionLink';
import { RefreshButton } from './RefreshButton';

/**
 * The Decisions tab of an entity with a decision folder: its decisions
 * newest first, the files that could not be read, a refresh on demand and
 * a link to write a new record with the entity already chosen.
 */
export function EntityDecisionsContent() {
  const { entity } = useEntity();
  const api = useApi(adrApiRef);
  const entityRef = stringifyEntityRef(entity);
  const folder = entity.metadata.annotations?.[ADR_LOCATION_ANNOTATION];
  const [paging, setPaging] = useState({ offset: 0, limit: DEFAULT_PAGE_SIZE });
  const decisions = useAsyncResult(
    () => api.listDecisions({ entityRef, ...paging }),
    `${entityRef} ${paging.offset} ${paging.limit}`,
    { keepPrevious: true },
  );
  const problems = useAsyncResult(
    () => api.getProblems({ entityRef }),
    entityRef,
  );

  let list = <Progress />;
  if (decisions.error) {
    list = (
      <LoadError
        what="The decisions could not be loaded"
        error={decisions.error}
      />
    );
  } else if (decisions.value && decisions.value.total === 0) {
    list = (
      <EmptyState
        missing="content"
        title="No decision was read from this folder yet"
        description={`The ${ADR_LOCATION_ANNOTATION} annotation points at ${
          folder ?? 'no folder'
        }. Write the first record, or refresh if one was just merged; files that could not be read are listed below.`}
      />
    );
  } else if (decisions.value) {
    list = (
      <DecisionTable
        label={`Decisions of ${entity.metadata.name}`}
        decisions={decisions.value.decisions}
        showEntity={false}
        loading={decisions.loading}
        paging={{
          total: decisions.value.total,
          offset: paging.offset,
          limit: paging.limit,
          onOffsetChange: offset => setPaging({ ...paging, offset }),
          onLimitChange: limit => setPaging({ offset: 0, limit }),
        }}
      />
    );
  }

  const problemList = problems.value?.problems ?? [];
  return (
    <Content>
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="flex-start"
        justifyContent="space-between"
        style={{ gap: 16 }}
        mb={2}
      >
        <Box maxWidth="70ch">
          <Typography variant="h5" component="h2" gutterBottom>
            Decisions
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Architecture decisions recorded in{' '}
            {folder ? <code>{folder}</code> : 'the decision folder'}, beside
            this entity's catalog file, newest first.
          </Typography>
        </Box>
        <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
          <RefreshButton
            entityRef={entityRef}
            onRefreshed={() => {
              decisions.reload();
              problems.reload();
            }}
          />
          <Box>
            <Button
              variant="contained"
              color="primary"
              startIcon={<AddIcon />}
              component={RouterLink}
              to={newDecisionLink(entityRef)}
              // It navigates: a link to assistive technology, not a button.
              role="link"
            >
              New decision record
            </Button>
          </Box>
        </Box>
      </Box>
      {list}
      {problems.error && (
        <Box mt={3}>
          <LoadError
            what="The folder's problems could not be loaded"
            error={problems.error}
          />
        </Box>
      )}
      {problemList.length > 0 && (
        <Box mt={3}>
          <Typography variant="h6" component="h3" gutterBottom>
            Files that could not be read
          </Typography>
          <ProblemsTable problems={problemList} showEntity={false} />
        </Box>
      )}
    </Content>
  );
}

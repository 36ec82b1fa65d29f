import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { decisionCount } from '../../decisions/decisionCount';
import { DecisionTable } from '../DecisionTable';
import { LoadError } from '../LoadError';
import { EmptyLog } from './EmptyLog';
import { LogFilterBar } from './LogFilterBar';
import {
  describeFilters,
  LogFilters,
  readLogFilters,
  toDecisionQuery,
  withoutFilter,
  writeLogFilters,
} from './logFilters';

/**
 * The Log tab: every decision of the organisation, newest first, filtered
 * and paged by the backend. The filters live in the query string, so a
 * filtered view can be shared and the back button undoes a filter.
 */
export function LogTab() {
  const api = useApi(adrApiRef);
  const [params, setParams] = useSearchParams();
  const filters = readLogFilters(params);
  const query = toDecisionQuery(filters);
  const result = useAsyncResult(
    () => api.listDecisions(query),
    JSON.stringify(query),
    { keepPrevious: true },
  );

  const show = (next: LogFilters) => setParams(writeLogFilters(next));
  // A new filter starts again from the first page.
  const change = (changed: Partial<LogFilters>) =>
    show({ ...filters, ...changed, offset: 0 });
  const anyFilter = describeFilters(filters).length > 0;

  let body = <Progress />;
  if (result.error) {
    body = (
      <LoadError
        what="The decision log could not be loaded"
        error={result.error}
      />
    );
  } else if (result.value && result.value.decisions.length === 0) {
    body = (
      <EmptyLog
        filters={filters}
        total={result.value.total}
        onLoosen={key => show(withoutFilter(filters, key))}
        onFirstPage={() => show({ ...filters, offset: 0 })}
      />
    );
  } else if (result.value) {
    body = (
      <>
        <Typography variant="body2" color="textSecondary" role="status">
          {decisionCount(result.value.total)}
          {anyFilter
            ? ` ${result.value.total === 1 ? 'matches' : 'match'} these filters`
            : ' in the log'}
        </Typography>
        <DecisionTable
          label="Decision log"
          decisions={result.value.decisions}
          showEntity
          loading={result.loading}
          paging={{
            total: result.value.total,
            offset: filters.offset,
            limit: filters.limit,
            onOffsetChange: offset => show({ ...filters, offset }),
            onLimitChange: limit => show({ ...filters, limit, offset: 0 }),
          }}
        />
      </>
    );
  }

  return (
    <TabLayout
      title="Decision log"
      intro="Every architecture decision recorded beside the organisation's entities, newest first. Filter by status, date, system, owner, decision-maker or tag, or search the text; the address bar keeps the filters, so a filtered view can be shared."
    >
      <LogFilterBar
        filters={filters}
        facets={result.value?.facets}
        onChange={change}
        onClear={
          anyFilter
            ? () => show({ status: [], offset: 0, limit: filters.limit })
            : undefined
        }
      />
      <Box>{body}</Box>
    </TabLayout>
  );
}

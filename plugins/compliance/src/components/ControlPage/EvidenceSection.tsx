import { Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Button from '@material-ui/core/Button';
import LinearProgress from '@material-ui/core/LinearProgress';
import TablePagination from '@material-ui/core/TablePagination';
import Typography from '@material-ui/core/Typography';
import { useSearchParams } from 'react-router-dom';
import { useAsyncResult } from '@localplus/portal-react';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { complianceApiRef } from '../../api/complianceApiRef';
import { LoadError } from '../LoadError';
import { EvidenceFilters } from './EvidenceFilters';
import { EvidenceTable } from './EvidenceTable';
import {
  EVIDENCE_PAGE_SIZE,
  EvidenceFilter,
  readEvidenceParams,
  writeEvidenceParams,
} from './evidenceParams';

/**
 * The observations behind a control over the period, newest first as the
 * ledger returns them, a page at a time, narrowed by result and subject.
 * The filters live in the query string, so a link from the home widget
 * opens the evidence of one subject.
 */
export function EvidenceSection(props: {
  controlId: string;
  period: PeriodQuery;
}) {
  const api = useApi(complianceApiRef);
  const [params, setParams] = useSearchParams();
  const filter = readEvidenceParams(params);
  const { controlId, period } = props;
  const query = {
    control: controlId,
    from: period.from,
    to: period.to,
    subject: filter.subject,
    result: filter.result,
    limit: EVIDENCE_PAGE_SIZE,
    offset: filter.offset,
  };
  const page = useAsyncResult(
    () => api.getObservations(query),
    JSON.stringify(query),
  );
  const change = (next: EvidenceFilter) =>
    setParams(current => writeEvidenceParams(current, next));

  return (
    <Box>
      <EvidenceFilters filter={filter} onChange={change} />
      <Box height={2}>
        {page.loading && page.value && (
          <LinearProgress aria-label="Loading evidence" />
        )}
      </Box>
      {page.error && (
        <LoadError what="The evidence could not be loaded" error={page.error} />
      )}
      {!page.value && !page.error && <Progress />}
      {page.value && page.value.items.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          {page.value.total > 0 ? (
            <>
              This page is past the last one.{' '}
              <Button
                size="small"
                onClick={() => change({ ...filter, offset: 0 })}
              >
                First page
              </Button>
            </>
          ) : (
            'No observation matches in this period.'
          )}
        </Typography>
      )}
      {page.value && page.value.items.length > 0 && (
        <>
          <EvidenceTable observations={page.value.items} />
          <TablePagination
            component="div"
            count={page.value.total}
            page={Math.floor(filter.offset / EVIDENCE_PAGE_SIZE)}
            rowsPerPage={EVIDENCE_PAGE_SIZE}
            rowsPerPageOptions={[EVIDENCE_PAGE_SIZE]}
            onPageChange={(_event, pageNumber) =>
              change({ ...filter, offset: pageNumber * EVIDENCE_PAGE_SIZE })
            }
          />
        </>
      )}
    </Box>
  );
}

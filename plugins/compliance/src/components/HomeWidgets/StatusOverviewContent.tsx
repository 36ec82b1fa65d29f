import { Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ComplianceStatusResponse } from '@localplus/plugin-compliance-common';
import { useState } from 'react';
import { useAsyncResult } from '@localplus/portal-react';
import { complianceApiRef } from '../../api/complianceApiRef';
import { errorMessage } from '../../api/responseErrors';
import { formatPeriod } from '../../format/formatInstant';
import { periodQueryString } from '../../period/periodParams';
import { presetPeriod } from '../../period/periodPresets';
import { rootRouteRef } from '../../routes';
import { FailingNowList } from './FailingNowList';
import { FrameworkOverviewTable } from './FrameworkOverviewTable';
import {
  FAILING_NOW_SHOWN,
  failingNow,
  frameworkOverviews,
} from './statusOverview';

/** The tamper line: the evidence may have been altered, before any figure. */
function LedgerBrokenLine(props: {
  ledger: ComplianceStatusResponse['ledger'];
}) {
  const broken = props.ledger.firstBroken;
  return (
    <Typography
      variant="body2"
      color="error"
      role="alert"
      title={broken?.message}
      style={{ fontWeight: 'bold' }}
      gutterBottom
    >
      {broken
        ? `Evidence ledger broken at record #${broken.sequence}`
        : 'Evidence ledger broken: a record does not verify'}
    </Typography>
  );
}

/**
 * Home widget for auditors and the security team: the platform's compliance
 * over the last 30 days from one status answer. Per framework, its controls
 * by status now and their average coverage; the controls failing now, each
 * opening its page for the same period; and the ledger's verdict first when
 * it no longer verifies.
 */
export function StatusOverviewContent() {
  const api = useApi(complianceApiRef);
  const root = useRouteRef(rootRouteRef);
  // Whole UTC days, as the page's preset: its links then show the same period.
  const [period] = useState(() => presetPeriod('last-30-days'));
  const status = useAsyncResult(
    () => api.getStatus(period),
    `${period.from} ${period.to}`,
  );

  if (status.error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        Compliance status could not be loaded: {errorMessage(status.error)}
      </Typography>
    );
  }
  if (!status.value) {
    return <Progress />;
  }
  const answer = status.value;
  const failing = failingNow(answer.controls);
  const shown = failing.slice(0, FAILING_NOW_SHOWN);
  return (
    <Box overflow="auto">
      {!answer.ledger.ok && <LedgerBrokenLine ledger={answer.ledger} />}
      <Typography variant="caption" color="textSecondary" component="p">
        Last 30 days: {formatPeriod(answer.period)}
      </Typography>
      {answer.controls.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No compliance control is defined yet.
        </Typography>
      ) : (
        <>
          {answer.frameworks.length > 0 && (
            <FrameworkOverviewTable frameworks={frameworkOverviews(answer)} />
          )}
          <Box mt={1.5}>
            <Typography variant="subtitle2" component="h3">
              {failing.length > shown.length
                ? `Failing now (${shown.length} of ${failing.length})`
                : 'Failing now'}
            </Typography>
            {shown.length === 0 ? (
              <Typography variant="body2" color="textSecondary">
                No control is failing now.
              </Typography>
            ) : (
              <FailingNowList
                controls={shown}
                frameworks={answer.frameworks}
                period={period}
              />
            )}
          </Box>
        </>
      )}
      {root && (
        <Box mt={1}>
          <Link to={`${root()}${periodQueryString(period)}`}>
            Open the Compliance page
          </Link>
        </Box>
      )}
    </Box>
  );
}

import {
  Content,
  EmptyState,
  InfoCard,
  Link,
  Progress,
} from '@backstage/core-components';
import {
  identityApiRef,
  useApi,
  useRouteRef,
  useRouteRefParams,
} from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Grid from '@material-ui/core/Grid';
import Typography from '@material-ui/core/Typography';
import type {
  ComplianceExemption,
  ControlDetailResponse,
} from '@localplus/plugin-compliance-common';
import { useState } from 'react';
import { useAsyncResult } from '@localplus/portal-react';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { complianceApiRef } from '../../api/complianceApiRef';
import { hasStatus } from '../../api/responseErrors';
import { useCompliancePermissions } from '../../hooks/useCompliancePermissions';
import { subjectsHeading } from './SubjectsTableRows';
import { usePeriodParams } from '../../hooks/usePeriodParams';
import { periodQueryString } from '../../period/periodParams';
import { controlRouteRef, rootRouteRef } from '../../routes';
import { LoadError } from '../LoadError';
import { PeriodPicker } from '../PeriodPicker';
import { LedgerStatusBanner } from '../TamperBanner';
import { ControlFacts } from './ControlFacts';
import { ControlHistory } from './ControlHistory';
import { DecideExemptionDialog } from './DecideExemptionDialog';
import { EvidenceSection } from './EvidenceSection';
import { ExemptionsTable } from './ExemptionsTable';
import { RequestExemptionDialog } from './RequestExemptionDialog';
import { SubjectsTable } from './SubjectsTable';

type Decision = {
  exemption: ComplianceExemption;
  decision: 'approve' | 'reject';
};

function ControlDetail(props: {
  detail: ControlDetailResponse;
  period: PeriodQuery;
  onChanged: () => void;
}) {
  const { detail, period, onChanged } = props;
  const api = useApi(complianceApiRef);
  const identityApi = useApi(identityApiRef);
  const actions = useCompliancePermissions();
  const frameworks = useAsyncResult(() => api.getFrameworks(), 'frameworks');
  const identity = useAsyncResult(
    () => identityApi.getBackstageIdentity(),
    'identity',
  );
  const [requesting, setRequesting] = useState<string>();
  const [deciding, setDeciding] = useState<Decision>();
  const { control } = detail.summary;

  return (
    <>
      <Grid container spacing={2}>
        <Grid item xs={12} lg={5}>
          <ControlFacts
            summary={detail.summary}
            frameworks={frameworks.value?.items ?? []}
          />
        </Grid>
        <Grid item xs={12} lg={7}>
          <InfoCard title="History over the period">
            <ControlHistory history={detail.history} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard title={subjectsHeading(detail.subjects)}>
            <SubjectsTable
              subjects={detail.subjects}
              exemptions={detail.exemptions}
              canRequestExemption={actions.canRequestExemption}
              onRequestExemption={setRequesting}
            />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard title="Evidence">
            <EvidenceSection controlId={control.id} period={period} />
          </InfoCard>
        </Grid>
        <Grid item xs={12}>
          <InfoCard title={`Exemptions (${detail.exemptions.length})`}>
            <ExemptionsTable
              exemptions={detail.exemptions}
              canDecide={actions.canDecideExemption}
              currentUser={identity.value?.userEntityRef}
              onDecide={(exemption, decision) =>
                setDeciding({ exemption, decision })
              }
            />
          </InfoCard>
        </Grid>
      </Grid>
      {requesting !== undefined && (
        <RequestExemptionDialog
          controlId={control.id}
          subject={requesting}
          onClose={() => setRequesting(undefined)}
          onRequested={() => {
            setRequesting(undefined);
            onChanged();
          }}
        />
      )}
      {deciding && (
        <DecideExemptionDialog
          exemption={deciding.exemption}
          decision={deciding.decision}
          onClose={() => setDeciding(undefined)}
          onDecided={() => {
            setDeciding(undefined);
            onChanged();
          }}
        />
      )}
    </>
  );
}

/**
 * One control's page, `/compliance/controls/:id?from=&to=`: what it is and
 * what it serves, its status per subject now, its history over the period,
 * the evidence behind it and its exemptions.
 */
export function ControlPage() {
  const api = useApi(complianceApiRef);
  const root = useRouteRef(rootRouteRef);
  const { id } = useRouteRefParams(controlRouteRef);
  const { period, setPeriod } = usePeriodParams();
  const detail = useAsyncResult(
    () => api.getControl(id, period),
    `${id} ${period.from ?? ''} ${period.to ?? ''}`,
  );

  let body = <Progress />;
  if (detail.error && hasStatus(detail.error, 404)) {
    body = (
      <EmptyState
        missing="data"
        title="No such control"
        description={`No control “${id}” is defined. It may have been renamed or removed from the control files.`}
        action={root ? <Link to={root()}>All controls</Link> : undefined}
      />
    );
  } else if (detail.error) {
    body = (
      <LoadError what="The control could not be loaded" error={detail.error} />
    );
  } else if (detail.value) {
    body = (
      <ControlDetail
        detail={detail.value}
        period={period}
        onChanged={detail.reload}
      />
    );
  }

  const control = detail.value?.summary.control;
  return (
    <Content>
      <LedgerStatusBanner period={period} />
      <Box mb={2}>
        <Typography
          variant="h4"
          component="h2"
          style={{ overflowWrap: 'anywhere' }}
        >
          {control ? control.title : id}
        </Typography>
        {control && (
          <Typography variant="body2" color="textSecondary">
            <code>{control.id}</code>
            {root && (
              <>
                {' · '}
                <Link to={`${root()}${periodQueryString(period)}`}>
                  All controls
                </Link>
              </>
            )}
          </Typography>
        )}
      </Box>
      <Box mb={2}>
        <PeriodPicker
          period={period}
          answered={detail.value?.period}
          onChange={setPeriod}
        />
      </Box>
      {body}
    </Content>
  );
}

import { Content, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAsyncResult } from '@localplus/portal-react';
import { complianceApiRef } from '../../api/complianceApiRef';
import { useCompliancePermissions } from '../../hooks/useCompliancePermissions';
import { usePeriodParams } from '../../hooks/usePeriodParams';
import { ExportButton } from '../ExportButton';
import { LoadError } from '../LoadError';
import { PeriodPicker } from '../PeriodPicker';
import { RunEvaluationButton } from '../RunEvaluationButton';
import { TamperBanner } from '../TamperBanner';
import { EvidenceSources } from './EvidenceSources';
import { StatusView } from './StatusView';

const FRAMEWORK_ID = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * The Compliance page, `/compliance?from=&to=&framework=`: frameworks,
 * requirements and controls with their status now and coverage over the
 * audit period, and where the evidence comes from. Everyone who may read
 * compliance sees the same; the export and the on-demand run appear only
 * for those the permission policy allows.
 */
export function CompliancePage() {
  const api = useApi(complianceApiRef);
  const actions = useCompliancePermissions();
  const { period, setPeriod } = usePeriodParams();
  const [params, setParams] = useSearchParams();
  const given = params.get('framework') ?? '';
  const frameworkId = FRAMEWORK_ID.test(given) ? given : '';
  const [runsStarted, setRunsStarted] = useState(0);
  const status = useAsyncResult(
    () => api.getStatus({ from: period.from, to: period.to }),
    `${period.from ?? ''} ${period.to ?? ''}`,
  );

  const chooseFramework = (id: string) =>
    setParams(current => {
      const updated = new URLSearchParams(current);
      if (id) {
        updated.set('framework', id);
      } else {
        updated.delete('framework');
      }
      return updated;
    });

  return (
    <Content>
      <TamperBanner ledger={status.value?.ledger} />
      <Box
        display="flex"
        flexWrap="wrap"
        alignItems="flex-start"
        justifyContent="space-between"
        style={{ gap: 16 }}
        mb={2}
      >
        <Box maxWidth="70ch">
          <Typography variant="h4" component="h2" gutterBottom>
            Controls and evidence
          </Typography>
          <Typography variant="body2" color="textSecondary">
            Each control's status now and how much of the audit period it was
            shown to hold, from evidence collected continuously and kept in a
            hash-chained ledger.
          </Typography>
        </Box>
        <Box display="flex" flexWrap="wrap" style={{ gap: 12 }}>
          {actions.canExport && <ExportButton period={period} />}
          {actions.canRunEvaluation && (
            <RunEvaluationButton
              onStarted={() => setRunsStarted(count => count + 1)}
            />
          )}
        </Box>
      </Box>
      <Box mb={2}>
        <PeriodPicker
          period={period}
          answered={status.value?.period}
          onChange={setPeriod}
        />
      </Box>
      {status.error && (
        <LoadError
          what="The controls could not be loaded"
          error={status.error}
        />
      )}
      {!status.value && !status.error && <Progress />}
      {status.value && (
        <StatusView
          status={status.value}
          period={period}
          frameworkId={frameworkId}
          onFrameworkChange={chooseFramework}
        />
      )}
      <Box mt={3}>
        <EvidenceSources reloadKey={runsStarted} />
      </Box>
    </Content>
  );
}

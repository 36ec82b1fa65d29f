import {
  Content,
  EmptyState,
  Link,
  Progress,
} from '@backstage/core-components';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApi } from '@backstage/frontend-plugin-api';
import { useEntity } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { EntityComplianceResponse } from '@localplus/plugin-compliance-common';
import { useAsyncResult } from '@localplus/portal-react';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { complianceApiRef } from '../../api/complianceApiRef';
import { formatDay } from '../../format/formatInstant';
import { exemptionState } from '../../format/exemptionState';
import { useControlPath } from '../../hooks/useControlPath';
import { useFrameworks } from '../../hooks/useFrameworks';
import { usePeriodParams } from '../../hooks/usePeriodParams';
import { CoverageBar } from '../CoverageBar';
import { LoadError } from '../LoadError';
import { PeriodPicker } from '../PeriodPicker';
import { RequirementChips } from '../RequirementChips';
import { StatusChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';
import { LedgerStatusBanner } from '../TamperBanner';
import { EntityControlWhy } from './EntityControlWhy';
import { entityControlRows } from './entityControlRows';

function EntityControls(props: {
  answer: EntityComplianceResponse;
  period: PeriodQuery;
  name: string;
}) {
  const classes = useTableStyles();
  const controlPath = useControlPath();
  // The entity's answer names requirements, not their frameworks' titles.
  const frameworks = useFrameworks();
  const { answer, period } = props;
  const rows = entityControlRows(answer.controls);
  if (rows.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No control covers this entity"
        description="No evaluation in this period concerned it or anything it owns (workloads, repositories)."
      />
    );
  }
  return (
    <Table
      size="small"
      aria-label={`Controls of ${props.name}`}
      className={classes.table}
    >
      <TableHead>
        <TableRow>
          <TableCell style={{ width: '32%' }}>Control</TableCell>
          <TableCell style={{ width: '15%' }}>Status now</TableCell>
          <TableCell>Why</TableCell>
          <TableCell style={{ width: '15%' }}>Coverage</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(row => {
          const subjects = new Set(row.evaluations.map(e => e.subject));
          const to = controlPath(row.control.id, {
            ...period,
            // One subject: open its evidence straight away.
            subject: subjects.size === 1 ? [...subjects][0] : undefined,
          });
          return (
            <TableRow key={row.control.id} data-control={row.control.id}>
              <TableCell component="th" scope="row" role="rowheader">
                <Typography variant="body2">
                  {to ? (
                    <Link to={to}>{row.control.title}</Link>
                  ) : (
                    row.control.title
                  )}
                </Typography>
                <RequirementChips
                  requirements={row.control.requirements}
                  frameworks={frameworks}
                />
              </TableCell>
              <TableCell>
                <StatusChip status={row.status} />
              </TableCell>
              <TableCell>
                <EntityControlWhy row={row} />
              </TableCell>
              <TableCell>
                <CoverageBar coverage={row.coverage} />
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

function EntityExemptions(props: { answer: EntityComplianceResponse }) {
  const exemptions = props.answer.exemptions;
  if (exemptions.length === 0) {
    return null;
  }
  return (
    <Box mt={3}>
      <Typography variant="h6" component="h3" gutterBottom>
        Exemptions
      </Typography>
      <ul aria-label="Exemptions">
        {exemptions.map(exemption => (
          <li key={exemption.id}>
            <Typography variant="body2" style={{ overflowWrap: 'anywhere' }}>
              <code>{exemption.controlId}</code> for{' '}
              <code>{exemption.subject}</code>: {exemptionState(exemption)},
              until {formatDay(exemption.expiresAt)}. {exemption.justification}
            </Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}

/**
 * The Compliance tab of a service, website or system: the controls that
 * concern it with their status now and coverage over the chosen period,
 * failing ones first, each opening the control's page for the period.
 */
export function EntityComplianceContent() {
  const { entity } = useEntity();
  const api = useApi(complianceApiRef);
  const entityRef = stringifyEntityRef(entity);
  const { period, setPeriod } = usePeriodParams();
  const answer = useAsyncResult(
    () => api.getEntityCompliance(entityRef, period),
    `${entityRef} ${period.from ?? ''} ${period.to ?? ''}`,
  );

  return (
    <Content>
      <LedgerStatusBanner period={period} />
      <Box mb={2} maxWidth="80ch">
        <Typography variant="h5" component="h2" gutterBottom>
          Compliance
        </Typography>
        <Typography variant="body2" color="textSecondary">
          The controls that concern{' '}
          {entity.metadata.title ?? entity.metadata.name}, its status for each
          now and how much of the period it held.
        </Typography>
      </Box>
      <Box mb={2}>
        <PeriodPicker
          period={period}
          answered={answer.value?.period}
          onChange={setPeriod}
        />
      </Box>
      {answer.error && (
        <LoadError
          what="The controls could not be loaded"
          error={answer.error}
        />
      )}
      {!answer.value && !answer.error && <Progress />}
      {answer.value && (
        <>
          <EntityControls
            answer={answer.value}
            period={period}
            name={entity.metadata.name}
          />
          <EntityExemptions answer={answer.value} />
        </>
      )}
    </Content>
  );
}

import {
  InfoCard,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useEntity, useEntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { EntitySloReport } from '@localplus/plugin-slo-common';
import { useEntitySloReport } from '../../hooks/useEntitySloReport';
import { SLOS_TAB_PATH } from '../../routes';
import { SloSummaryRow } from './SloSummaryRow';

function SummaryBody(props: { report: EntitySloReport }) {
  const { objectives, problems } = props.report;
  return (
    <>
      {problems.length > 0 && (
        <Typography variant="body2" color="error" paragraph>
          The OpenSLO document has {problems.length}{' '}
          {problems.length === 1 ? 'problem' : 'problems'}: see the SLOs tab.
        </Typography>
      )}
      {objectives.length === 0 ? (
        <Typography variant="body2" color="textSecondary">
          No objectives declared.
        </Typography>
      ) : (
        <Table size="small" aria-label="SLO summary">
          <TableHead>
            <TableRow>
              <TableCell>Objective</TableCell>
              <TableCell align="right">SLI</TableCell>
              <TableCell align="right">Budget remaining</TableCell>
              <TableCell>State</TableCell>
              <TableCell>Firing alerts</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {objectives.map(objective => (
              <SloSummaryRow key={objective.key} objective={objective} />
            ))}
          </TableBody>
        </Table>
      )}
    </>
  );
}

/** The overview card: one line per objective, and a link to the SLOs tab. */
export function SloSummaryCard() {
  const { entity } = useEntity();
  const entityLink = useEntityRefLink();
  const { error, value: report } = useEntitySloReport(entity);
  const tabLink = `${entityLink(entity).replace(/\/$/, '')}/${SLOS_TAB_PATH}`;
  let body = <Progress />;
  if (error) {
    body = <ResponseErrorPanel title="Could not load the SLOs" error={error} />;
  } else if (report) {
    body = <SummaryBody report={report} />;
  }
  return (
    <InfoCard
      title="SLOs"
      deepLink={{ title: 'All SLOs and error budgets', link: tabLink }}
    >
      {body}
    </InfoCard>
  );
}

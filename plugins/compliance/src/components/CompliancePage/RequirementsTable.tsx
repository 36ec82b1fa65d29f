import { Link } from '@backstage/core-components';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ComplianceStatusResponse,
  ControlSummary,
} from '@localplus/plugin-compliance-common';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { formatRatio } from '../../format/formatRatio';
import { worstStatus } from '../../format/statusNames';
import { useControlPath } from '../../hooks/useControlPath';
import { StatusChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';

type StatusFramework = ComplianceStatusResponse['frameworks'][number];

const useStyles = makeStyles(theme => ({
  controls: { listStyle: 'none', margin: 0, padding: 0 },
  control: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: theme.spacing(1),
    marginBottom: theme.spacing(0.5),
  },
  gap: { color: theme.palette.warning.dark },
}));

/**
 * The crosswalk of one framework: each of its requirements with the
 * controls that serve it, their status now and coverage over the period.
 * A requirement no control serves is named as a gap, which is what an
 * auditor looks for first.
 */
export function RequirementsTable(props: {
  framework: StatusFramework;
  controls: ControlSummary[];
  period: PeriodQuery;
}) {
  const { framework, period } = props;
  const tableClasses = useTableStyles();
  const classes = useStyles();
  const controlPath = useControlPath();
  const byId = new Map(props.controls.map(c => [c.control.id, c]));
  return (
    <Table
      size="small"
      aria-label={`Requirements of ${framework.title}`}
      className={tableClasses.table}
    >
      <TableHead>
        <TableRow>
          <TableCell style={{ width: '38%' }}>Requirement</TableCell>
          <TableCell style={{ width: '16%' }}>Status now</TableCell>
          <TableCell>Controls serving it</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {framework.requirements.map(requirement => {
          const serving = (
            framework.controlsByRequirement[requirement.id] ?? []
          )
            .map(id => byId.get(id))
            .filter((c): c is ControlSummary => Boolean(c));
          const statuses = serving.flatMap(c =>
            c.status === 'not-evaluated' ? [] : [c.status],
          );
          return (
            <TableRow key={requirement.id} data-requirement={requirement.id}>
              <TableCell component="th" scope="row" role="rowheader">
                <Typography variant="body2">
                  {framework.title} {requirement.id}
                </Typography>
                <Typography
                  variant="caption"
                  color="textSecondary"
                  className={tableClasses.caption}
                >
                  {requirement.title}
                </Typography>
              </TableCell>
              <TableCell>
                {serving.length > 0 && (
                  <StatusChip
                    status={
                      statuses.length === serving.length
                        ? worstStatus(statuses)
                        : 'not-evaluated'
                    }
                  />
                )}
              </TableCell>
              <TableCell>
                {serving.length === 0 ? (
                  <Typography variant="body2" className={classes.gap}>
                    No control serves this requirement.
                  </Typography>
                ) : (
                  <ul className={classes.controls}>
                    {serving.map(summary => {
                      const to = controlPath(summary.control.id, period);
                      const ratio = summary.coverage.satisfiedRatio;
                      return (
                        <li
                          key={summary.control.id}
                          className={classes.control}
                        >
                          <StatusChip status={summary.status} />
                          <Typography variant="body2" component="span">
                            {to ? (
                              <Link to={to}>{summary.control.title}</Link>
                            ) : (
                              summary.control.title
                            )}
                          </Typography>
                          <Typography
                            variant="caption"
                            color="textSecondary"
                            component="span"
                          >
                            {ratio === null
                              ? 'not evaluated in the period'
                              : `${formatRatio(ratio)} covered`}
                          </Typography>
                        </li>
                      );
                    })}
                  </ul>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type { OverviewRow } from '@localplus/plugin-slo-common';
import { formatPercent } from '../../format/formatPercent';
import { WithOverview } from './WithOverview';
import { PolicyStateChip } from '../PolicyStateChip';
import { useSloTabLink } from './useSloTabLink';

const SHOWN = 8;
/** Headings, states and figures are not broken inside a word on a narrow card. */
const ONE_LINE = { whiteSpace: 'nowrap' } as const;
/** The objective's name keeps room for a few words a line. */
const OBJECTIVE_COLUMN = { minWidth: '9rem' } as const;

/** Burning: past the normal state of the budget policy, or spent. */
export function isBurning(row: OverviewRow): boolean {
  return (
    (row.state !== null && row.state !== 'normal') ||
    (row.remainingFraction !== null && row.remainingFraction <= 0)
  );
}

/**
 * Home widget: the objectives whose error budget burns or is exhausted,
 * most consumed first, each linking to its entity's SLOs tab. Three
 * columns, the service under its objective, so the table reads on the
 * home grid's narrower cards (at 1024 px).
 */
export function BudgetsBurningContent() {
  const tabLink = useSloTabLink();
  return (
    <WithOverview subject="Error budgets">
      {value => {
        const rows = value?.rows ?? [];
        const burning = rows.filter(isBurning);
        if (burning.length === 0) {
          const measured = rows.filter(
            row => row.remainingFraction !== null,
          ).length;
          return (
            <Typography variant="body2" color="textSecondary">
              {measured === 0
                ? `None of the ${rows.length} objectives could be measured: the metric source does not answer. The Error budgets page says why.`
                : `No error budget is burning: the ${measured} measured objectives are in the normal state.`}
            </Typography>
          );
        }
        return (
          <Box overflow="auto">
            <Table size="small" aria-label="Budgets burning">
              <TableHead>
                <TableRow>
                  <TableCell>Objective</TableCell>
                  <TableCell style={ONE_LINE}>State</TableCell>
                  <TableCell align="right">Budget left</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {burning.slice(0, SHOWN).map(row => (
                  <TableRow key={row.key}>
                    <TableCell
                      component="th"
                      scope="row"
                      style={OBJECTIVE_COLUMN}
                    >
                      <Link to={tabLink(row.entityRef)}>
                        {row.sloDisplayName}
                      </Link>
                      <Typography
                        variant="caption"
                        color="textSecondary"
                        component="div"
                      >
                        {row.entityTitle}
                      </Typography>
                    </TableCell>
                    <TableCell style={ONE_LINE}>
                      <PolicyStateChip state={row.state} />
                    </TableCell>
                    <TableCell style={ONE_LINE} align="right">
                      {formatPercent(row.remainingFraction)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        );
      }}
    </WithOverview>
  );
}

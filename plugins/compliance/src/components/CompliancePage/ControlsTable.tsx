import { Link } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TableRow from '@material-ui/core/TableRow';
import Typography from '@material-ui/core/Typography';
import type {
  ComplianceFramework,
  ControlSummary,
} from '@localplus/plugin-compliance-common';
import type { CSSProperties } from 'react';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { formatInstant } from '../../format/formatInstant';
import { statusRank } from '../../format/statusNames';
import { useControlPath } from '../../hooks/useControlPath';
import { CoverageBar } from '../CoverageBar';
import { RequirementChips } from '../RequirementChips';
import { StatusChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';

/** "3 of 14 subjects not satisfied", from one run's counts. */
export function subjectCounts(summary: ControlSummary): string | undefined {
  const counts = summary.counts;
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  if (total === 0) {
    return undefined;
  }
  const of = (n: number, what: string) => `${n} of ${total} ${what}`;
  if (counts['not-satisfied'] > 0) {
    return of(counts['not-satisfied'], 'subjects not satisfied');
  }
  if (counts.error > 0) {
    return of(counts.error, 'subjects in error');
  }
  return total === 1 ? '1 subject' : `${total} subjects`;
}

/** "Checked daily", "Checked continuously": the frequency under the owner. */
export function frequencyCaption(
  frequency: ControlSummary['control']['frequency'],
): string {
  return frequency === 'continuous'
    ? 'Checked continuously'
    : `Checked ${frequency}`;
}

/** Failing controls first, then by id, so the list reads the same every time. */
export function byStatusThenId(a: ControlSummary, b: ControlSummary): number {
  return (
    statusRank(a.status) - statusRank(b.status) ||
    a.control.id.localeCompare(b.control.id)
  );
}

/**
 * A header cell `width` wide that wraps between words only. The theme's
 * `word-break: break-word` on table cells and the plugin's
 * `overflow-wrap: anywhere` (for long ids in cells) would otherwise cut
 * "Coverage" into "Coverag / e" at 1024 px. Inline, so no stylesheet order
 * can undo it.
 */
function header(width: string): CSSProperties {
  return {
    width,
    wordBreak: 'normal',
    overflowWrap: 'normal',
    hyphens: 'manual',
  };
}

/**
 * The controls with their requirements, owner and frequency, status now,
 * coverage over the period, exemptions in force and last evaluation; each
 * control links to its page for the same period.
 */
export function ControlsTable(props: {
  controls: ControlSummary[];
  frameworks: ComplianceFramework[];
  period: PeriodQuery;
  label: string;
}) {
  const classes = useTableStyles();
  const controlPath = useControlPath();
  const rows = [...props.controls].sort(byStatusThenId);
  return (
    <Table size="small" aria-label={props.label} className={classes.table}>
      <TableHead>
        <TableRow>
          <TableCell style={header('33%')}>Control</TableCell>
          {/* The frequency is a caption under the owner: a column of its own
              is too narrow at 1024 px for its header. */}
          <TableCell style={header('16%')}>Owner</TableCell>
          <TableCell style={header('15%')}>Status now</TableCell>
          <TableCell style={header('13%')}>Coverage</TableCell>
          <TableCell style={header('10%')}>
            <abbr title="Exemptions in force">Exempt.</abbr>
          </TableCell>
          <TableCell style={header('13%')}>Last evaluated</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map(summary => {
          const { control } = summary;
          const to = controlPath(control.id, props.period);
          const counts = subjectCounts(summary);
          return (
            <TableRow key={control.id} data-control={control.id}>
              <TableCell component="th" scope="row" role="rowheader">
                <Typography variant="body2">
                  {to ? <Link to={to}>{control.title}</Link> : control.title}
                </Typography>
                <Typography
                  variant="caption"
                  color="textSecondary"
                  className={classes.code}
                >
                  {control.id}
                </Typography>
                <RequirementChips
                  requirements={control.requirements}
                  frameworks={props.frameworks}
                />
              </TableCell>
              <TableCell>
                <EntityRefLink entityRef={control.owner} hideIcon />
                <Typography
                  variant="caption"
                  color="textSecondary"
                  className={classes.caption}
                >
                  {frequencyCaption(control.frequency)}
                </Typography>
              </TableCell>
              <TableCell>
                <StatusChip status={summary.status} />
                {counts && (
                  <Typography
                    variant="caption"
                    color="textSecondary"
                    className={classes.caption}
                  >
                    {counts}
                  </Typography>
                )}
              </TableCell>
              <TableCell>
                <CoverageBar coverage={summary.coverage} />
              </TableCell>
              <TableCell>{summary.exemptions}</TableCell>
              <TableCell>{formatInstant(summary.lastEvaluatedAt)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}

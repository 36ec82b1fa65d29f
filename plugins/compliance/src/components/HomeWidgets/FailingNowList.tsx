import { Link } from '@backstage/core-components';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type {
  ComplianceFramework,
  ControlSummary,
} from '@localplus/plugin-compliance-common';
import type { PeriodQuery } from '../../api/ComplianceApi';
import { formatRatio } from '../../format/formatRatio';
import { useControlPath } from '../../hooks/useControlPath';
import { RequirementChips } from '../RequirementChips';
import { StatusChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';

const useStyles = makeStyles(theme => ({
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: theme.spacing(0.5, 1),
    alignItems: 'start',
  },
  status: { textAlign: 'right' },
}));

function coverageText(summary: ControlSummary): string {
  const ratio = summary.coverage.satisfiedRatio;
  return ratio === null
    ? 'Not evaluated'
    : `${formatRatio(Math.min(1, Math.max(0, ratio)))} covered`;
}

/**
 * The controls failing now, each opening its page for the same period,
 * with the requirements it serves, its status and its coverage.
 */
export function FailingNowList(props: {
  controls: ControlSummary[];
  frameworks: ComplianceFramework[];
  period: PeriodQuery;
}) {
  const classes = useStyles();
  const tableClasses = useTableStyles();
  const controlPath = useControlPath();
  return (
    <List dense disablePadding aria-label="Controls failing now">
      {props.controls.map(summary => {
        const { control } = summary;
        const to = controlPath(control.id, props.period);
        return (
          <ListItem
            key={control.id}
            disableGutters
            className={classes.item}
            data-control={control.id}
          >
            <Box minWidth={0}>
              <Typography
                variant="body2"
                className={tableClasses.ellipsis}
                title={control.title}
              >
                {to ? <Link to={to}>{control.title}</Link> : control.title}
              </Typography>
              <RequirementChips
                requirements={control.requirements}
                frameworks={props.frameworks}
              />
            </Box>
            <Box className={classes.status}>
              <StatusChip status={summary.status} />
              <Typography
                variant="caption"
                color="textSecondary"
                className={tableClasses.caption}
              >
                {coverageText(summary)}
              </Typography>
            </Box>
          </ListItem>
        );
      })}
    </List>
  );
}

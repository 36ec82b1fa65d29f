import { Link, Progress } from '@backstage/core-components';
import { useApi, useRouteRef } from '@backstage/frontend-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import type { MyFailingControlsResponse } from '@localplus/plugin-compliance-common';
import { useAsyncResult } from '@localplus/portal-react';
import { complianceApiRef } from '../../api/complianceApiRef';
import { errorMessage } from '../../api/responseErrors';
import { statusRank } from '../../format/statusNames';
import { useControlPath } from '../../hooks/useControlPath';
import { rootRouteRef } from '../../routes';
import { StatusChip } from '../StatusChip';
import { useTableStyles } from '../TableStyles';

/** How many failing controls the widget lists. */
export const FAILING_SHOWN = 8;

type FailingItem = MyFailingControlsResponse['items'][number];

const useStyles = makeStyles(theme => ({
  item: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    gap: theme.spacing(0, 1),
    alignItems: 'start',
  },
}));

/** Not satisfied before error, then the most recently found first. */
function byUrgency(a: FailingItem, b: FailingItem): number {
  return (
    statusRank(a.status) - statusRank(b.status) ||
    b.evaluatedAt.localeCompare(a.evaluatedAt)
  );
}

/**
 * Home widget for developers: the controls not satisfied (or in error) for
 * the services their groups own, each opening the control's evidence for
 * that subject.
 */
export function FailingControlsContent() {
  const api = useApi(complianceApiRef);
  const tableClasses = useTableStyles();
  const classes = useStyles();
  const controlPath = useControlPath();
  const root = useRouteRef(rootRouteRef);
  const failing = useAsyncResult(
    () => api.getMyFailingControls(),
    'me/failing',
  );

  if (failing.error) {
    return (
      <Typography variant="body2" color="error" role="alert">
        Failing controls could not be loaded: {errorMessage(failing.error)}
      </Typography>
    );
  }
  if (!failing.value) {
    return <Progress />;
  }
  const items = [...failing.value.items].sort(byUrgency);
  if (items.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        All controls satisfied for your services.
      </Typography>
    );
  }
  const shown = items.slice(0, FAILING_SHOWN);
  return (
    <Box overflow="auto">
      <List dense disablePadding aria-label="Failing controls">
        {shown.map(item => {
          const to = controlPath(item.control.id, { subject: item.subject });
          return (
            <ListItem
              key={`${item.control.id} ${item.subject}`}
              disableGutters
              className={classes.item}
            >
              <Box minWidth={0}>
                <Typography
                  variant="body2"
                  className={tableClasses.ellipsis}
                  title={item.control.title}
                >
                  {to ? (
                    <Link to={to}>{item.control.title}</Link>
                  ) : (
                    item.control.title
                  )}
                </Typography>
                <Typography variant="caption" className={tableClasses.ellipsis}>
                  <EntityRefLink entityRef={item.entityRef} hideIcon />
                </Typography>
                <Typography
                  variant="caption"
                  color="textSecondary"
                  className={tableClasses.ellipsis}
                  title={item.reason}
                >
                  {item.reason}
                </Typography>
              </Box>
              <StatusChip status={item.status} />
            </ListItem>
          );
        })}
      </List>
      {root && (
        <Box mt={1}>
          <Link to={root()}>
            {items.length > FAILING_SHOWN
              ? `${items.length - FAILING_SHOWN} more on the Compliance page`
              : 'The Compliance page'}
          </Link>
        </Box>
      )}
    </Box>
  );
}

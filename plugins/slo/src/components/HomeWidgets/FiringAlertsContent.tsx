import { Link } from '@backstage/core-components';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import { WithOverview } from './WithOverview';
import { useSloTabLink } from './useSloTabLink';

/**
 * Home widget: the objectives with a firing burn-rate alert, pages before
 * tickets, each linking to its entity's SLOs tab.
 */
export function FiringAlertsContent() {
  const tabLink = useSloTabLink();
  return (
    <WithOverview subject="SLO alerts">
      {value => {
        const firing = (value?.rows ?? [])
          .filter(row => row.firingAlerts.length > 0)
          .sort(
            (a, b) =>
              Number(b.firingAlerts.some(alert => alert.severity === 'page')) -
              Number(a.firingAlerts.some(alert => alert.severity === 'page')),
          );
        if (firing.length === 0) {
          return (
            <Typography variant="body2" color="textSecondary">
              No burn-rate alert is firing.
            </Typography>
          );
        }
        return (
          <List dense disablePadding aria-label="Firing SLO alerts">
            {firing.map(row => (
              <ListItem key={row.key} disableGutters>
                <ListItemText
                  primary={
                    <Link to={tabLink(row.entityRef)}>
                      {row.entityTitle}: {row.sloDisplayName}
                    </Link>
                  }
                  secondary={row.firingAlerts
                    .map(
                      alert => `${alert.severity} (${alert.longWindow} window)`,
                    )
                    .join(', ')}
                />
              </ListItem>
            ))}
          </List>
        );
      }}
    </WithOverview>
  );
}

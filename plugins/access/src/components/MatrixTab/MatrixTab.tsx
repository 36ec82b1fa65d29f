import { Progress, WarningPanel } from '@backstage/core-components';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { TabLayout } from '@localplus/portal-react';
import { useAccessApi } from '../../hooks/useAccessApi';
import { AccessErrorPanel } from '../AccessErrorPanel';
import { MatrixTable } from './MatrixTable';

const useStyles = makeStyles(theme => ({
  warning: { marginBottom: theme.spacing(2) },
}));

/** The Matrix tab: what each role may do, permission by permission. */
export function MatrixTab() {
  const classes = useStyles();
  const { loading, error, value, retry } = useAccessApi(
    api => api.getMatrix(),
    [],
  );
  return (
    <TabLayout
      title="Matrix"
      intro={
        <>
          What each role may do, for every permission the installed plugins
          declare. <strong>Allow</strong>: granted everywhere.{' '}
          <strong>If owner</strong>: granted only on what the person owns (the
          numbered notes under the table say what that means).{' '}
          <strong>Deny</strong>: no rule grants it. Point at a cell for the rule
          that decides. A person holding several roles gets the most generous
          answer among them.
        </>
      }
    >
      {loading && <Progress />}
      {error && (
        <AccessErrorPanel error={error} what="the matrix" onRetry={retry} />
      )}
      {value?.unavailablePlugins && value.unavailablePlugins.length > 0 && (
        <div className={classes.warning}>
          <WarningPanel
            severity="warning"
            title={`Permissions missing from ${value.unavailablePlugins
              .map(p => p.pluginId)
              .join(', ')}`}
          >
            {value.unavailablePlugins.map(p => (
              <Typography key={p.pluginId} variant="body2">
                {p.pluginId}: {p.error}
              </Typography>
            ))}
          </WarningPanel>
        </div>
      )}
      {value && <MatrixTable matrix={value} />}
    </TabLayout>
  );
}

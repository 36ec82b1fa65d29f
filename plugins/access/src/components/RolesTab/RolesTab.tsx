import { Progress } from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { TabLayout } from '@localplus/portal-react';
import { useAccessApi } from '../../hooks/useAccessApi';
import { AccessErrorPanel } from '../AccessErrorPanel';
import { RoleCard } from './RoleCard';

/** The Roles tab: each role, the catalog groups mapped to it, its members. */
export function RolesTab() {
  const { loading, error, value, retry } = useAccessApi(
    api => api.getRoles(),
    [],
  );
  return (
    <TabLayout
      title="Roles"
      intro="Roles come from catalog groups: a person holds the roles of every group they belong to, directly or through a parent group."
    >
      {loading && <Progress />}
      {error && (
        <AccessErrorPanel error={error} what="the roles" onRetry={retry} />
      )}
      {value && (
        <Grid container spacing={3} alignItems="stretch">
          {value.map(role => (
            <Grid item key={role.id} xs={12} md={6} xl={4}>
              <RoleCard role={role} />
            </Grid>
          ))}
        </Grid>
      )}
    </TabLayout>
  );
}

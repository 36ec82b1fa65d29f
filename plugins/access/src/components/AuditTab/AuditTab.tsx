import { Progress } from '@backstage/core-components';
import Button from '@material-ui/core/Button';
import { makeStyles } from '@material-ui/core/styles';
import type { AccessAuditEvent } from '@localplus/plugin-access-common';
import { TabLayout } from '@localplus/portal-react';
import { useAccessApi } from '../../hooks/useAccessApi';
import { useQueryParams } from '../../hooks/useQueryParams';
import { AccessErrorPanel } from '../AccessErrorPanel';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';

const KEYS = ['actor', 'outcome', 'action', 'before'] as const;
const PAGE_SIZE = 50;

const useStyles = makeStyles(theme => ({
  table: { marginTop: theme.spacing(3) },
  pager: {
    display: 'flex',
    gap: theme.spacing(1),
    marginTop: theme.spacing(2),
  },
}));

/** The Audit trail tab: allowed and denied changes, newest first, by page. */
export function AuditTab() {
  const classes = useStyles();
  const [params, setParams] = useQueryParams(KEYS);
  const { actor, outcome, action, before } = params;
  const page = useAccessApi(
    api =>
      api.getAuditTrail({
        limit: PAGE_SIZE,
        actor,
        action,
        before,
        outcome: outcome as AccessAuditEvent['outcome'] | undefined,
      }),
    [actor, outcome, action, before],
  );
  return (
    <TabLayout
      title="Audit trail"
      intro="Every change the plugins report, whether it succeeded or failed (entities and locations registered, refreshed or unregistered, templates run), and every decision the policy took while a plugin acted for someone (allowed, allowed on what they own, or refused), with the rule that decided. Reads, and the questions pages ask to choose their buttons, are not recorded."
    >
      <AuditFilters
        initial={params}
        onApply={filters => setParams({ ...filters, before: undefined })}
      />
      <div className={classes.table}>
        {page.loading && <Progress />}
        {page.error && (
          <AccessErrorPanel
            error={page.error}
            what="the audit trail"
            permission="access.audit.read"
            onRetry={page.retry}
          />
        )}
        {page.value && (
          <>
            <AuditTable
              events={page.value.events}
              title={
                before
                  ? `Events before ${before.split('~')[0]}`
                  : 'Latest events'
              }
            />
            <div className={classes.pager}>
              <Button
                variant="outlined"
                disabled={!before}
                onClick={() => setParams({ ...params, before: undefined })}
              >
                Newest
              </Button>
              <Button
                variant="outlined"
                disabled={!page.value.nextBefore}
                onClick={() =>
                  setParams({ ...params, before: page.value?.nextBefore })
                }
              >
                Older
              </Button>
            </div>
          </>
        )}
      </div>
    </TabLayout>
  );
}

import { Progress } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import { TabLayout } from '@localplus/portal-react';
import { useAccessApi } from '../../hooks/useAccessApi';
import { usePeopleOptions } from '../../hooks/usePeopleOptions';
import { usePermissionOptions } from '../../hooks/usePermissionOptions';
import { useQueryParams } from '../../hooks/useQueryParams';
import { AccessErrorPanel } from '../AccessErrorPanel';
import { ExplainAnswer } from './ExplainAnswer';
import { ExplainForm } from './ExplainForm';

const KEYS = ['user', 'permission', 'resourceRef'] as const;

const useStyles = makeStyles(theme => ({
  answer: { marginTop: theme.spacing(3) },
}));

/**
 * The "Why denied" tab: for a person, a permission and an entity, Yes or
 * No and the rule that decided. The inputs live in the URL, so a denial can
 * be linked to: `/access/explain?user=…&permission=…&resourceRef=…`.
 */
export function ExplainTab() {
  const classes = useStyles();
  const [inputs, setInputs] = useQueryParams(KEYS);
  const people = usePeopleOptions();
  const permissions = usePermissionOptions();
  const { user, permission, resourceRef } = inputs;
  const answer = useAccessApi(
    async api =>
      user && permission
        ? api.explain({ user, permission, resourceRef })
        : undefined,
    [user, permission, resourceRef],
  );
  const optionsError = people.error ?? permissions.error;
  return (
    <TabLayout
      title="Why denied"
      intro="Ask whether a person may do something, on an entity if it matters, and read which rule decided and why. Share the page's address to show someone the answer."
    >
      {(people.loading || permissions.loading) && <Progress />}
      {optionsError && (
        <AccessErrorPanel
          error={optionsError}
          what="the people and permissions"
        />
      )}
      {permissions.value && !people.loading && (
        <ExplainForm
          people={people.value}
          permissions={permissions.value}
          initial={inputs}
          onSubmit={setInputs}
        />
      )}
      <div className={classes.answer}>
        {user && permission && answer.loading && <Progress />}
        {answer.error && (
          <AccessErrorPanel
            error={answer.error}
            what="the answer"
            onRetry={answer.retry}
          />
        )}
        {answer.value && <ExplainAnswer explanation={answer.value} />}
      </div>
    </TabLayout>
  );
}

import { Progress } from '@backstage/core-components';
import { makeStyles } from '@material-ui/core/styles';
import { TabLayout } from '@localplus/portal-react';
import { useAccessApi } from '../../hooks/useAccessApi';
import { usePermissionOptions } from '../../hooks/usePermissionOptions';
import { useQueryParams } from '../../hooks/useQueryParams';
import { AccessErrorPanel } from '../AccessErrorPanel';
import { WhoCanForm } from './WhoCanForm';
import { WhoCanResults } from './WhoCanResults';

const KEYS = ['permission', 'resourceRef'] as const;

const useStyles = makeStyles(theme => ({
  answer: { marginTop: theme.spacing(3) },
}));

/** The "Who can…" tab: the people a permission is granted to, and why. */
export function WhoCanTab() {
  const classes = useStyles();
  const [inputs, setInputs] = useQueryParams(KEYS);
  const options = usePermissionOptions();
  const { permission, resourceRef } = inputs;
  const answer = useAccessApi(
    async api =>
      permission ? api.whoCan({ permission, resourceRef }) : undefined,
    [permission, resourceRef],
  );
  return (
    <TabLayout
      title="Who can…"
      intro="Pick a permission to list the people it is granted to outright. Name an entity as well to add the people it is granted to as owners of that entity."
    >
      {options.loading && <Progress />}
      {options.error && (
        <AccessErrorPanel error={options.error} what="the permissions" />
      )}
      {options.value && (
        <WhoCanForm
          permissions={options.value}
          initial={inputs}
          onSubmit={setInputs}
        />
      )}
      <div className={classes.answer}>
        {permission && answer.loading && <Progress />}
        {answer.error && (
          <AccessErrorPanel
            error={answer.error}
            what="who may do this"
            onRetry={answer.retry}
          />
        )}
        {answer.value && <WhoCanResults answer={answer.value} />}
      </div>
    </TabLayout>
  );
}

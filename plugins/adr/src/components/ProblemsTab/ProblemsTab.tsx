import { EmptyState, Progress } from '@backstage/core-components';
import { useApi } from '@backstage/frontend-plugin-api';
import { TabLayout, useAsyncResult } from '@localplus/portal-react';
import { adrApiRef } from '../../api/adrApiRef';
import { LoadError } from '../LoadError';
import { ProblemsTable } from './ProblemsTable';

/**
 * The Problems tab: decision files and folders the index could not read,
 * by entity, with the reason, so their owners can fix them. The rest of
 * each folder is indexed all the same.
 */
export function ProblemsTab() {
  const api = useApi(adrApiRef);
  const result = useAsyncResult(() => api.getProblems(), 'problems');

  let body = <Progress />;
  if (result.error) {
    body = (
      <LoadError what="The problems could not be loaded" error={result.error} />
    );
  } else if (result.value && result.value.problems.length === 0) {
    body = (
      <EmptyState
        missing="content"
        title="Every decision file was read"
        description="No decision folder is missing and no record failed to parse."
      />
    );
  } else if (result.value) {
    body = <ProblemsTable problems={result.value.problems} showEntity />;
  }
  return (
    <TabLayout
      title="Problems"
      intro="Decision files and folders the index could not read, by entity, with the reason: a folder that does not exist, a file too large, a front matter that does not parse. The other records of the same folder are in the log."
    >
      {body}
    </TabLayout>
  );
}

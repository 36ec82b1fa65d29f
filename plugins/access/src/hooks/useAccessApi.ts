import { useApi } from '@backstage/frontend-plugin-api';
import { DependencyList } from 'react';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { AccessApi, accessApiRef } from '../api/AccessApi';

/**
 * Calls the Access backend and keeps the answer: loading, error, value and
 * a retry. `load` runs again when `deps` change.
 */
export function useAccessApi<T>(
  load: (api: AccessApi) => Promise<T>,
  deps: DependencyList,
) {
  const api = useApi(accessApiRef);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useAsyncRetry(() => load(api), [api, ...deps]);
}

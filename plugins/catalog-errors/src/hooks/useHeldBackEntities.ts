import { useApi } from '@backstage/frontend-plugin-api';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { catalogErrorsApiRef } from '../api/CatalogErrorsApi';

/** Loads the catalog's held-back entities; `retry` loads them again. */
export function useHeldBackEntities() {
  const catalogErrorsApi = useApi(catalogErrorsApiRef);
  return useAsyncRetry(
    () => catalogErrorsApi.listHeldBackEntities(),
    [catalogErrorsApi],
  );
}

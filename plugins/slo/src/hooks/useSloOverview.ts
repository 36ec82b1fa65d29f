import { useApi } from '@backstage/frontend-plugin-api';
import type {
  OverviewFilters,
  SloOverview,
} from '@localplus/plugin-slo-common';
import { AsyncResult, useAsyncResult } from '@localplus/portal-react';
import { sloApiRef } from '../api/sloApiRef';

/** The org-wide Error budgets view, reloaded whenever the filters change. */
export function useSloOverview(
  filters: OverviewFilters,
): AsyncResult<SloOverview> {
  const sloApi = useApi(sloApiRef);
  return useAsyncResult(
    () => sloApi.getOverview(filters),
    JSON.stringify(filters),
    { keepPrevious: true },
  );
}

import { useEffect, useState } from 'react';
import {
  discoveryApiRef,
  fetchApiRef,
  useApi,
} from '@backstage/frontend-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { TierModel } from '@localplus/plugin-tiers-common';
import { countEntitiesByTier } from '../api/countEntitiesByTier';
import { fetchTierViolations, TierViolation } from '../api/fetchTierViolations';

export interface TiersOverview {
  loading: boolean;
  /** The catalog could not be counted: the page cannot say anything useful. */
  error?: Error;
  /** Entities per declared tier (upper-cased). */
  counts: Map<string, number>;
  violations: TierViolation[];
  /** The failed-entities list is unavailable; counts are still shown. */
  violationsError?: Error;
}

const initial: TiersOverview = {
  loading: true,
  counts: new Map(),
  violations: [],
};

function asError(reason: unknown): Error {
  return reason instanceof Error ? reason : new Error(String(reason));
}

/** Loads entity counts per tier and the tier violations, in parallel. */
export function useTiersOverview(model: TierModel | undefined): TiersOverview {
  const catalogApi = useApi(catalogApiRef);
  const discoveryApi = useApi(discoveryApiRef);
  const fetchApi = useApi(fetchApiRef);
  const [state, setState] = useState<TiersOverview>(initial);

  useEffect(() => {
    if (!model) {
      setState({ ...initial, loading: false });
      return undefined;
    }
    let cancelled = false;
    setState(initial);
    Promise.allSettled([
      countEntitiesByTier(catalogApi, model),
      fetchTierViolations({ discoveryApi, fetchApi }, model),
    ]).then(([counts, violations]) => {
      if (cancelled) {
        return;
      }
      setState({
        loading: false,
        error:
          counts.status === 'rejected' ? asError(counts.reason) : undefined,
        counts: counts.status === 'fulfilled' ? counts.value : new Map(),
        violations: violations.status === 'fulfilled' ? violations.value : [],
        violationsError:
          violations.status === 'rejected'
            ? asError(violations.reason)
            : undefined,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [model, catalogApi, discoveryApi, fetchApi]);

  return state;
}

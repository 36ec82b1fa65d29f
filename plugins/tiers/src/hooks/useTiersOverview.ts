import { useEffect, useState } from 'react';
import { useApi } from '@backstage/frontend-plugin-api';
import { TierModel } from '@localplus/plugin-tiers-common';
import { tiersApiRef, TierViolation } from '../api/TiersApi';

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
  const tiersApi = useApi(tiersApiRef);
  const [state, setState] = useState<TiersOverview>(initial);

  useEffect(() => {
    if (!model) {
      setState({ ...initial, loading: false });
      return undefined;
    }
    let cancelled = false;
    setState(initial);
    Promise.allSettled([
      tiersApi.countEntitiesByTier(model),
      tiersApi.getTierViolations(model),
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
  }, [model, tiersApi]);

  return state;
}

import { useMemo } from 'react';
import { configApiRef, useApi } from '@backstage/frontend-plugin-api';
import { readTierModel, TierModel } from '@localplus/plugin-tiers-common';

export interface TierModelState {
  /** Undefined when `localplus.tiers` is absent or invalid. */
  model?: TierModel;
  /** Set when `localplus.tiers` is present but invalid. */
  error?: Error;
}

/** The tier model from the frontend-visible `localplus.tiers` config. */
export function useTierModel(): TierModelState {
  const configApi = useApi(configApiRef);
  return useMemo(() => {
    try {
      return { model: readTierModel(configApi) };
    } catch (e) {
      return { error: e instanceof Error ? e : new Error(String(e)) };
    }
  }, [configApi]);
}

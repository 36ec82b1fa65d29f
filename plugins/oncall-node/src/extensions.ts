import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { OnCallProvider } from './provider';

/** Where backend modules add rotation providers to the on-call backend. */
export interface OnCallProvidersExtensionPoint {
  /** Adds a provider; a second provider with the same `id` is refused at startup. */
  addProvider(provider: OnCallProvider): void;
}

export const onCallProvidersExtensionPoint =
  createExtensionPoint<OnCallProvidersExtensionPoint>({
    id: 'oncall.providers',
  });

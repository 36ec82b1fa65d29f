import { createExtensionPoint } from '@backstage/backend-plugin-api';
import type { SloMetricSource } from './metricSource';

/** Where backend modules add metric sources to the SLO backend. */
export interface SloMetricSourcesExtensionPoint {
  /** Adds a source; a second source for the same `type` is refused at startup. */
  addMetricSource(source: SloMetricSource): void;
}

export const sloMetricSourcesExtensionPoint =
  createExtensionPoint<SloMetricSourcesExtensionPoint>({
    id: 'slo.metric-sources',
  });

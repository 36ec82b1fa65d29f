import type { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/config';
import {
  complianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { complianceModulePrometheusCollector } from '../module';

/**
 * The collector module in a test backend with `features` beside it (the
 * SLO plugin, a catalog), the compliance backend's extension point stood in
 * for: what the module registers is returned to call directly.
 */
export async function startCollectorBackend(options: {
  features: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
  config: JsonObject;
}) {
  const collectors: EvidenceCollector[] = [];
  const backend = await startTestBackend({
    extensionPoints: [
      [
        complianceCollectorsExtensionPoint,
        { addCollector: collector => collectors.push(collector) },
      ],
    ],
    features: [
      complianceModulePrometheusCollector,
      ...options.features,
      mockServices.rootConfig.factory({ data: options.config }),
    ],
  });
  if (collectors.length !== 1) {
    throw new Error(`The module registered ${collectors.length} collectors`);
  }
  return { backend, collector: collectors[0] };
}

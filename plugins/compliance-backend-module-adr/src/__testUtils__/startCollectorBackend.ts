import type { BackendFeature } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  complianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { complianceModuleAdrCollector } from '../module';

type RootConfigData = NonNullable<
  Parameters<typeof mockServices.rootConfig.factory>[0]
>['data'];

/**
 * The collector module in a test backend with `features` beside it (the
 * ADR plugin, a catalog), the compliance backend's extension point stood in
 * for: what the module registers is returned to call directly.
 */
export async function startCollectorBackend(options: {
  features: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
  config: RootConfigData;
}) {
  const collectors: EvidenceCollector[] = [];
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    extensionPoints: [
      [
        complianceCollectorsExtensionPoint,
        { addCollector: collector => collectors.push(collector) },
      ],
    ],
    features: [
      complianceModuleAdrCollector,
      ...options.features,
      logger.factory,
      mockServices.rootConfig.factory({ data: options.config }),
    ],
  });
  if (collectors.length !== 1) {
    throw new Error(`The module registered ${collectors.length} collectors`);
  }
  return {
    backend,
    collector: collectors[0],
    warned: () => logger.warn.mock.calls.map(call => String(call[0])),
  };
}

import {
  createBackendModule,
  createBackendPlugin,
  coreServices,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
} from '@backstage/plugin-catalog-node';
import {
  complianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { complianceModuleCatalogCollector } from '../module';
import { SEED_TIER_MODEL } from '@localplus/plugin-tiers-common/testUtils';

/** Feeds fixed entities to the real catalog, as a catalog file would. */
function entitiesModule(entities: Entity[]) {
  const provider: EntityProvider = {
    getProviderName: () => 'compliance-test-entities',
    async connect(connection) {
      await connection.applyMutation({
        type: 'full',
        entities: entities.map(entity => ({
          entity,
          locationKey: 'compliance-test',
        })),
      });
    },
  };
  return createBackendModule({
    pluginId: 'catalog',
    moduleId: 'compliance-test-entities',
    register(reg) {
      reg.registerInit({
        deps: { processing: catalogProcessingExtensionPoint },
        async init({ processing }) {
          processing.addEntityProvider(provider);
        },
      });
    },
  });
}

/** Stands in for the compliance backend: takes the collectors through its extension point. */
function collectorsPlugin(collected: EvidenceCollector[]) {
  return createBackendPlugin({
    pluginId: 'compliance',
    register(reg) {
      reg.registerExtensionPoint(complianceCollectorsExtensionPoint, {
        addCollector: collector => collected.push(collector),
      });
      reg.registerInit({
        deps: { logger: coreServices.logger },
        async init() {},
      });
    },
  });
}

/**
 * The real catalog backend holding `entities`, and the catalog collector as
 * the compliance backend would receive it, with `tiers` as the tier model
 * (`localplus.tiers`; the seeds' T0-T5 unless given, none when null).
 * Resolves once the catalog serves every entity (ingestion runs in the
 * background).
 */
export async function startCatalogBackend(
  entities: Entity[],
  { tiers = SEED_TIER_MODEL }: { tiers?: object | null } = {},
) {
  const collectors: EvidenceCollector[] = [];
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      entitiesModule(entities),
      collectorsPlugin(collectors),
      complianceModuleCatalogCollector,
      logger.factory,
      mockServices.rootConfig.factory({
        data: {
          ...(tiers && { localplus: { tiers } }),
          catalog: {
            rules: [{ allow: ['Component', 'Group', 'User', 'API'] }],
            // Processed once as they arrive; no re-processing churn while the
            // collector pages (a catalog rewriting every entity each second
            // kept a loaded machine busy for minutes).
            processingInterval: { minutes: 30 },
          },
        },
      }),
    ],
  });
  const base = `http://localhost:${backend.server.port()}/api/catalog`;
  const deadline = Date.now() + 180_000;
  for (;;) {
    const response = await fetch(`${base}/entities/by-query?limit=1`);
    const { totalItems } = (await response.json()) as { totalItems: number };
    if (totalItems === entities.length) break;
    if (Date.now() > deadline) {
      throw new Error(
        `The catalog holds ${totalItems} of ${entities.length} entities after 3 minutes`,
      );
    }
    await new Promise(resolve => setTimeout(resolve, 500));
  }
  return {
    collector: collectors[0],
    warned: () => logger.warn.mock.calls.map(call => String(call[0])),
    stop: () => backend.stop(),
  };
}

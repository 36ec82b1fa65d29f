import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { complianceCollectorsExtensionPoint } from '@localplus/plugin-compliance-node';
import { readGithubCollectorSettings } from './config';
import { GithubCollector } from './GithubCollector';

/** Adds the GitHub evidence collector (`github.branch-protection`) to the compliance backend. */
export const complianceModuleGithubCollector = createBackendModule({
  pluginId: 'compliance',
  moduleId: 'github-collector',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        collectors: complianceCollectorsExtensionPoint,
      },
      async init({ config, logger, auth, catalog, collectors }) {
        const settings = readGithubCollectorSettings(config);
        collectors.addCollector(
          new GithubCollector({ catalog, auth, logger, settings }),
        );
        logger.info(
          `GitHub evidence collector reads ${settings.apiBaseUrl} ${
            settings.tokenSource
              ? `with the token of ${settings.tokenSource}`
              : 'without a token: every repository will be reported as not read'
          }`,
        );
        if (settings.tiers.levels.length === 0) {
          logger.warn(
            'GitHub evidence collector: no tier model (localplus.tiers), so no component has a tier and every repository is held to minReviews',
          );
        }
      },
    });
  },
});

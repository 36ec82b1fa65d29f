import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { techdocsGeneratorExtensionPoint } from '@backstage/plugin-techdocs-node';
import { CONFIG_PREFIX, readMkdocsPolicy } from './mkdocsPolicy';
import { SafeMkdocsGenerator } from './SafeMkdocsGenerator';
import { startupWarnings } from './startupWarnings';

/**
 * Replaces the TechDocs backend's generator with one that checks each
 * site's mkdocs.yml first (see SafeMkdocsGenerator), unless
 * `localplus.techdocs.checkMkdocsYml` is false.
 */
export const techdocsModuleSafeMkdocs = createBackendModule({
  pluginId: 'techdocs',
  moduleId: 'safe-mkdocs',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        generator: techdocsGeneratorExtensionPoint,
      },
      async init({ config, logger, generator }) {
        const key = `${CONFIG_PREFIX}.checkMkdocsYml`;
        if (config.getOptionalBoolean(key) === false) {
          logger.warn(
            `${key} is false: TechDocs sites are built without checking their mkdocs.yml`,
          );
          return;
        }
        const policy = readMkdocsPolicy(config);
        generator.setTechdocsGenerator(
          SafeMkdocsGenerator.fromPolicy(config, logger, policy),
        );
        for (const warning of startupWarnings(config, policy)) {
          logger.warn(warning);
        }
        logger.info(
          `TechDocs builds refuse mkdocs.yml files with hooks, INHERIT or Python calls, and build !ENV as if unset; plugins allowed: ${[
            ...policy.allowedPlugins,
          ].join(', ')}`,
        );
      },
    });
  },
});

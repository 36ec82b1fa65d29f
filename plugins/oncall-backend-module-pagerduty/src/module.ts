import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { onCallProvidersExtensionPoint } from '@localplus/plugin-oncall-node';
import { PagerDutyClient } from './client/PagerDutyClient';
import { CONFIG_KEY, readPagerDutyConfig } from './config';
import { PagerDutyProvider } from './PagerDutyProvider';

/** Adds PagerDuty, as configured under `oncall.pagerduty`, to the on-call backend's rotation providers. */
export const oncallModulePagerDuty = createBackendModule({
  pluginId: 'oncall',
  moduleId: 'pagerduty',
  register(reg) {
    reg.registerInit({
      deps: {
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        catalog: catalogServiceRef,
        providers: onCallProvidersExtensionPoint,
      },
      async init({ config, logger, auth, catalog, providers }) {
        const options = readPagerDutyConfig(config);
        if (!options) {
          logger.info(
            `No ${CONFIG_KEY}.token configured; the PagerDuty on-call provider is off and provides no rotations`,
          );
          return;
        }
        const client = new PagerDutyClient({
          baseUrl: options.baseUrl,
          token: options.token,
          requestTimeoutMs: options.requestTimeoutMs,
        });
        providers.addProvider(
          new PagerDutyProvider({ client, catalog, auth, logger, options }),
        );
        logger.info(`PagerDuty on-call provider reads ${options.baseUrl}`);
      },
    });
  },
});

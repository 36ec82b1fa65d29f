import path from 'node:path';
import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { ScmIntegrations } from '@backstage/integration';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createGenerateSloRulesAction } from './actions/createGenerateSloRulesAction';
import { createLintProtosAction } from './actions/createLintProtosAction';
import { createPublishLocalAction } from './actions/createPublishLocalAction';
import { createPublishTargetAction } from './actions/createPublishTargetAction';
import { createRegisterLocalAction } from './actions/createRegisterLocalAction';
import { createValidateManifestsAction } from './actions/createValidateManifestsAction';
import { createValidateServiceParametersAction } from './actions/createValidateServiceParametersAction';
import {
  createConfigureGithubRepositoryAction,
  createOpenContractsPullRequestAction,
} from './actions/github';
import { LocalGitPublisher } from './localPublisher/LocalGitPublisher';

/** The golden-path actions of the LOCAL-PLUS scaffolder. */
export const scaffolderModuleLocalplus = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'localplus',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        catalog: catalogServiceRef,
        logger: coreServices.logger,
      },
      async init({ scaffolder, config, catalog, logger }) {
        const settings = config.getOptionalConfig('localplus.scaffolder');
        const integrations = ScmIntegrations.fromConfig(config);
        const localDirectory = settings?.getOptionalString(
          'localPublisher.directory',
        );

        scaffolder.addActions(
          createValidateServiceParametersAction({
            catalog,
            rules: {
              productTeamsParent:
                settings?.getOptionalString('productTeamsParent') ??
                'product-teams',
              systemPattern: new RegExp(
                settings?.getOptionalString('systemPattern') ?? '^localplus-',
              ),
            },
          }),
          createValidateManifestsAction({
            kubectl: settings?.getOptionalString('kubectl') ?? 'kubectl',
          }),
          createLintProtosAction(),
          createGenerateSloRulesAction(),
          createPublishTargetAction({
            target: localDirectory ? 'local' : 'github',
          }),
          createConfigureGithubRepositoryAction({ integrations }),
          createOpenContractsPullRequestAction({ integrations, config }),
        );

        // The local actions are always registered, because the scaffolder
        // refuses a template naming an unknown action even in a skipped step;
        // without the dev config they refuse to run.
        const publisher = localDirectory
          ? new LocalGitPublisher(path.resolve(localDirectory))
          : undefined;
        if (publisher) {
          logger.warn(
            `Development publisher enabled: new repositories go to ${path.resolve(
              localDirectory!,
            )}, not GitHub`,
          );
        }
        scaffolder.addActions(
          createPublishLocalAction({ publisher }),
          createRegisterLocalAction({ catalog, publisher }),
        );
      },
    });
  },
});

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { startTestBackend } from '@backstage/backend-test-utils';
import {
  scaffolderActionsExtensionPoint,
  TemplateAction,
} from '@backstage/plugin-scaffolder-node';
import { scaffolderModuleAdr } from './module';

/** Stands in for the scaffolder backend: takes actions through the extension point. */
function scaffolderStandIn(actions: TemplateAction<any, any, any>[]) {
  return createBackendPlugin({
    pluginId: 'scaffolder',
    register(reg) {
      reg.registerExtensionPoint(scaffolderActionsExtensionPoint, {
        addActions: (...added) => actions.push(...added),
      });
      reg.registerInit({
        deps: { logger: coreServices.logger },
        async init() {},
      });
    },
  });
}

describe('scaffolderModuleAdr', () => {
  it('adds localplus:adr:create-record to the scaffolder', async () => {
    const actions: TemplateAction<any, any, any>[] = [];
    const backend = await startTestBackend({
      features: [scaffolderStandIn(actions), scaffolderModuleAdr],
    });
    expect(actions.map(action => action.id)).toEqual([
      'localplus:adr:create-record',
    ]);
    expect(Object.keys((actions[0].schema?.input as any).properties)).toEqual([
      'entityRef',
      'title',
      'context',
      'options',
      'decision',
      'consequences',
      'status',
      'decisionMakers',
      'consulted',
      'informed',
      'tags',
      'supersedes',
    ]);
    await backend.stop();
  });
});

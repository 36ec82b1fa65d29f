import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { RegisterCollatorParameters } from '@backstage/plugin-search-backend-node';
import { searchIndexRegistryExtensionPoint } from '@backstage/plugin-search-backend-node/alpha';
import { centralArgoCd } from './__fixtures__/decisions';
import { setupAdrApiMock } from './__testUtils__/adrApiMock';
import { searchModuleAdr } from './module';

const adr = setupAdrApiMock();

/** Stands in for the search backend: takes collators through the extension point. */
function searchPluginStandIn(collators: RegisterCollatorParameters[]) {
  return createBackendPlugin({
    pluginId: 'search',
    register(reg) {
      reg.registerExtensionPoint(searchIndexRegistryExtensionPoint, {
        addCollator: collator => collators.push(collator),
        addDecorator: () => {},
      });
      reg.registerInit({
        deps: { logger: coreServices.logger },
        async init() {},
      });
    },
  });
}

async function start(config: object) {
  const collators: RegisterCollatorParameters[] = [];
  const scheduler = mockServices.scheduler.mock();
  const backend = await startTestBackend({
    features: [
      searchPluginStandIn(collators),
      searchModuleAdr,
      scheduler.factory,
      // Where the ADR API mock answers (http://localhost:0/api/adr).
      mockServices.discovery.factory(),
      mockServices.rootConfig.factory({ data: config }),
    ],
  });
  return { collators, scheduler, backend };
}

describe('searchModuleAdr', () => {
  it('registers the adr collator on the default schedule', async () => {
    const { collators, scheduler, backend } = await start({});
    expect(collators).toHaveLength(1);
    expect(collators[0].factory.type).toBe('adr');
    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith({
      frequency: { minutes: 10 },
      timeout: { minutes: 5 },
      initialDelay: { seconds: 20 },
    });
    await backend.stop();
  });

  it('reads the schedule from search.collators.adr.schedule', async () => {
    const { scheduler, backend } = await start({
      search: {
        collators: {
          adr: {
            schedule: {
              frequency: { minutes: 30 },
              timeout: 'PT2M',
              initialDelay: { seconds: 5 },
            },
          },
        },
      },
    });
    expect(scheduler.createScheduledTaskRunner).toHaveBeenCalledWith(
      expect.objectContaining({
        frequency: { minutes: 30 },
        timeout: { minutes: 2 },
        initialDelay: { seconds: 5 },
      }),
    );
    await backend.stop();
  });

  it('refuses to start on a schedule it cannot read, naming the key', async () => {
    await expect(
      start({
        search: { collators: { adr: { schedule: { frequency: 'often' } } } },
      }),
    ).rejects.toThrow(/Invalid search\.collators\.adr\.schedule config/);
  });

  it('collates through the backend\u2019s own discovery and credentials', async () => {
    adr.serve([centralArgoCd]);
    const { collators, backend } = await start({});
    const documents = [];
    for await (const document of await collators[0].factory.getCollator()) {
      documents.push(document);
    }
    expect(documents).toEqual([
      expect.objectContaining({
        title: 'One central Argo CD for every cluster',
        location: '/adr/decisions/component/default/docs/0005-central-argocd',
      }),
    ]);
    expect(adr.requests[0].authorization).toMatch(
      /^Bearer mock-service-token:.*"target":"adr"/,
    );
    await backend.stop();
  });
});

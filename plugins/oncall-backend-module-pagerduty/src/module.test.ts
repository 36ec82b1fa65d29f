import {
  createBackendPlugin,
  coreServices,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import {
  OnCallProvider,
  onCallProvidersExtensionPoint,
} from '@localplus/plugin-oncall-node';
import { catalogEntities } from './__fixtures__/catalogEntities';
import {
  checkoutAccount,
  setupPagerDutyMock,
  TOKEN,
} from './__testUtils__/pagerDutyApiMock';
import { oncallModulePagerDuty } from './module';

const pagerDuty = setupPagerDutyMock();

/** Stands in for the on-call backend: takes providers through the extension point. */
function providerCollector(collected: OnCallProvider[]) {
  return createBackendPlugin({
    pluginId: 'oncall',
    register(reg) {
      reg.registerExtensionPoint(onCallProvidersExtensionPoint, {
        addProvider: provider => collected.push(provider),
      });
      reg.registerInit({
        deps: { logger: coreServices.logger },
        async init() {},
      });
    },
  });
}

async function start(config: object) {
  const providers: OnCallProvider[] = [];
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    features: [
      providerCollector(providers),
      oncallModulePagerDuty,
      mockServices.rootConfig.factory({ data: config }),
      logger.factory,
      catalogServiceMock.factory({ entities: catalogEntities }),
    ],
  });
  const logged = () =>
    [logger.info, logger.warn, logger.error, logger.debug]
      .flatMap(fn => fn.mock.calls)
      .map(args => JSON.stringify(args))
      .filter(line => /pagerduty/i.test(line));
  return { providers, logged, stop: () => backend.stop() };
}

describe('oncallModulePagerDuty', () => {
  it('registers the pagerduty provider through the extension point', async () => {
    pagerDuty.serve(checkoutAccount());
    const { providers, logged, stop } = await start({
      oncall: { pagerduty: { token: TOKEN, requestTimeout: '5s' } },
    });

    expect(providers.map(p => p.id)).toEqual(['pagerduty']);
    const { rotations } = await providers[0].listRotations();
    await stop();

    expect(rotations.map(r => r.definition.name)).toEqual([
      'pagerduty-pchkep1',
    ]);
    expect(logged()).toEqual([
      JSON.stringify([
        'PagerDuty on-call provider reads https://api.pagerduty.com',
      ]),
    ]);
    expect(logged().join()).not.toContain(TOKEN);
  });

  it('is off without a token, and says so once', async () => {
    const { providers, logged, stop } = await start({
      oncall: { pagerduty: { baseUrl: 'http://127.0.0.1:7705' } },
    });
    await stop();

    expect(providers).toEqual([]);
    expect(logged()).toEqual([
      JSON.stringify([
        'No oncall.pagerduty.token configured; the PagerDuty on-call provider is off and provides no rotations',
      ]),
    ]);
  });

  it('stops startup on an invalid setting, naming the key and not the token', async () => {
    await expect(
      start({ oncall: { pagerduty: { token: TOKEN, baseUrl: 'ftp://pd' } } }),
    ).rejects.toThrow(
      'Invalid oncall.pagerduty config: oncall.pagerduty.baseUrl: must be an http or https URL',
    );
  });
});

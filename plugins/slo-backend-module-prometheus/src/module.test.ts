import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import {
  SloMetricSource,
  sloMetricSourcesExtensionPoint,
} from '@localplus/plugin-slo-node';
import { sloModulePrometheus } from './module';

const TOKEN = 'glsa_secretToken0123456789abcdefABCDEF';

async function start(config: object) {
  const sources: SloMetricSource[] = [];
  const logger = mockServices.logger.mock();
  const backend = await startTestBackend({
    extensionPoints: [
      [
        sloMetricSourcesExtensionPoint,
        { addMetricSource: source => sources.push(source) },
      ],
    ],
    features: [
      sloModulePrometheus,
      mockServices.rootConfig.factory({ data: config }),
      logger.factory,
    ],
  });
  await backend.stop();
  // The backend logs its own startup lines through the same logger.
  const all = [logger.info, logger.warn, logger.error, logger.debug]
    .flatMap(fn => fn.mock.calls)
    .map(args => JSON.stringify(args));
  return {
    sources,
    all,
    logged: all.filter(line => /prometheus/i.test(line)),
  };
}

describe('sloModulePrometheus', () => {
  it('registers a prometheus source for the configured environments', async () => {
    const { sources, all, logged } = await start({
      slo: {
        prometheus: {
          timeout: '5s',
          environments: {
            dev: { baseUrl: 'http://localhost:9090' },
            prod: {
              baseUrl: 'https://prometheus.prod.example',
              headers: { Authorization: `Bearer ${TOKEN}` },
            },
          },
        },
      },
    });

    expect(sources).toHaveLength(1);
    expect(sources[0].type).toBe('prometheus');
    expect(sources[0].environments()).toEqual(['dev', 'prod']);
    expect(logged).toEqual([
      JSON.stringify(['Prometheus metric source registered for dev, prod']),
    ]);
    expect(all.join()).not.toContain(TOKEN);
  });

  it('registers nothing without slo.prometheus, and says so once', async () => {
    const { sources, logged } = await start({});

    expect(sources).toEqual([]);
    expect(logged).toEqual([
      JSON.stringify([
        'No slo.prometheus config; the Prometheus metric source is not registered',
      ]),
    ]);
  });

  it('fails startup on invalid config, naming the key', async () => {
    await expect(
      start({
        slo: { prometheus: { environments: { prod: { baseUrl: 'nope' } } } },
      }),
    ).rejects.toThrow(
      'Invalid slo.prometheus config: slo.prometheus.environments.prod.baseUrl: must be an absolute http or https URL',
    );
  });
});

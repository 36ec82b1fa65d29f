import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { startCollectorBackend } from './__testUtils__/startCollectorBackend';

describe('complianceModulePrometheusCollector', () => {
  it('adds the prometheus collector to the compliance backend', async () => {
    const { collector, backend } = await startCollectorBackend({
      features: [catalogServiceMock.factory()],
      config: {
        slo: {
          prometheus: {
            environments: { prod: { baseUrl: 'http://prometheus.test:9090' } },
          },
        },
      },
    });

    expect(collector).toMatchObject({
      id: 'prometheus',
      title: 'SLOs and Prometheus',
    });
    for (const check of collector.checks) {
      expect(check.description.length).toBeGreaterThan(80);
    }
    await backend.stop();
  });

  it.each([
    ['ftp://prometheus.test', 'must be an http or https URL'],
    [
      'http://user:secret@prometheus.test',
      'must not contain credentials; put them in headers',
    ],
    [
      'http://prometheus.test/?token=1',
      'must not have a query string or fragment',
    ],
    ['prometheus', 'must be an absolute http or https URL'],
  ])(
    'stops the backend at startup for the base URL %s',
    async (baseUrl, problem) => {
      await expect(
        startCollectorBackend({
          features: [catalogServiceMock.factory()],
          config: {
            slo: { prometheus: { environments: { prod: { baseUrl } } } },
          },
        }),
      ).rejects.toThrow(
        `Invalid slo.prometheus.environments.prod.baseUrl: ${problem}`,
      );
    },
  );
});

import { startMetricsExporter } from './startMetricsExporter';
import { SyntheticSeries } from './syntheticSeries';

const series: SyntheticSeries[] = [
  {
    metric: 'probe_success',
    labels: { target: 'argocd-server' },
    valueAt: () => 1,
  },
  {
    metric: 'http_requests_total',
    labels: { service: 'svc-a', status: '200' },
    valueAt: t => t / 3,
  },
];

describe('startMetricsExporter', () => {
  it('serves every series at the current time, with that timestamp', async () => {
    const exporter = await startMetricsExporter({
      series,
      clock: () => 1_800_000_000_123.7,
    });
    try {
      expect(exporter.target).toBe(`127.0.0.1:${exporter.port}`);
      const response = await fetch(`${exporter.url}/metrics`);
      expect(response.headers.get('content-type')).toMatch(
        /^text\/plain;.*version=0\.0\.4/,
      );
      expect(await response.text()).toBe(
        [
          `http_requests_total{service="svc-a",status="200"} ${
            1_800_000_000.123 / 3
          } 1800000000123`,
          'probe_success{target="argocd-server"} 1 1800000000123',
          '',
        ].join('\n'),
      );
      expect((await fetch(`${exporter.url}/other`)).status).toBe(404);
    } finally {
      await exporter.close();
    }
  });

  it('refuses series Prometheus could not ingest', async () => {
    await expect(
      startMetricsExporter({
        series: [{ metric: 'no-dashes', labels: {}, valueAt: () => 0 }],
      }),
    ).rejects.toThrow(/Invalid metric name "no-dashes"/);
  });
});

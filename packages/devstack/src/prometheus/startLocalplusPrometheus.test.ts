import { instantQuery, instantValue, seriesKey } from '@localplus/server-kit';
import {
  LOCALPLUS_TLS_PROBES,
  LOCALPLUS_TRAFFIC_SCENARIOS,
} from './localplusTraffic';
import {
  LocalplusPrometheus,
  LOCALPLUS_TRAFFIC_JOB,
  startLocalplusPrometheus,
} from './startLocalplusPrometheus';

jest.setTimeout(60_000);

const DAY = 86_400;

/** Relative error: the counters reach 1e7, so absolute digits mislead. */
function relativeError(actual: number, expected: number): number {
  return Math.abs(actual / expected - 1);
}

const errorRatio = (service: string, window: string) =>
  `sum(rate(http_requests_total{service="${service}",status=~"5.."}[${window}])) / sum(rate(http_requests_total{service="${service}"}[${window}]))`;

describe('startLocalplusPrometheus over two days', () => {
  let stack: LocalplusPrometheus;
  beforeAll(async () => {
    stack = await startLocalplusPrometheus({
      historyDays: 2,
      scrapeIntervalSeconds: 1,
    });
  });
  afterAll(() => stack?.stop());

  it('answers PromQL with the constants of the scenarios', async () => {
    const { url } = stack.prometheus;
    const at = stack.now;
    // A whole day of a daily swing averages to the mean rate.
    expect(
      relativeError(
        await instantValue(
          url,
          'sum(increase(http_requests_total{service="svc-ledger"}[1d]))',
          at,
        ),
        4 * DAY,
      ),
    ).toBeLessThan(1e-9);
    expect(
      relativeError(
        await instantValue(url, 'sum(increase(http_requests_total[1d]))', at),
        (4 + 3 + 1.5 + 2 + 2.5) * DAY,
      ),
    ).toBeLessThan(1e-9);
    expect(
      relativeError(
        await instantValue(url, errorRatio('svc-giftcard', '1d'), at),
        0.0008,
      ),
    ).toBeLessThan(1e-9);
    expect(
      relativeError(
        await instantValue(url, errorRatio('svc-wallet', '1h'), at),
        0.02,
      ),
    ).toBeLessThan(1e-9);
    expect(
      relativeError(
        await instantValue(
          url,
          '1 - sum(increase(http_request_duration_seconds_bucket{service="svc-ledger",le="0.2"}[1d])) / sum(increase(http_request_duration_seconds_count{service="svc-ledger"}[1d]))',
          at,
        ),
        0.003,
      ),
    ).toBeLessThan(1e-9);
    // And any other window is the model's own difference.
    const wallet500 = stack.series.find(
      one =>
        seriesKey(one) ===
        'http_requests_total{service="svc-wallet",status="500"}',
    )!;
    expect(
      relativeError(
        await instantValue(
          url,
          'increase(http_requests_total{service="svc-wallet",status="500"}[6h])',
          at,
        ),
        wallet500.valueAt(at) - wallet500.valueAt(at - 6 * 3600),
      ),
    ).toBeLessThan(1e-9);
  });

  it('continues the backfilled series with live scrapes: one series each', async () => {
    const { url } = stack.prometheus;
    const selector = `http_requests_total{service="svc-wallet",status="500"}`;
    let scrapedAt = 0;
    for (let i = 0; i < 100 && scrapedAt <= stack.now + 2; i++) {
      const latest = await instantQuery(url, `timestamp(${selector})`);
      scrapedAt = latest[0]?.value ?? 0;
      await new Promise(resolve => setTimeout(resolve, 200));
    }
    expect(scrapedAt).toBeGreaterThan(stack.now + 2);

    const [sample] = await instantQuery(url, selector, scrapedAt);
    expect(sample.metric).toEqual({
      __name__: 'http_requests_total',
      service: 'svc-wallet',
      status: '500',
      job: LOCALPLUS_TRAFFIC_JOB,
      instance: stack.exporter.target,
    });
    const wallet500 = stack.series.find(
      one =>
        seriesKey(one) ===
        'http_requests_total{service="svc-wallet",status="500"}',
    )!;
    expect(sample.value).toBe(wallet500.valueAt(scrapedAt));

    // History and scrapes in one window, under the same labels (up and
    // scrape_* are Prometheus's own series about the scrape).
    expect(
      await instantValue(
        url,
        `count(last_over_time({job="${LOCALPLUS_TRAFFIC_JOB}",__name__!~"up|scrape_.+"}[1h]))`,
        scrapedAt,
      ),
    ).toBe(stack.series.length);
    expect(
      await instantValue(url, `up{job="${LOCALPLUS_TRAFFIC_JOB}"}`, scrapedAt),
    ).toBe(1);
    const historyInLastHour =
      Math.floor((stack.now - (scrapedAt - 3600)) / 60) + 1;
    expect(
      await instantValue(url, `count_over_time(${selector}[1h])`, scrapedAt),
    ).toBeGreaterThan(historyInLastHour);
    expect(
      await instantValue(
        url,
        `max(resets(http_requests_total[1h]))`,
        scrapedAt,
      ),
    ).toBe(0);
    // The incident goes on live.
    expect(
      relativeError(
        await instantValue(
          url,
          `sum(increase(${selector}[2m])) / sum(increase(http_requests_total{service="svc-wallet"}[2m]))`,
          scrapedAt,
        ),
        0.02,
      ),
    ).toBeLessThan(1e-9);
  });
});

describe('startLocalplusPrometheus over the full 30 days', () => {
  let stack: LocalplusPrometheus;
  beforeAll(async () => {
    stack = await startLocalplusPrometheus();
  });
  afterAll(() => stack?.stop());

  const burnRate = (service: string, window: string) =>
    instantValue(
      stack.prometheus.url,
      `(${errorRatio(service, window)}) / 0.001`,
      stack.now,
    );

  it('puts every service in its intended state', async () => {
    expect(await burnRate('svc-wallet', '1h')).toBeGreaterThan(14.4);
    expect(await burnRate('svc-wallet', '5m')).toBeGreaterThan(14.4);
    expect(await burnRate('svc-wallet', '6h')).toBeGreaterThan(6);
    expect(await burnRate('svc-wallet', '30m')).toBeGreaterThan(6);

    const giftcard = await burnRate('svc-giftcard', '30d');
    expect(giftcard).toBeGreaterThan(0.75);
    expect(giftcard).toBeLessThan(0.9);
    expect(await burnRate('svc-giftcard', '1h')).toBeLessThan(14.4);
    expect(await burnRate('svc-giftcard', '6h')).toBeLessThan(6);

    const healthy = LOCALPLUS_TRAFFIC_SCENARIOS.filter(
      scenario => scenario.state === 'healthy',
    );
    expect(healthy.map(scenario => scenario.service)).toEqual([
      'svc-ledger',
      'svc-merchant',
      'svc-notification',
    ]);
    for (const { service } of healthy) {
      expect(await burnRate(service, '30d')).toBeLessThan(0.5);
      expect(await burnRate(service, '1h')).toBeLessThan(1);
    }
    const ledgerLatencyBudget = await instantValue(
      stack.prometheus.url,
      '(1 - sum(increase(http_request_duration_seconds_bucket{service="svc-ledger",le="0.2"}[30d])) / sum(increase(http_request_duration_seconds_count{service="svc-ledger"}[30d]))) / 0.01',
      stack.now,
    );
    expect(ledgerLatencyBudget).toBeLessThan(0.5);
    expect(relativeError(ledgerLatencyBudget, 0.3)).toBeLessThan(1e-9);

    const probes = await instantQuery(
      stack.prometheus.url,
      'avg_over_time(probe_success[30d])',
      stack.now,
    );
    expect(probes.map(p => p.metric.target).sort()).toEqual([
      'argocd-server',
      'prometheus',
    ]);
    for (const probe of probes) {
      expect(probe.value).toBeGreaterThan(0.995);
      expect(probe.value).toBeLessThan(1);
    }

    // What the blackbox exporter's TLS probes would report: one version per
    // public endpoint, none below TLS 1.2.
    const tls = await instantQuery(
      stack.prometheus.url,
      'probe_tls_version_info',
      stack.now,
    );
    expect(
      tls.map(sample => [sample.metric.instance, sample.metric.version]).sort(),
    ).toEqual(
      LOCALPLUS_TLS_PROBES.map(probe => [probe.instance, probe.version]).sort(),
    );
    expect(tls.every(sample => sample.value === 1)).toBe(true);
  });
});

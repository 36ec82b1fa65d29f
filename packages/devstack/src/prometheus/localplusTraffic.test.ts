import { seriesKey, SyntheticSeries } from '@localplus/server-kit';
import {
  LOCALPLUS_PROBE_SCENARIOS,
  LOCALPLUS_TLS_PROBES,
  LOCALPLUS_TRAFFIC_SCENARIOS,
  localplusTraffic,
  requestsUntil,
} from './localplusTraffic';

const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z
const DAY = 86_400;
const series = localplusTraffic(NOW);

function find(metric: string, labels: Record<string, string>): SyntheticSeries {
  const found = series.find(
    one =>
      one.metric === metric &&
      Object.entries(labels).every(([k, v]) => one.labels[k] === v),
  );
  if (!found) {
    throw new Error(`no ${metric} ${JSON.stringify(labels)}`);
  }
  return found;
}

/** Share of 5xx among a service's requests between two moments. */
function errorShare(service: string, from: number, to: number): number {
  const bad = find('http_requests_total', { service, status: '500' });
  const ok = find('http_requests_total', { service, status: '200' });
  const badCount = bad.valueAt(to) - bad.valueAt(from);
  return badCount / (badCount + ok.valueAt(to) - ok.valueAt(from));
}

describe('localplusTraffic', () => {
  it('has the series the OpenSLO documents query, once each', () => {
    expect(series).toHaveLength(5 * 5 + 2 + LOCALPLUS_TLS_PROBES.length);
    expect(new Set(series.map(seriesKey)).size).toBe(series.length);
    expect(series.map(seriesKey)).toEqual(
      expect.arrayContaining([
        'http_requests_total{service="svc-wallet",status="500"}',
        'http_request_duration_seconds_bucket{le="0.2",service="svc-ledger"}',
        'http_request_duration_seconds_bucket{le="+Inf",service="svc-ledger"}',
        'http_request_duration_seconds_count{service="svc-giftcard"}',
        'probe_success{target="argocd-server"}',
        'probe_success{target="prometheus"}',
        'probe_tls_version_info{instance="https://api.localplus.example",version="TLS 1.3"}',
      ]),
    );
  });

  it('starts counters at 0 thirty days before now and never lets them decrease', () => {
    // Probes are gauges; everything else counts.
    const counters = series.filter(one => !one.metric.startsWith('probe_'));
    const decreases: string[] = [];
    for (const one of counters) {
      expect(one.valueAt(NOW - 30 * DAY)).toBe(0);
      let previous = 0;
      for (let t = NOW - 30 * DAY; t <= NOW + DAY; t += 15 * 60 + 7) {
        const value = one.valueAt(t);
        if (value < previous) {
          decreases.push(`${seriesKey(one)} at ${t}`);
        }
        previous = value;
      }
    }
    expect(decreases).toEqual([]);
  });

  it('serves the mean rate over any whole day, whatever the daily swing', () => {
    const traffic = {
      origin: 0,
      meanPerSecond: 3,
      amplitude: 0.2,
      peakHourUtc: 14,
    };
    const from = 12_345_678;
    expect(
      requestsUntil(traffic, from + DAY) - requestsUntil(traffic, from),
    ).toBeCloseTo(3 * DAY, 6);
    // Afternoon traffic is above the morning's.
    const hour = (h: number) =>
      requestsUntil(traffic, (h + 1) * 3600) - requestsUntil(traffic, h * 3600);
    expect(hour(14)).toBeGreaterThan(3 * 3600 * 1.19);
    expect(hour(2)).toBeLessThan(3 * 3600 * 0.81);
  });

  it('tells the story of each scenario', () => {
    const budget = (service: string, from: number, to: number) =>
      errorShare(service, from, to) / 0.001;
    expect(budget('svc-ledger', NOW - 30 * DAY, NOW)).toBeCloseTo(0.2, 9);
    expect(budget('svc-giftcard', NOW - 30 * DAY, NOW)).toBeCloseTo(0.8, 9);
    expect(budget('svc-wallet', NOW - 3600, NOW)).toBeCloseTo(20, 9);
    expect(budget('svc-wallet', NOW - 300, NOW)).toBeCloseTo(20, 9);
    // The incident goes on after now, for the live part.
    expect(budget('svc-wallet', NOW + 3600, NOW + 7200)).toBeCloseTo(20, 9);
    expect(budget('svc-wallet', NOW - 6 * 3600, NOW)).toBeGreaterThan(6);
    expect(budget('svc-wallet', NOW - 30 * DAY, NOW - 3 * 3600)).toBeCloseTo(
      0.3,
      9,
    );

    const slow = find('http_request_duration_seconds_bucket', {
      service: 'svc-ledger',
      le: '0.2',
    });
    const all = find('http_request_duration_seconds_count', {
      service: 'svc-ledger',
    });
    expect(1 - slow.valueAt(NOW) / all.valueAt(NOW)).toBeCloseTo(0.003, 12);
    expect(
      find('http_request_duration_seconds_bucket', {
        service: 'svc-ledger',
        le: '+Inf',
      }).valueAt(NOW),
    ).toBe(all.valueAt(NOW));
    expect(LOCALPLUS_TRAFFIC_SCENARIOS.map(s => [s.service, s.state])).toEqual([
      ['svc-ledger', 'healthy'],
      ['svc-wallet', 'burning-fast'],
      ['svc-giftcard', 'feature-freeze'],
      ['svc-merchant', 'healthy'],
      ['svc-notification', 'healthy'],
    ]);
  });

  it('keeps svc-wallet above the 6h ticket threshold at any time of day', () => {
    for (let hour = 0; hour < 24; hour++) {
      const now = NOW + hour * 3600;
      const wallet = localplusTraffic(now);
      const bad = wallet.find(
        one =>
          one.labels.service === 'svc-wallet' && one.labels.status === '500',
      )!;
      const all = wallet.find(
        one =>
          one.metric === 'http_request_duration_seconds_count' &&
          one.labels.service === 'svc-wallet',
      )!;
      const share =
        (bad.valueAt(now) - bad.valueAt(now - 6 * 3600)) /
        (all.valueAt(now) - all.valueAt(now - 6 * 3600));
      expect(share / 0.001).toBeGreaterThan(6);
    }
  });

  it('takes the probes down for a few whole minutes, well within 99.5 %', () => {
    for (const probe of LOCALPLUS_PROBE_SCENARIOS) {
      const one = find('probe_success', { target: probe.target });
      let down = 0;
      let changedWithinAMinute = 0;
      for (let t = NOW - 30 * DAY; t < NOW; t += 60) {
        const value = one.valueAt(t);
        if (one.valueAt(t + 59) !== value) {
          changedWithinAMinute++;
        }
        down += 1 - value;
      }
      expect(changedWithinAMinute).toBe(0);
      expect(down).toBeGreaterThan(3);
      expect(down / (30 * 1440)).toBeLessThan(0.001);
    }
  });

  it('probes every public endpoint once, each negotiating TLS 1.2 or 1.3 at all times', () => {
    const tls = series.filter(one => one.metric === 'probe_tls_version_info');
    const instances = tls.map(one => one.labels.instance);
    expect(instances).toHaveLength(LOCALPLUS_TLS_PROBES.length);
    expect(new Set(instances).size).toBe(instances.length);
    expect(instances).toContain('https://api.localplus.example');
    for (const one of tls) {
      expect(new URL(one.labels.instance).hostname).toMatch(
        /\.localplus\.example$/,
      );
      expect(['TLS 1.2', 'TLS 1.3']).toContain(one.labels.version);
      for (let t = NOW - 30 * DAY; t <= NOW + DAY; t += 6 * 3600 + 7) {
        expect(one.valueAt(t)).toBe(1);
      }
    }
  });
});

import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import type { CacheService } from '@backstage/backend-plugin-api';
import type { RunningPrometheus } from '@localplus/server-kit';
import { PrometheusMetricSource } from '@localplus/plugin-slo-backend-module-prometheus';
import type { SloMetricSource } from '@localplus/plugin-slo-node';
import {
  KNOWN_PATTERN_DOCUMENTS,
  patternEnd,
  startKnownPatternPrometheus,
} from '../../__testUtils__/knownErrorPattern';
import { countingMetricSource } from '../../__testUtils__/countingMetricSource';
import { memoryCache } from '../../__testUtils__/memoryCache';
import { createSloServiceHarness } from '../../__testUtils__/sloServiceHarness';

jest.setTimeout(120_000);

const svcKnown = { kind: 'component', namespace: 'default', name: 'svc-known' };
const asUser = { credentials: mockCredentials.user() };
const CONCURRENT = 20;

/**
 * Requests that arrive while a measurement is under way wait for it: a burst
 * of them, as when the cached measurements expire under load, costs the
 * metric source what one request costs.
 */
describe('concurrent requests for the same measurements', () => {
  const end = patternEnd();
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let prometheus: RunningPrometheus;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    prometheus = await startKnownPatternPrometheus(end);
  });

  afterAll(async () => {
    await Promise.all(cleanups.map(cleanup => cleanup()));
    await prometheus?.stop();
  });

  async function harness(
    source: SloMetricSource,
    cache: CacheService = memoryCache(),
  ) {
    const built = await createSloServiceHarness({
      entities: [{ name: 'svc-known', documents: KNOWN_PATTERN_DOCUMENTS }],
      source,
      cache,
      database: { getClient: async () => databases.init('SQLITE_3') },
      now: () => new Date(end * 1000),
    });
    cleanups.push(built.cleanup);
    return built.service;
  }

  const prometheusSource = () =>
    new PrometheusMetricSource({
      environments: { prod: { baseUrl: prometheus.url } },
    });

  it('measures once for a burst of overview requests, and every request gets the figures', async () => {
    const alone = countingMetricSource(prometheusSource());
    const single = await (await harness(alone.source)).getOverview({}, asUser);
    expect(alone.counts.instant).toBeGreaterThan(0);
    expect(single.rows.every(row => row.status === 'ok')).toBe(true);

    const burst = countingMetricSource(prometheusSource());
    const service = await harness(burst.source);
    const overviews = await Promise.all(
      Array.from({ length: CONCURRENT }, () => service.getOverview({}, asUser)),
    );
    expect(burst.counts.instant).toBe(alone.counts.instant);
    for (const overview of overviews) {
      expect(overview.rows).toEqual(single.rows);
    }
  });

  it('measures the charts once for a burst of entity reports', async () => {
    const alone = countingMetricSource(prometheusSource());
    const single = await (
      await harness(alone.source)
    ).getEntityReport(svcKnown, asUser);
    expect(alone.counts.range).toBeGreaterThan(0);

    const burst = countingMetricSource(prometheusSource());
    const service = await harness(burst.source);
    const reports = await Promise.all(
      Array.from({ length: CONCURRENT }, () =>
        service.getEntityReport(svcKnown, asUser),
      ),
    );
    expect(burst.counts).toEqual(alone.counts);
    for (const report of reports) {
      expect(report.objectives).toEqual(single.objectives);
    }
  });

  it('shares a failed measurement with the requests waiting for it, and measures again on the next request', async () => {
    let down = true;
    const real = prometheusSource();
    const flaky = countingMetricSource({
      ...real,
      type: real.type,
      environments: () => real.environments(),
      queryInstant: async request => {
        if (down) {
          // Slow enough that the whole burst arrives while it is under way.
          await new Promise(resolve => setTimeout(resolve, 200));
          throw new Error('Prometheus is restarting');
        }
        return real.queryInstant(request);
      },
      queryRange: request => real.queryRange(request),
    });
    const service = await harness(flaky.source);
    const during = await Promise.all(
      Array.from({ length: CONCURRENT }, () => service.getOverview({}, asUser)),
    );
    const failedQueries = flaky.counts.instant;
    for (const overview of during) {
      expect(overview.rows.map(row => row.status)).toEqual([
        'error',
        'error',
        'error',
      ]);
    }
    const measuredAlone = countingMetricSource(prometheusSource());
    await (await harness(measuredAlone.source)).getOverview({}, asUser);
    expect(failedQueries).toBe(measuredAlone.counts.instant);

    down = false;
    const after = await service.getOverview({}, asUser);
    expect(after.rows.map(row => row.status)).toEqual(['ok', 'ok', 'ok']);
    expect(flaky.counts.instant).toBe(2 * failedQueries);
  });

  it('releases the waiting requests when the cache fails under the one measuring', async () => {
    const store = memoryCache();
    let failLookups = 0;
    const cache = {
      ...store,
      get: async (key: string) => {
        if (key.startsWith('measurement:') && failLookups > 0) {
          failLookups -= 1;
          throw new Error('cache store unreachable');
        }
        return store.get(key);
      },
      withOptions: () => cache,
    } as CacheService;
    const service = await harness(prometheusSource(), cache);
    failLookups = 1;
    const outcomes = await Promise.allSettled(
      Array.from({ length: CONCURRENT }, () => service.getOverview({}, asUser)),
    );
    const rejected = outcomes.filter(outcome => outcome.status === 'rejected');
    expect(rejected.length).toBeGreaterThanOrEqual(1);
    for (const outcome of rejected) {
      expect(String((outcome as PromiseRejectedResult).reason)).toMatch(
        /cache store unreachable/,
      );
    }
    // Nothing is left waiting on a measurement nobody takes.
    const next = await service.getOverview({}, asUser);
    expect(next.rows.map(row => row.status)).toEqual(['ok', 'ok', 'ok']);
  });
});

import { mockCredentials, TestDatabases } from '@backstage/backend-test-utils';
import type { DatabaseService } from '@backstage/backend-plugin-api';
import type { RunningPrometheus } from '@localplus/server-kit';
import { PrometheusMetricSource } from '@localplus/plugin-slo-backend-module-prometheus';
import type { SloMetricSource } from '@localplus/plugin-slo-node';
import net from 'node:net';
import {
  KNOWN_PATTERN_DOCUMENTS,
  patternEnd,
  startKnownPatternPrometheus,
} from '../../__testUtils__/knownErrorPattern';
import {
  createSloServiceHarness,
  HarnessEntity,
} from '../../__testUtils__/sloServiceHarness';

jest.setTimeout(120_000);

const svcKnown = { kind: 'component', namespace: 'default', name: 'svc-known' };
const asUser = { credentials: mockCredentials.user() };

/** What each objective of svc-known says when its metric source fails. */
describe('SLO measurement when the metric source fails', () => {
  const end = patternEnd();
  const now = () => new Date(end * 1000);
  const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
  let database: DatabaseService;
  const harnesses: Array<{ cleanup(): Promise<void> }> = [];

  beforeAll(async () => {
    const knex = await databases.init('SQLITE_3');
    database = { getClient: async () => knex };
  });

  afterAll(async () => {
    await Promise.all(harnesses.map(created => created.cleanup()));
  });

  async function harness(
    source: SloMetricSource,
    entities: HarnessEntity[] = [
      { name: 'svc-known', documents: KNOWN_PATTERN_DOCUMENTS },
    ],
  ) {
    const created = await createSloServiceHarness({
      entities,
      source,
      database,
      now,
    });
    harnesses.push(created);
    return created;
  }

  it('shows the last daily snapshot, with its day, once Prometheus is down', async () => {
    let prometheus: RunningPrometheus | undefined =
      await startKnownPatternPrometheus(end);
    const source = new PrometheusMetricSource({
      environments: { prod: { baseUrl: prometheus.url } },
      timeoutMs: 5000,
    });
    try {
      const before = await harness(source);
      await expect(before.service.takeSnapshots()).resolves.toEqual({
        saved: 3,
        failed: 0,
      });
    } finally {
      await prometheus.stop();
      prometheus = undefined;
    }

    // A fresh service: nothing cached, only the database remembers.
    const after = await harness(source);
    const history = await after.service.getEntityHistory(svcKnown, {
      ...asUser,
      days: 7,
    });
    expect(
      history.objectives.map(o => [o.sloName, o.snapshots.length]),
    ).toEqual([
      ['known-availability', 1],
      ['known-latency', 1],
      ['known-probe', 1],
    ]);
    expect(history.objectives[1].snapshots[0]).toMatchObject({
      state: 'freeze',
      sli: expect.closeTo(0.992, 9),
    });
    const report = await after.service.getEntityReport(svcKnown, asUser);
    expect(report.objectives.map(o => o.status)).toEqual([
      'error',
      'error',
      'error',
    ]);
    const [availability] = report.objectives;
    expect(availability.error).toMatch(
      /Prometheus for prod at .* is unreachable/,
    );
    expect(availability.measurement).toBeUndefined();
    expect(availability.lastSnapshot).toMatchObject({
      day: new Date(end * 1000).toISOString().slice(0, 10),
      takenAt: new Date(end * 1000).toISOString(),
      state: 'careful',
    });
    expect(availability.lastSnapshot!.consumedFraction).toBeCloseTo(
      0.5270833333,
      6,
    );

    const overview = await after.service.getOverview({}, asUser);
    expect(overview.counts.unknown).toBe(3);
    // Sorted by the snapshots' consumption when nothing is measured now.
    expect(overview.rows.map(row => row.sloName)).toEqual([
      'known-latency',
      'known-probe',
      'known-availability',
    ]);
  });

  it('says so when Prometheus accepts the connection but never answers', async () => {
    // Accepts connections and never answers; kept sockets are destroyed after.
    const sockets: net.Socket[] = [];
    const silent = net.createServer(socket => {
      sockets.push(socket);
    });
    await new Promise<void>(resolve => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const { service } = await harness(
        new PrometheusMetricSource({
          environments: { prod: { baseUrl: `http://127.0.0.1:${port}` } },
          timeoutMs: 500,
        }),
      );
      const started = Date.now();
      const report = await service.getEntityReport(svcKnown, asUser);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(report.objectives[0].status).toBe('error');
      expect(report.objectives[0].error).toMatch(/did not answer within/);
    } finally {
      sockets.forEach(socket => socket.destroy());
      await new Promise(resolve => silent.close(resolve));
    }
  });

  it('names the configured environments when an entity asks for another', async () => {
    const { service } = await harness(
      new PrometheusMetricSource({
        environments: { prod: { baseUrl: 'http://127.0.0.1:9' } },
      }),
      [
        {
          name: 'svc-known',
          documents: KNOWN_PATTERN_DOCUMENTS,
          environment: 'staging',
        },
      ],
    );
    const report = await service.getEntityReport(svcKnown, asUser);
    expect(report.objectives[0].environment).toBe('staging');
    expect(report.objectives[0].error).toMatch(/staging/);
    expect(report.objectives[0].error).toMatch(/prod/);
  });

  it('says which metric source is missing', async () => {
    const other: SloMetricSource = {
      type: 'datadog',
      environments: () => ['prod'],
      queryInstant: jest.fn(),
      queryRange: jest.fn(),
    };
    const { service } = await harness(other);
    const report = await service.getEntityReport(svcKnown, asUser);
    expect(report.objectives[0].error).toBe(
      'No metric source of type "prometheus" is installed in the portal',
    );
    expect(other.queryInstant).not.toHaveBeenCalled();
  });
});

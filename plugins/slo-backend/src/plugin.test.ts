import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { RunningPrometheus } from '@localplus/server-kit';
import type {
  EntitySloReport,
  SloOverview,
} from '@localplus/plugin-slo-common';
import { execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import request from 'supertest';
import { parse } from 'yaml';
import { componentsWithSloFiles } from './__testUtils__/catalogEntities';
import {
  KNOWN_PATTERN_DOCUMENTS,
  QUIET_PATTERN_DOCUMENTS,
  startKnownPatternPrometheus,
} from './__testUtils__/knownErrorPattern';
import { startSloPluginBackend } from './__testUtils__/startSloPluginBackend';

jest.setTimeout(120_000);

const BROKEN_DOCUMENT = KNOWN_PATTERN_DOCUMENTS.replace(
  'target: 0.999',
  'target: 99.9',
);
const BAD_PROMQL_DOCUMENT = QUIET_PATTERN_DOCUMENTS.replace(
  'rate(http_requests_total{service="svc-quiet"}[{{window}}])',
  'rate(sum(http_requests_total{service="svc-quiet"})[{{window}}])',
)
  .replace('name: quiet-availability', 'name: bad-query')
  .replace('service: svc-quiet', 'service: svc-bad-query');

/** The whole plugin over HTTP, as the portal calls it, against a real Prometheus. */
describe('the SLO backend over HTTP', () => {
  let prometheus: RunningPrometheus;
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let folder: string;
  const askedPermissions: string[] = [];

  beforeAll(async () => {
    // The history ends a minute ago: the backend measures at the real now.
    const end = Math.floor(Date.now() / 60_000) * 60 - 60;
    prometheus = await startKnownPatternPrometheus(end);
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-plugin-'));
    const entities = await componentsWithSloFiles(folder, [
      {
        name: 'svc-known',
        documents: KNOWN_PATTERN_DOCUMENTS,
        criticality: 'P0',
      },
      {
        name: 'svc-quiet',
        documents: QUIET_PATTERN_DOCUMENTS,
        owner: 'team-platform',
        tier: 'T1',
      },
      { name: 'svc-broken', documents: BROKEN_DOCUMENT },
      { name: 'svc-bad-query', documents: BAD_PROMQL_DOCUMENT },
    ]);
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'svc-without-slos', namespace: 'default' },
      spec: { type: 'service', owner: 'team-loyalty', lifecycle: 'production' },
    });
    backend = await startSloPluginBackend({
      entities,
      prometheusUrl: prometheus.url,
      askedPermissions,
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await prometheus?.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  const get = (url: string) =>
    request(backend.server)
      .get(`/api/slo${url}`)
      .set('Authorization', mockCredentials.user.header());

  it('reports every objective of an entity, with charts and links', async () => {
    const response = await get('/entities/component/default/svc-known/report');
    expect(response.status).toBe(200);
    const report = response.body as EntitySloReport;
    expect(report.problems).toEqual([]);
    expect(report.documentLocation).toBe('./slo/slos.yaml');
    expect(report.objectives.map(o => [o.sloName, o.status])).toEqual([
      ['known-availability', 'ok'],
      ['known-latency', 'ok'],
      ['known-probe', 'ok'],
    ]);
    const [availability] = report.objectives;
    expect(availability.runbookUrl).toBe('https://docs.example/runbooks/known');
    expect(availability.queries.explorerUrl).toMatch(
      /^https:\/\/prometheus\.example\/graph\?g0\.expr=/,
    );
    expect(availability.queries.errorRatio).toContain('svc-known');
    expect(availability.measurement!.series!.sli.length).toBeGreaterThan(100);
    expect(availability.measurement!.alerts[0]).toMatchObject({
      longWindow: '1h',
      firing: true,
    });
  });

  it('reports a malformed document on its own entity, with the field at fault', async () => {
    const broken = await get('/entities/component/default/svc-broken/report');
    expect(broken.status).toBe(200);
    expect(broken.body.problems).toEqual([
      'document 0: spec.objectives[0].target: must be between 0 and 1',
    ]);
    // The other documents of the same file still parse and are measured.
    expect(broken.body.objectives.map((o: any) => o.sloName)).toEqual([
      'known-latency',
      'known-probe',
    ]);
    const overview = (await get('/overview')).body as SloOverview;
    expect(overview.documentProblems).toEqual([
      {
        entityRef: 'component:default/svc-broken',
        problems: [
          'document 0: spec.objectives[0].target: must be between 0 and 1',
        ],
      },
    ]);
    expect(
      overview.rows.filter(
        row => row.entityRef === 'component:default/svc-known',
      ),
    ).toHaveLength(3);
  });

  it('keeps a PromQL error on the objective that wrote it', async () => {
    const response = await get(
      '/entities/component/default/svc-bad-query/report',
    );
    expect(response.status).toBe(200);
    const [objective] = (response.body as EntitySloReport).objectives;
    expect(objective.status).toBe('error');
    expect(objective.error).toMatch(/ranges only allowed for vector selectors/);
    const overview = (await get('/overview')).body as SloOverview;
    const statuses = Object.fromEntries(
      overview.rows.map(row => [`${row.entityRef} ${row.sloName}`, row.status]),
    );
    expect(statuses).toMatchObject({
      'component:default/svc-bad-query bad-query': 'error',
      'component:default/svc-known known-availability': 'ok',
      'component:default/svc-quiet quiet-availability': 'ok',
    });
  });

  it('lists objectives by budget consumed, with counts per policy state', async () => {
    const overview = (await get('/overview')).body as SloOverview;
    const consumed = overview.rows
      .map(row => row.consumedFraction)
      .filter((value): value is number => value !== null);
    expect(consumed).toEqual([...consumed].sort((a, b) => b - a));
    expect(overview.rows.at(-1)!.status).toBe('error');
    const total = Object.values(overview.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(overview.rows.length);
    expect(overview.counts.unknown).toBe(1);
    expect(overview.facets).toEqual({
      owners: ['group:default/team-loyalty', 'group:default/team-platform'],
      systems: ['system:default/localplus-core'],
      tiers: ['T1', 'T3'],
      criticalities: ['P0', 'P1'],
    });
  });

  it('filters the overview by owner, tier and criticality', async () => {
    const byOwner = (await get('/overview?owner=group:default/team-platform'))
      .body;
    expect(byOwner.rows.map((row: any) => row.entityRef)).toEqual([
      'component:default/svc-quiet',
    ]);
    expect(byOwner.facets.owners).toHaveLength(2);
    const byTier = (await get('/overview?tier=t1')).body;
    expect(byTier.rows).toHaveLength(1);
    const none = (await get('/overview?criticality=P0&tier=T1')).body;
    expect(none.rows).toEqual([]);
    expect(none.counts).toEqual({
      normal: 0,
      careful: 0,
      freeze: 0,
      emergency: 0,
      unknown: 0,
    });
  });

  it('serves the generated rules as a YAML download that promtool accepts', async () => {
    const response = await get('/entities/component/default/svc-known/rules');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/application\/yaml/);
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename="svc-known-slo-rules.yaml"',
    );
    const file = parse(response.text);
    expect(file.groups.map((group: any) => group.name)).toEqual([
      'slo-known-availability',
      'slo-known-latency',
      'slo-known-probe',
    ]);
    const rulesFile = path.join(folder, 'rules.yaml');
    await fs.writeFile(rulesFile, response.text);
    const { stdout } = await promisify(execFile)('promtool', [
      'check',
      'rules',
      rulesFile,
    ]);
    expect(stdout).toMatch(/SUCCESS: \d+ rules found/);
  });

  it('serves the stored daily snapshots of each objective', async () => {
    const response = await get(
      '/entities/component/default/svc-known/history?days=30',
    );
    expect(response.status).toBe(200);
    // Snapshots are switched off in this backend, so none is stored yet.
    expect(response.body.objectives).toEqual([
      expect.objectContaining({ sloName: 'known-availability', snapshots: [] }),
      expect.objectContaining({ sloName: 'known-latency', snapshots: [] }),
      expect.objectContaining({ sloName: 'known-probe', snapshots: [] }),
    ]);
    expect(response.body.sinceDay).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers 404 for unknown entities and entities without SLOs', async () => {
    const unknown = await get('/entities/component/default/svc-nope/report');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe(
      'No entity component:default/svc-nope in the catalog',
    );
    const without = await get(
      '/entities/component/default/svc-without-slos/rules',
    );
    expect(without.status).toBe(404);
    expect(without.body.error.message).toMatch(
      /has no localplus.io\/openslo annotation/,
    );
  });

  it.each([
    ['/overview?tier=a&tier=b', /Invalid filters: tier/],
    ['/overview?colour=red', /Invalid filters: unknown colour/],
    [`/overview?owner=${'x'.repeat(301)}`, /Invalid filters: owner/],
    [
      `/entities/component/default/${'a'.repeat(300)}/report`,
      /Invalid entity: name/,
    ],
    [
      '/entities/component/default/..%2F..%2Fetc/report',
      /Invalid entity: name/,
    ],
    ['/entities/component/default/%24%7Bx%7D/rules', /Invalid entity: name/],
    [
      '/entities/component/default/svc-known/history?days=0',
      /days: must be at least 1/,
    ],
    [
      '/entities/component/default/svc-known/history?days=401',
      /days: must be at most 400/,
    ],
    [
      '/entities/component/default/svc-known/history?days=1.5',
      /days: must be a whole number/,
    ],
    [
      '/entities/component/default/svc-known/history?days=abc',
      /Invalid history query: days/,
    ],
  ])('refuses %s with a clear 400', async (url, message) => {
    const response = await get(url);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
  });

  it('serves the rules of the valid documents of a partly broken file', async () => {
    const onlyBroken = await get(
      '/entities/component/default/svc-broken/rules',
    );
    expect(onlyBroken.status).toBe(200);
    expect(parse(onlyBroken.text).groups).toHaveLength(2);
  });
});

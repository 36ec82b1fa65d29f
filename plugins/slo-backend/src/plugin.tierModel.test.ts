import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { SloOverview } from '@localplus/plugin-slo-common';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { componentsWithSloFiles } from './__testUtils__/catalogEntities';
import { QUIET_PATTERN_DOCUMENTS } from './__testUtils__/knownErrorPattern';
import { startSloPluginBackend } from './__testUtils__/startSloPluginBackend';

jest.setTimeout(60_000);

const level = (id: string) => ({
  id,
  name: id,
  description: `The ${id} services.`,
  namePattern: '^svc-[a-z-]+$',
  owners: ['team-loyalty'],
  approvers: 'Tech lead',
  changeProcess: 'Standard review',
});

/**
 * The overview's tier facet and filter under an organisation's own tier
 * model, whose annotation is not `localplus.io/tier`. The facets come before
 * any measurement, so no Prometheus listens at its address.
 */
describe('the SLO overview under a configured tier annotation', () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let folder: string;

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-tier-model-'));
    // Each also carries localplus.io/tier: T3, which this model does not read.
    const entities = await componentsWithSloFiles(folder, [
      { name: 'svc-core', documents: QUIET_PATTERN_DOCUMENTS },
      { name: 'svc-edge', documents: QUIET_PATTERN_DOCUMENTS },
    ]);
    entities[0].metadata.annotations!['example.com/tier'] = 'core';
    entities[1].metadata.annotations!['example.com/tier'] = 'edge';
    backend = await startSloPluginBackend({
      entities,
      prometheusUrl: 'http://127.0.0.1:9',
      askedPermissions: [],
      tierModel: {
        annotation: 'example.com/tier',
        levels: [level('core'), level('edge')],
      },
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  const overview = async (query = '') => {
    const response = await request(backend.server)
      .get(`/api/slo/overview${query}`)
      .set('Authorization', mockCredentials.user.header());
    expect(response.status).toBe(200);
    return response.body as SloOverview;
  };

  it("offers the tiers of the model's annotation", async () => {
    const { facets, rows } = await overview();
    expect(facets.tiers).toEqual(['core', 'edge']);
    expect(rows.map(row => [row.entityRef, row.tier])).toEqual(
      expect.arrayContaining([
        ['component:default/svc-core', 'core'],
        ['component:default/svc-edge', 'edge'],
      ]),
    );
  });

  it("filters by the model's annotation", async () => {
    const { rows } = await overview('?tier=edge');
    expect(rows.map(row => row.entityRef)).toEqual([
      'component:default/svc-edge',
    ]);
    expect((await overview('?tier=T3')).rows).toEqual([]);
  });
});

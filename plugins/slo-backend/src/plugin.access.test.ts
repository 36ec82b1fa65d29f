import {
  mockCredentials,
  startTestBackend,
} from '@backstage/backend-test-utils';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { componentsWithSloFiles } from './__testUtils__/catalogEntities';
import { KNOWN_PATTERN_DOCUMENTS } from './__testUtils__/knownErrorPattern';
import {
  OUTSIDER,
  startSloPluginBackend,
} from './__testUtils__/startSloPluginBackend';

jest.setTimeout(60_000);

/**
 * Who may read SLOs, asked of the real permission backend. Every answer here
 * comes before any measurement, so no Prometheus listens at its address.
 */
describe("the SLO backend's permission checks", () => {
  let backend: Awaited<ReturnType<typeof startTestBackend>>;
  let folder: string;
  const askedPermissions: string[] = [];

  beforeAll(async () => {
    folder = await fs.mkdtemp(path.join(os.tmpdir(), 'slo-access-'));
    const entities = await componentsWithSloFiles(folder, [
      { name: 'svc-known', documents: KNOWN_PATTERN_DOCUMENTS },
    ]);
    backend = await startSloPluginBackend({
      entities,
      prometheusUrl: 'http://127.0.0.1:9',
      askedPermissions,
    });
  });

  afterAll(async () => {
    await backend?.stop();
    await fs.rm(folder, { recursive: true, force: true });
  });

  it('refuses callers without credentials on every route', async () => {
    for (const url of [
      '/overview',
      '/entities/component/default/svc-known/report',
      '/entities/component/default/svc-known/rules',
      '/entities/component/default/svc-known/history',
    ]) {
      const response = await request(backend.server).get(`/api/slo${url}`);
      expect(response.status).toBe(401);
    }
  });

  it("refuses an entity's SLOs to a signed-in person the policy does not let read them", async () => {
    for (const url of [
      '/entities/component/default/svc-known/report',
      '/entities/component/default/svc-known/rules',
      '/entities/component/default/svc-known/history',
    ]) {
      const response = await request(backend.server)
        .get(`/api/slo${url}`)
        .set('Authorization', mockCredentials.user.header(OUTSIDER));
      expect({ url, status: response.status }).toEqual({ url, status: 403 });
      expect(response.body.error.name).toBe('NotAllowedError');
    }
    expect(new Set(askedPermissions)).toEqual(new Set(['slo.entity.read']));
  });

  it('leaves out of the overview what the person may not read', async () => {
    const response = await request(backend.server)
      .get('/api/slo/overview')
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(response.status).toBe(200);
    expect(response.body.rows).toEqual([]);
    expect(response.body.documentProblems).toEqual([]);
  });

  it('declares its permission to the permission framework', async () => {
    const response = await request(backend.server)
      .get('/api/slo/.well-known/backstage/permissions/metadata')
      .set('Authorization', mockCredentials.service.header());
    expect(response.status).toBe(200);
    expect(response.body.permissions).toEqual([
      {
        type: 'resource',
        name: 'slo.entity.read',
        attributes: { action: 'read' },
        resourceType: 'catalog-entity',
      },
    ]);
  });
});

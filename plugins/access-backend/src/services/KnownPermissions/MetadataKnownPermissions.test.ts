import {
  mockServices,
  registerMswTestHooks,
} from '@backstage/backend-test-utils';
import { catalogPermissions } from '@backstage/plugin-catalog-common/alpha';
import { kubernetesPermissions } from '@backstage/plugin-kubernetes-common';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { MetadataKnownPermissions } from './MetadataKnownPermissions';

const server = setupServer();
registerMswTestHooks(server);

/** mockServices.discovery() places every plugin here. */
const metadataUrl = (pluginId: string) =>
  `http://localhost:0/api/${pluginId}/.well-known/backstage/permissions/metadata`;

function serve(
  pluginId: string,
  respond: () => Response | Promise<Response>,
  seen: string[] = [],
) {
  server.use(
    http.get(metadataUrl(pluginId), ({ request }) => {
      seen.push(`${pluginId} ${request.headers.get('authorization')}`);
      return respond();
    }),
  );
  return seen;
}

function reader(
  pluginIds: string[],
  clock = { now: 0 },
  // Generous for a busy CI machine; the slow-plugin test sets its own.
  timeoutMs = 10_000,
) {
  return new MetadataKnownPermissions({
    pluginIds,
    discovery: mockServices.discovery(),
    auth: mockServices.auth({ pluginId: 'access' }),
    logger: mockServices.logger.mock(),
    now: () => clock.now,
    timeoutMs,
  });
}

describe('MetadataKnownPermissions', () => {
  it('reads each plugin with a service token for it, and keeps the answer a minute', async () => {
    const seen = serve('catalog', () =>
      HttpResponse.json({
        permissions: catalogPermissions,
        rules: [{ any: 'thing' }],
      }),
    );
    serve(
      'kubernetes',
      () => HttpResponse.json({ permissions: kubernetesPermissions }),
      seen,
    );
    const clock = { now: 0 };
    const known = reader(['catalog', 'kubernetes'], clock);

    const first = await known.list();
    expect(first.unavailable).toEqual([]);
    expect(first.permissions).toHaveLength(
      catalogPermissions.length + kubernetesPermissions.length,
    );
    expect(first.permissions[0]).toEqual({
      pluginId: 'catalog',
      permission: catalogPermissions[0],
    });
    // The plugins are read in parallel.
    expect([...seen].sort()).toEqual([
      expect.stringMatching(/^catalog Bearer .*"target":"catalog"/),
      expect.stringMatching(/^kubernetes Bearer .*"target":"kubernetes"/),
    ]);

    clock.now = 59_000;
    await known.list();
    expect(seen).toHaveLength(2);
    clock.now = 61_000;
    await known.list();
    expect(seen).toHaveLength(4);
  });

  it('shares one load between concurrent callers', async () => {
    const seen = serve('catalog', () => HttpResponse.json({ permissions: [] }));
    const known = reader(['catalog']);
    await Promise.all([known.list(), known.list(), known.list()]);
    expect(seen).toHaveLength(1);
  });

  it('keeps what loaded and names each plugin that failed, and why', async () => {
    serve('catalog', () =>
      HttpResponse.json({ permissions: catalogPermissions }),
    );
    serve(
      'slo',
      () =>
        new HttpResponse('not here', { status: 404, statusText: 'Not Found' }),
    );
    serve('broken', () =>
      HttpResponse.json({ permissions: [{ type: 'basic', name: '<script>' }] }),
    );
    serve('huge', () =>
      HttpResponse.json({
        permissions: Array.from({ length: 2001 }, (_, i) => ({
          type: 'basic',
          name: `p${i}`,
          attributes: {},
        })),
      }),
    );
    serve('slow', async () => {
      await new Promise(resolve => setTimeout(resolve, 5000));
      return HttpResponse.json({ permissions: [] });
    });
    serve(
      'garbage',
      () =>
        new HttpResponse('<html>', {
          headers: { 'content-type': 'text/html' },
        }),
    );

    const snapshot = await reader(
      ['catalog', 'slo', 'broken', 'huge', 'slow', 'garbage'],
      { now: 0 },
      1500,
    ).list();
    expect(snapshot.permissions).toHaveLength(catalogPermissions.length);
    expect(snapshot.unavailable.map(u => u.pluginId)).toEqual([
      'slo',
      'broken',
      'huge',
      'slow',
      'garbage',
    ]);
    expect(snapshot.unavailable[0].error).toContain('404');
    expect(snapshot.unavailable[1].error).toContain('malformed');
  });

  it('asks a failed plugin again after ten seconds, not a minute', async () => {
    let up = false;
    const seen = serve('slo', () =>
      up
        ? HttpResponse.json({ permissions: [] })
        : new HttpResponse(null, { status: 503 }),
    );
    const clock = { now: 0 };
    const known = reader(['slo'], clock);
    expect((await known.list()).unavailable).toHaveLength(1);
    up = true;
    clock.now = 5_000;
    expect((await known.list()).unavailable).toHaveLength(1);
    clock.now = 11_000;
    expect((await known.list()).unavailable).toEqual([]);
    expect(seen).toHaveLength(2);
  });

  it('lists a permission two plugins declare once, under the first', async () => {
    serve('catalog', () =>
      HttpResponse.json({ permissions: catalogPermissions.slice(0, 1) }),
    );
    serve('other', () =>
      HttpResponse.json({ permissions: catalogPermissions.slice(0, 1) }),
    );
    const snapshot = await reader(['catalog', 'other']).list();
    expect(snapshot.permissions.map(p => p.pluginId)).toEqual(['catalog']);
  });
});

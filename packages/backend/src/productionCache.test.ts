import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import type { JsonObject } from '@backstage/types';
import Valkey from 'iovalkey';
import { loadMergedConfig } from './hardening/__testUtils__/portalConfig';

jest.setTimeout(30_000);

const cacheUrl = process.env.PORTAL_TEST_CACHE_URL ?? 'redis://127.0.0.1:6379';

async function productionCacheConfig() {
  const config = await loadMergedConfig(['app-config.production.yaml'], {
    CACHE_URL: cacheUrl,
  });
  return (config.backend as JsonObject).cache as JsonObject;
}

describe('the production cache store', () => {
  const valkey = new Valkey(cacheUrl);
  afterAll(() => valkey.quit());

  it('keeps plugin cache entries in Valkey/Redis under the portal prefix', async () => {
    const key = `probe-${Date.now()}`;
    const storedKey = `localplus-portal:${Buffer.from(key).toString('base64')}`;
    let readBack: unknown;
    const probePlugin = createBackendPlugin({
      pluginId: 'cacheprobe',
      register(reg) {
        reg.registerInit({
          deps: { cache: coreServices.cache },
          async init({ cache }) {
            await cache.set(key, { budget: 43 }, { ttl: 60_000 });
            readBack = await cache.get(key);
          },
        });
      },
    });

    const backend = await startTestBackend({
      features: [
        probePlugin,
        mockServices.rootConfig.factory({
          data: { backend: { cache: await productionCacheConfig() } },
        }),
        cacheServiceFactory,
      ],
    });
    try {
      expect(readBack).toEqual({ budget: 43 });
      // Backstage stores keys base64-encoded, behind the configured prefix.
      const stored = await valkey.get(storedKey);
      expect(JSON.parse(stored ?? '{}')).toMatchObject({
        value: { budget: 43 },
      });
      expect(await valkey.pttl(storedKey)).toBeGreaterThan(0);
    } finally {
      await backend.stop();
      await valkey.del(
        storedKey,
        ...(await valkey.keys('localplus-portal:namespace:*cacheprobe')),
      );
    }
  });
});

import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { cacheServiceFactory } from '@backstage/backend-defaults/cache';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { ConfigSources } from '@backstage/config-loader';
import Valkey from 'iovalkey';
import path from 'node:path';

jest.setTimeout(30_000);

const root = path.resolve(__dirname, '../../..');
const cacheUrl = process.env.PORTAL_TEST_CACHE_URL ?? 'redis://127.0.0.1:6379';

async function productionCacheConfig() {
  const source = ConfigSources.default({
    argv: [
      'node',
      'backend',
      '--config',
      path.join(root, 'app-config.production.yaml'),
    ],
    env: { CACHE_URL: cacheUrl },
  });
  const config = await ConfigSources.toConfig(source);
  const cache = config.getConfig('backend.cache').get();
  config.close();
  return cache;
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

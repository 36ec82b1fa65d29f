import { overridePackagePathResolution } from '@backstage/backend-plugin-api/testUtils';
import type { BackendFeature } from '@backstage/backend-plugin-api';
import { createBackend } from '@backstage/backend-defaults';
import { mockServices } from '@backstage/backend-test-utils';
import { JsonObject } from '@backstage/types';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { writeAppDist } from './appDist';
import {
  CONFIG_FILES,
  Environment,
  fakeEnvironment,
  loadMergedConfig,
  withInMemoryDatabase,
} from './portalConfig';

/** The machine's Redis, which production's rate limiter counts in (CACHE_URL). */
export const LOCAL_REDIS_URL = 'redis://127.0.0.1:6379';

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>(resolve => server.listen(0, resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise(resolve => server.close(resolve));
  return port;
}

export interface ServedBackend {
  port: number;
  /** The configuration the backend runs with. */
  config: JsonObject;
  stop(): Promise<void>;
}

/**
 * A backend built the way packages/backend builds it (`createBackend()`, so
 * Backstage's real root HTTP router with helmet and backend.csp, CORS, the
 * global rate limiter and the health routes, and real plugin routers with
 * their own rate limiters), listening on all addresses like production's
 * `listen: ':7007'`, with the repository's configuration for the
 * environment. What differs, and why: the port (a free one), the database
 * (SQLite in memory: no route here stores anything that matters), Valkey
 * (the machine's Redis), the logger (silent) and the app's dist folder
 * (written by writeAppDist: the frontend build plays no part in headers or
 * limits).
 */
export async function startServedBackend(
  environment: Environment,
  features: BackendFeature[],
): Promise<ServedBackend> {
  const port = await freePort();
  const files = CONFIG_FILES[environment];
  const merged = await loadMergedConfig(files, {
    ...fakeEnvironment(files),
    PORTAL_BASE_URL: `http://localhost:${port}`,
    CACHE_URL: LOCAL_REDIS_URL,
  });
  const config = withInMemoryDatabase(merged);
  config.backend = {
    ...(config.backend as JsonObject),
    baseUrl: `http://localhost:${port}`,
    listen: { port },
  };

  const appRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'served-app-'));
  writeAppDist(appRoot);
  const override = overridePackagePathResolution({
    packageName: 'app',
    path: appRoot,
  });
  const cleanUp = () => {
    override.restore();
    fs.rmSync(appRoot, { recursive: true, force: true });
  };
  try {
    const backend = createBackend();
    backend.add(mockServices.rootConfig.factory({ data: config }));
    backend.add(mockServices.rootLogger.factory());
    for (const feature of features) {
      backend.add(feature);
    }
    await backend.start();
    return {
      port,
      config,
      async stop() {
        await backend.stop();
        cleanUp();
      },
    };
  } catch (error) {
    cleanUp();
    throw error;
  }
}

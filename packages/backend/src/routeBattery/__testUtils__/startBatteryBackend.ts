import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { authServiceFactory } from '@backstage/backend-defaults/auth';
import { httpAuthServiceFactory } from '@backstage/backend-defaults/httpAuth';
import { userInfoServiceFactory } from '@backstage/backend-defaults/userInfo';
import type {
  BackendFeature,
  SchedulerService,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { eventsServiceFactory } from '@backstage/plugin-events-node';
import type { JsonObject } from '@backstage/types';
import {
  buildDevstackDataset,
  startArgoCdSimulator,
  startKubernetesSimulator,
} from '@localplus/devstack';
import { backendFeatures, BackendFeatureEntry } from '../../features';
import { loadRepositoryConfig } from './batteryConfig';
import {
  PluginRouterRecord,
  recordingHttpRouterServiceFactory,
} from './recordingHttpRouter';

/** The backend's features, loaded with require(): Jest cannot run import(). */
export function jestBackendFeatures(): BackendFeatureEntry[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return backendFeatures(packageName => require(packageName));
}

export type BatteryBackend = Awaited<ReturnType<typeof startTestBackend>> & {
  /** What each plugin mounted on its httpRouter, for the route walk. */
  pluginRouters: ReadonlyMap<string, PluginRouterRecord>;
  /** The scheduler, whose tasks run only when a test triggers them. */
  scheduler: SchedulerService;
  close(): Promise<void>;
};

export interface BatteryBackendOptions {
  /** The app-config files, from the repository root. */
  configFiles?: string[];
  /** Variables the config files reference, beyond the dev stack's URLs. */
  environment?: Record<string, string>;
  /** Applied over the loaded configuration, key by key at the top level. */
  configOverride?: (config: JsonObject) => JsonObject;
  /** Replaces the backend's own feature list (features.ts). */
  features?: Array<BackendFeature | Promise<{ default: BackendFeature }>>;
}

/**
 * The portal backend's own feature list, started in-process with the
 * repository's configuration (development: SQLite in memory, the bundled
 * catalog), Backstage's real auth, httpAuth and userInfo services (tokens
 * come from a real sign-in), and the dev stack's Kubernetes and Argo CD
 * simulators. Replaced: the scheduler, so background tasks (search
 * indexing, TechDocs builds, SLO snapshots) do not run; they add no route.
 */
export async function startBatteryBackend(
  options: BatteryBackendOptions = {},
): Promise<BatteryBackend> {
  const devDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'battery-devdata-'));
  const dataset = buildDevstackDataset({});
  const kubernetes = await startKubernetesSimulator({ port: 0, dataset });
  const argoCd = await startArgoCdSimulator({ port: 0, dataset });
  try {
    const loaded = await loadRepositoryConfig(
      options.configFiles ?? ['app-config.yaml'],
      {
        DEVSTACK_KUBERNETES_URL: kubernetes.url,
        DEVSTACK_ARGOCD_URL: argoCd.url,
        // Nothing listens there: SLO pages report Prometheus as unreachable.
        DEVSTACK_PROMETHEUS_URL: 'http://127.0.0.1:9',
        // Template runs publish here, not into the repository's .devdata.
        PORTAL_DEV_DATA_DIR: devDataDir,
        ...options.environment,
      },
    );
    const config = options.configOverride?.(loaded) ?? loaded;
    const pluginRouters = new Map<string, PluginRouterRecord>();
    // The instance is Backstage's MockSchedulerService, typed as the plain
    // service; its factory installs this very instance for every plugin.
    const scheduler = mockServices.scheduler() as SchedulerService & {
      factory(options: { skipTaskRunOnStartup: boolean }): ServiceFactory;
    };
    const backend = await startTestBackend({
      features: [
        ...(options.features ?? jestBackendFeatures()),
        mockServices.rootConfig.factory({ data: config }),
        authServiceFactory,
        httpAuthServiceFactory,
        userInfoServiceFactory,
        scheduler.factory({ skipTaskRunOnStartup: true }),
        recordingHttpRouterServiceFactory(pluginRouters),
        // One events service for every plugin, as in the portal: the test
        // backend's mock gives each plugin its own, so the policy's
        // decisions never reached the access backend's audit trail.
        eventsServiceFactory,
      ],
    });
    return Object.assign(backend, {
      pluginRouters,
      scheduler,
      async close() {
        await backend.stop();
        await kubernetes.close();
        await argoCd.close();
        fs.rmSync(devDataDir, { recursive: true, force: true });
      },
    });
  } catch (error) {
    await kubernetes.close();
    await argoCd.close();
    fs.rmSync(devDataDir, { recursive: true, force: true });
    throw error;
  }
}

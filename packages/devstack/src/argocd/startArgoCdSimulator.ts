import { listen } from '@localplus/server-kit';
import {
  buildDevstackDataset,
  DevstackDataset,
} from '../dataset/buildDevstackDataset';
import { DEVSTACK_DEFAULTS } from '../defaults';
import { FaultRegistry } from '../faults/FaultRegistry';
import { SimulatorHandle, simulatorHandle } from '../simulatorHandle';
import { createArgoApp } from './argoApp';
import { ApplicationStore } from './ApplicationStore';
import { SessionStore } from './SessionStore';

export interface ArgoCdSimulatorOptions {
  /** Defaults to 7702; 0 picks a free port (tests). */
  port?: number;
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** The API token (an Argo CD account token) accepted as a bearer token or `argocd.token` cookie. */
  token?: string;
  /** The one user `POST /api/v1/session` accepts. */
  username?: string;
  password?: string;
  /** Catalog folder to read components from; defaults to the repository's. */
  catalogDir?: string;
  /** Serve this dataset instead of building one (share it with the Kubernetes simulator). */
  dataset?: DevstackDataset;
  /** The moment the data describes, when the dataset is built here. */
  now?: Date;
  /** Mount `/__devstack/faults` (the dev stack does; tests may). */
  adminEndpoints?: boolean;
}

/** Starts the simulated central Argo CD: one application per component and environment. */
export async function startArgoCdSimulator(
  options: ArgoCdSimulatorOptions = {},
): Promise<SimulatorHandle> {
  const dataset =
    options.dataset ??
    buildDevstackDataset({ catalogDir: options.catalogDir, now: options.now });
  const store = new ApplicationStore(dataset);
  const faults = new FaultRegistry(store.names);
  const app = createArgoApp({
    store,
    sessions: new SessionStore(
      options.username ?? DEVSTACK_DEFAULTS.argoCdUsername,
      options.password ?? DEVSTACK_DEFAULTS.argoCdPassword,
    ),
    faults,
    apiToken: options.token ?? DEVSTACK_DEFAULTS.argoCdToken,
    adminEndpoints: options.adminEndpoints ?? false,
  });
  const server = await listen(
    app,
    options.host ?? DEVSTACK_DEFAULTS.host,
    options.port ?? DEVSTACK_DEFAULTS.argoCdPort,
  );
  return simulatorHandle(server, dataset, faults);
}

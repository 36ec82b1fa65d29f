import { listen } from '@localplus/server-kit';
import { DEVSTACK_DEFAULTS } from '../config';
import { buildDevstackDataset } from '../dataset/buildDevstackDataset';
import { FaultRegistry } from '../faults';
import { SimulatorHandle, simulatorHandle, SimulatorOptions } from '../http';
import { createArgoCdApp } from './argoCdApi';

/** Starts the simulated central Argo CD: one application per component and environment. */
export async function startArgoCdSimulator(
  options: SimulatorOptions & {
    /** The one user `POST /api/v1/session` accepts. */
    username?: string;
    password?: string;
  } = {},
): Promise<SimulatorHandle> {
  const dataset = options.dataset ?? buildDevstackDataset(options);
  const names = dataset.applications.map(app => app.metadata.name);
  const faults = new FaultRegistry(names);
  const app = createArgoCdApp({
    dataset,
    faults,
    apiToken: options.token ?? DEVSTACK_DEFAULTS.argoCdToken,
    username: options.username ?? DEVSTACK_DEFAULTS.argoCdUsername,
    password: options.password ?? DEVSTACK_DEFAULTS.argoCdPassword,
    adminEndpoints: options.adminEndpoints ?? false,
  });
  const server = await listen(
    app,
    options.host ?? DEVSTACK_DEFAULTS.host,
    options.port ?? DEVSTACK_DEFAULTS.argoCdPort,
  );
  return simulatorHandle(server, dataset, faults);
}

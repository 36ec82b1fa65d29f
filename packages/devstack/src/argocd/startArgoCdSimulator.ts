import { DEVSTACK_DEFAULTS } from '../config';
import {
  SimulatorHandle,
  SimulatorOptions,
  startSimulator,
} from '../startSimulator';
import { createArgoCdApp } from './argoCdApi';

/** Starts the simulated central Argo CD: one application per component and environment. */
export function startArgoCdSimulator(
  options: SimulatorOptions & {
    /** The one user `POST /api/v1/session` accepts. */
    username?: string;
    password?: string;
  } = {},
): Promise<SimulatorHandle> {
  const defaults = DEVSTACK_DEFAULTS;
  return startSimulator(
    options,
    defaults.argoCdPort,
    dataset => dataset.applications.map(app => app.metadata.name),
    (dataset, faults) =>
      createArgoCdApp(dataset, faults, {
        apiToken: options.token ?? defaults.argoCdToken,
        username: options.username ?? defaults.argoCdUsername,
        password: options.password ?? defaults.argoCdPassword,
        adminEndpoints: options.adminEndpoints ?? false,
      }),
  );
}

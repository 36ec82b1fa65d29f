import { listen } from '@localplus/server-kit';
import { Express } from 'express';
import type { RequestListener } from 'node:http';
import { DEVSTACK_DEFAULTS } from './config';
import {
  buildDevstackDataset,
  DevstackDataset,
} from './dataset/buildDevstackDataset';
import { Fault, FaultRegistry, FaultSpec } from './faults';

export interface SimulatorOptions {
  /** Defaults to the simulator's port in data/devstack.yaml; 0 picks a free port (tests). */
  port?: number;
  host?: string;
  /** The token every request must bear (Argo CD also takes it as the `argocd.token` cookie). */
  token?: string;
  /** Catalog folder to read components from; defaults to the repository's. */
  catalogDir?: string;
  /** Serve this dataset instead of building one (share it between the simulators). */
  dataset?: DevstackDataset;
  /** The moment the data describes, when the dataset is built here. */
  now?: Date;
  /** Mount `/__devstack/faults` (the dev stack does; tests may). */
  adminEndpoints?: boolean;
}

export interface SimulatorHandle {
  /** Base URL, e.g. `http://127.0.0.1:7701`. */
  url: string;
  port: number;
  /** The data the simulator serves, for assertions. */
  dataset: DevstackDataset;
  /** Adds a fault (see README, "Fault injection"); throws on an invalid spec. */
  setFault(spec: FaultSpec): Fault;
  removeFault(id: string): boolean;
  clearFaults(): void;
  listFaults(): Fault[];
  /** Requests received since the start (a test measures a client's calls with it). */
  requestCount(): number;
  close(): Promise<void>;
}

/** `listener` behind a counter of the requests it receives. */
export function countingRequests(listener: RequestListener): {
  listener: RequestListener;
  requestCount: () => number;
} {
  let requests = 0;
  return {
    listener: (req, res) => {
      requests += 1;
      listener(req, res);
    },
    requestCount: () => requests,
  };
}

/** `targetsOf` names what faults may target in the dataset. */
export async function startSimulator(
  options: SimulatorOptions,
  defaultPort: number,
  targetsOf: (dataset: DevstackDataset) => string[],
  createApp: (dataset: DevstackDataset, faults: FaultRegistry) => Express,
): Promise<SimulatorHandle> {
  const dataset = options.dataset ?? buildDevstackDataset(options);
  const faults = new FaultRegistry(targetsOf(dataset));
  const { listener, requestCount } = countingRequests(
    createApp(dataset, faults),
  );
  const server = await listen(
    listener,
    options.host ?? DEVSTACK_DEFAULTS.host,
    options.port ?? defaultPort,
  );
  return {
    url: server.url,
    port: server.port,
    dataset,
    setFault: spec => faults.add(spec),
    removeFault: id => faults.remove(id),
    clearFaults: () => faults.clear(),
    listFaults: () => faults.list(),
    requestCount,
    close: () => server.close(),
  };
}

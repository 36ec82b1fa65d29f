import { DevstackDataset } from './dataset/buildDevstackDataset';
import { Fault, FaultRegistry, FaultSpec } from './faults/FaultRegistry';
import { RunningServer } from '@localplus/server-kit';

/** What starting a simulator returns. */
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
  close(): Promise<void>;
}

export function simulatorHandle(
  server: RunningServer,
  dataset: DevstackDataset,
  faults: FaultRegistry,
): SimulatorHandle {
  return {
    url: server.url,
    port: server.port,
    dataset,
    setFault: spec => faults.add(spec),
    removeFault: id => faults.remove(id),
    clearFaults: () => faults.clear(),
    listFaults: () => faults.list(),
    close: () => server.close(),
  };
}

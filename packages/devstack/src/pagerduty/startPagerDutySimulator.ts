import { listen } from '@localplus/server-kit';
import { DEVSTACK_DEFAULTS } from '../config';
import { FaultRegistry } from '../faults';
import { countingRequests, SimulatorHandle } from '../startSimulator';
import { createPagerDutyApp } from './pagerDutyApi';
import { PagerDutyDataset } from './pagerDutyDataset';
import { buildViridialPagerDutyDataset } from './viridialPagerDuty';

export interface PagerDutySimulatorOptions {
  /** Defaults to the dev stack's host (127.0.0.1). */
  host?: string;
  /** 0 picks a free port (tests). */
  port: number;
  /** The REST API key every request must bear as `Authorization: Token token=<token>`. */
  token: string;
  /** Serve this account instead of the Viridial demo. */
  dataset?: PagerDutyDataset;
  /** Places the demo's override relative to this moment; default now. */
  now?: Date;
  /** Mount `/__devstack/faults` (token required), as the other simulators. */
  adminEndpoints?: boolean;
}

/** The other simulators' handle, with the PagerDuty account as its dataset. */
export type PagerDutySimulatorHandle = Omit<SimulatorHandle, 'dataset'> & {
  dataset: PagerDutyDataset;
};

/** Starts the simulated PagerDuty REST API v2 serving the Viridial demo account. */
export async function startPagerDutySimulator(
  options: PagerDutySimulatorOptions,
): Promise<PagerDutySimulatorHandle> {
  const dataset =
    options.dataset ?? buildViridialPagerDutyDataset({ now: options.now });
  const ids = [
    ...dataset.users,
    ...dataset.schedules,
    ...dataset.escalationPolicies,
    ...dataset.services,
  ].map(item => item.id.toLowerCase());
  const faults = new FaultRegistry(['pagerduty', ...ids]);
  const { listener, requestCount } = countingRequests(
    createPagerDutyApp(dataset, faults, {
      token: options.token,
      adminEndpoints: options.adminEndpoints ?? false,
    }),
  );
  const server = await listen(
    listener,
    options.host ?? DEVSTACK_DEFAULTS.host,
    options.port,
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

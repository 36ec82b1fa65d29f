import { RunningServer } from '@localplus/server-kit';
import { timingSafeEqual } from 'node:crypto';
import express, { Express, Request } from 'express';
import type { DevstackDataset } from './dataset/buildDevstackDataset';
import type { Fault, FaultRegistry, FaultSpec } from './faults';

/** Input the simulators refuse (a repeated parameter, a malformed selector): a 400. */
export class InputError extends Error {
  name = 'InputError';
}

/** The token of an `Authorization: Bearer <token>` header, if there is one. */
export function readBearerToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  return (header && /^Bearer\s+(\S+)\s*$/i.exec(header)?.[1]) || undefined;
}

/** Compares in constant time, so response timing does not leak the token. */
export function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The single string value of a query parameter. The servers use Node's
 * simple query parser, so a value is a string or, when repeated, an array.
 */
export function singleQueryValue(req: Request, name: string) {
  const value = req.query[name];
  if (value === undefined || typeof value === 'string') {
    return value;
  }
  throw new InputError(`query parameter "${name}" must be given once`);
}

/** Every value of a repeatable query parameter. */
export function queryValues(req: Request, name: string): string[] {
  return [req.query[name] ?? []].flat().map(String);
}

/** An Express app with the settings both simulators share. */
export function simulatorApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Plain strings (or arrays when repeated), never nested objects from `a[b]=c`.
  app.set('query parser', 'simple');
  return app;
}

/** What starting either simulator takes. */
export interface SimulatorOptions {
  /** Defaults to the simulator's port in DEVSTACK_DEFAULTS; 0 picks a free port (tests). */
  port?: number;
  /** Defaults to 127.0.0.1. */
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

import express, { NextFunction, Response, Router } from 'express';
import { z } from 'zod';
import { ApiError, InputError, parseInput } from './http';

/**
 * Faults make a simulator misbehave on purpose, so that portal tests can see
 * how the portal shows a failing cluster or Argo CD application (`*`: all).
 */
const faultSpecSchema = z.strictObject({
  target: z
    .string()
    .min(1)
    .max(253)
    .regex(
      /^(\*|[a-z0-9]([-a-z0-9.]*[a-z0-9])?)$/,
      'must be "*" or a cluster or application name',
    ),
  /** Only requests whose path (after the cluster prefix) starts with this. */
  pathPrefix: z
    .string()
    .max(512)
    .regex(/^\/[A-Za-z0-9._~\-/]*$/, 'must be an absolute URL path')
    .optional(),
  /** Answer with this status; defaults to 500 unless only a delay is asked for. */
  status: z.number().int().min(400).max(599).optional(),
  delayMs: z.number().int().min(0).max(120_000).optional(),
  /** Apply to this many requests, then disappear; forever when absent. */
  times: z.number().int().min(1).max(100_000).optional(),
});

export type FaultSpec = z.infer<typeof faultSpecSchema>;

export type Fault = Omit<FaultSpec, 'times'> & {
  id: string;
  delayMs: number;
  remaining?: number;
};

export const FAULT_ADMIN_PATH = '/__devstack/faults';

export class FaultRegistry {
  private faults: Fault[] = [];
  private nextId = 1;

  /** @param knownTargets the names a fault may target besides `*`. */
  constructor(private readonly knownTargets: readonly string[]) {}

  /** An invalid spec is an InputError (a 400 over HTTP). */
  add(spec: unknown): Fault {
    const { target, pathPrefix, status, delayMs, times } = parseInput(
      faultSpecSchema,
      spec,
    );
    if (target !== '*' && !this.knownTargets.includes(target)) {
      throw new InputError(`target: unknown target "${target}"`);
    }
    const fault: Fault = {
      id: String(this.nextId++),
      target,
      ...(pathPrefix && { pathPrefix }),
      // A fault with neither status nor delay means "fail", the common case.
      ...((status !== undefined || !delayMs) && { status: status ?? 500 }),
      delayMs: delayMs ?? 0,
      ...(times !== undefined && { remaining: times }),
    };
    this.faults.push(fault);
    return fault;
  }

  list(): Fault[] {
    return this.faults.map(fault => ({ ...fault }));
  }

  remove(id: string): boolean {
    const index = this.faults.findIndex(fault => fault.id === id);
    return index >= 0 && this.faults.splice(index, 1).length > 0;
  }

  clear(): void {
    this.faults = [];
  }

  /** The first fault for a request about any of `targets` at `path`, counting one use. */
  take(targets: readonly string[], path: string): Fault | undefined {
    const fault = this.faults.find(
      f =>
        (f.target === '*' || targets.includes(f.target)) &&
        (!f.pathPrefix || path.startsWith(f.pathPrefix)),
    );
    if (fault?.remaining !== undefined && --fault.remaining <= 0) {
      this.remove(fault.id);
    }
    return fault;
  }

  /** Delays or fails the request as its fault says, else answers through `proceed`. */
  enact(
    targets: readonly string[],
    path: string,
    res: Response,
    next: NextFunction,
    proceed: () => void,
  ): void {
    const fault = this.take(targets, path);
    const carryOut = () => {
      if (res.headersSent || res.destroyed) {
        return;
      }
      if (fault?.status !== undefined) {
        const message = `fault injected by the devstack for ${fault.target}`;
        next(new ApiError(fault.status, message));
        return;
      }
      try {
        proceed();
      } catch (error) {
        next(error);
      }
    };
    // Unref'd: a pending delay must not keep a closing process alive.
    if (fault && fault.delayMs > 0) {
      setTimeout(carryOut, fault.delayMs).unref();
    } else {
      carryOut();
    }
  }

  /**
   * `GET|POST|DELETE /__devstack/faults`, `DELETE /__devstack/faults/{id}`:
   * for tests that drive a running dev stack from outside its process.
   */
  adminRouter(): Router {
    const router = Router();
    router.use(FAULT_ADMIN_PATH, express.json({ limit: '4kb' }));
    router.get(FAULT_ADMIN_PATH, (_req, res) => {
      res.json({ faults: this.list() });
    });
    router.post(FAULT_ADMIN_PATH, (req, res) => {
      res.status(201).json(this.add(req.body));
    });
    router.delete(FAULT_ADMIN_PATH, (_req, res) => {
      this.clear();
      res.status(204).end();
    });
    router.delete(`${FAULT_ADMIN_PATH}/:id`, (req, res) => {
      if (!this.remove(req.params.id)) {
        throw new ApiError(404, `no fault with id "${req.params.id}"`);
      }
      res.status(204).end();
    });
    return router;
  }
}

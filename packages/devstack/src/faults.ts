import express, { Response, Router } from 'express';
import { z } from 'zod';

/**
 * Faults make a simulator misbehave on purpose, so that portal tests can see
 * how the portal shows a failing cluster or Argo CD. A fault targets a cluster
 * (Kubernetes simulator) or an application (Argo CD simulator), or `*` for
 * everything, optionally only under a path prefix.
 */
const faultSpecSchema = z
  .object({
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
    /** Wait this long before answering (or failing). */
    delayMs: z.number().int().min(0).max(120_000).optional(),
    /** Apply to this many requests, then disappear; forever when absent. */
    times: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();

export type FaultSpec = z.infer<typeof faultSpecSchema>;

export interface Fault {
  id: string;
  target: string;
  pathPrefix?: string;
  status?: number;
  delayMs: number;
  remaining?: number;
}

export class FaultSpecError extends Error {
  name = 'FaultSpecError';
}

export const FAULT_ADMIN_PATH = '/__devstack/faults';

export class FaultRegistry {
  private faults: Fault[] = [];
  private nextId = 1;

  /** @param knownTargets the names a fault may target besides `*`. */
  constructor(private readonly knownTargets: readonly string[]) {}

  add(spec: unknown): Fault {
    const parsed = faultSpecSchema.safeParse(spec);
    if (!parsed.success) {
      throw new FaultSpecError(
        parsed.error.issues
          .map(i => `${i.path.join('.') || 'fault'}: ${i.message}`)
          .join('; '),
      );
    }
    const { target, pathPrefix, status, delayMs, times } = parsed.data;
    if (target !== '*' && !this.knownTargets.includes(target)) {
      throw new FaultSpecError(`target: unknown target "${target}"`);
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
    const before = this.faults.length;
    this.faults = this.faults.filter(fault => fault.id !== id);
    return this.faults.length < before;
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
    return fault && { ...fault };
  }

  /**
   * Carries out the fault for a request, if there is one: waits for its
   * delay, then answers with its status through `sendError` or lets the
   * request go on through `next`.
   */
  enact(
    targets: readonly string[],
    path: string,
    res: Response,
    next: () => void,
    sendError: (status: number) => void,
  ): void {
    const fault = this.take(targets, path);
    const proceed = () => {
      if (res.headersSent || res.destroyed) {
        return;
      }
      if (fault?.status !== undefined) {
        sendError(fault.status);
      } else {
        next();
      }
    };
    // Unref'd: a pending delay must not keep a closing process alive.
    if (fault && fault.delayMs > 0) {
      setTimeout(proceed, fault.delayMs).unref();
    } else {
      proceed();
    }
  }

  /**
   * `GET|POST|DELETE /__devstack/faults` and `DELETE /__devstack/faults/{id}`:
   * fault injection over HTTP, for tests that drive a running dev stack from
   * outside its process. Mounted only with `adminEndpoints: true`, behind the
   * same bearer token as the API.
   */
  adminRouter(): Router {
    const router = Router();
    router.use(FAULT_ADMIN_PATH, express.json({ limit: '4kb' }));
    router.get(FAULT_ADMIN_PATH, (_req, res) => {
      res.json({ faults: this.list() });
    });
    router.post(FAULT_ADMIN_PATH, (req, res) => {
      try {
        res.status(201).json(this.add(req.body));
      } catch (error) {
        if (!(error instanceof FaultSpecError)) throw error;
        res.status(400).json({ error: error.message });
      }
    });
    router.delete(FAULT_ADMIN_PATH, (_req, res) => {
      this.clear();
      res.status(204).end();
    });
    router.delete(`${FAULT_ADMIN_PATH}/:id`, (req, res) => {
      if (this.remove(req.params.id)) {
        res.status(204).end();
      } else {
        res.status(404).json({ error: `no fault with id "${req.params.id}"` });
      }
    });
    return router;
  }
}

import express, { Router } from 'express';
import { FaultRegistry, FaultSpecError } from './FaultRegistry';

export const FAULT_ADMIN_PATH = '/__devstack/faults';

/**
 * `GET|POST|DELETE /__devstack/faults` and `DELETE /__devstack/faults/{id}`:
 * fault injection over HTTP, for tests that drive a running dev stack from
 * outside its process. Mounted only when the simulator is started with
 * `adminEndpoints: true`, behind the same bearer token as the API.
 */
export function createFaultAdminRouter(registry: FaultRegistry): Router {
  const router = Router();
  router.use(FAULT_ADMIN_PATH, express.json({ limit: '4kb' }));

  router.get(FAULT_ADMIN_PATH, (_req, res) => {
    res.json({ faults: registry.list() });
  });

  router.post(FAULT_ADMIN_PATH, (req, res) => {
    try {
      res.status(201).json(registry.add(req.body));
    } catch (error) {
      if (error instanceof FaultSpecError) {
        res.status(400).json({ error: error.message });
        return;
      }
      throw error;
    }
  });

  router.delete(FAULT_ADMIN_PATH, (_req, res) => {
    registry.clear();
    res.status(204).end();
  });

  router.delete(`${FAULT_ADMIN_PATH}/:id`, (req, res) => {
    if (registry.remove(req.params.id)) {
      res.status(204).end();
    } else {
      res.status(404).json({ error: `no fault with id "${req.params.id}"` });
    }
  });

  return router;
}

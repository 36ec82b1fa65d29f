import express, {
  ErrorRequestHandler,
  Express,
  RequestHandler,
  Router,
} from 'express';
import { createFaultAdminRouter } from '../faults/faultAdminRouter';
import { enactFault, FaultRegistry } from '../faults/FaultRegistry';
import { readBearerToken, tokensEqual } from '../http/bearerToken';
import { QueryParamError } from '../http/queryParams';
import { ClusterStore } from './ClusterStore';
import { FieldSelectorError } from './fieldSelector';
import { handleKubernetesRequest } from './kubernetesApiHandler';
import {
  KubernetesApiError,
  kubernetesStatus,
  reasonForCode,
} from './kubernetesStatus';
import { LabelSelectorError } from './labelSelector';

export const CLUSTER_PATH_PREFIX = '/clusters';

export interface KubernetesAppOptions {
  stores: ClusterStore[];
  token: string;
  faults: FaultRegistry;
  adminEndpoints: boolean;
}

/** EKS answers health probes without credentials; everything else needs the token. */
const ANONYMOUS_PATH = /^(\/clusters\/[^/]+)?\/(healthz|livez|readyz)$/;

function requireToken(token: string): RequestHandler {
  return (req, res, next) => {
    if (ANONYMOUS_PATH.test(req.path)) {
      next();
      return;
    }
    const given = readBearerToken(req);
    if (!given || !tokensEqual(given, token)) {
      res
        .status(401)
        .json(kubernetesStatus(401, 'Unauthorized', 'Unauthorized'));
      return;
    }
    next();
  };
}

function clusterRouter(stores: ClusterStore[], faults: FaultRegistry): Router {
  const byName = new Map(stores.map(store => [store.name, store]));
  const router = Router({ mergeParams: true });
  router.use((req, res, next) => {
    const store = byName.get(req.params.cluster);
    if (!store) {
      throw KubernetesApiError.unknownPath();
    }
    res.locals.store = store;
    const fault = faults.take([store.name], req.path);
    if (!fault) {
      next();
      return;
    }
    enactFault(fault, res, next, (response, status) =>
      response
        .status(status)
        .json(
          kubernetesStatus(
            status,
            reasonForCode(status),
            `Internal error occurred: fault injected by the devstack for cluster ${store.name}`,
          ),
        ),
    );
  });
  router.use((req, res) => handleKubernetesRequest(req, res, res.locals.store));
  return router;
}

/** Turns thrown errors into Kubernetes Status responses; never leaks a stack. */
const statusErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (res.headersSent) {
    return;
  }
  if (error instanceof KubernetesApiError) {
    res.status(error.status.code).json(error.status);
  } else if (
    error instanceof LabelSelectorError ||
    error instanceof FieldSelectorError ||
    error instanceof QueryParamError
  ) {
    res
      .status(400)
      .json(
        kubernetesStatus(
          400,
          'BadRequest',
          `unable to parse requirement: ${error.message}`,
        ),
      );
  } else if (
    typeof error?.status === 'number' &&
    error.status >= 400 &&
    error.status < 500
  ) {
    // body-parser and friends: malformed or oversized input.
    res
      .status(error.status)
      .json(
        kubernetesStatus(error.status, 'BadRequest', String(error.message)),
      );
  } else {
    res
      .status(500)
      .json(kubernetesStatus(500, 'InternalError', 'Internal error occurred'));
  }
};

/**
 * One HTTP server for the three clusters: `/clusters/{name}` is each
 * cluster's API server root, so a cluster URL is
 * `http://127.0.0.1:7701/clusters/eks-dev`.
 */
export function createKubernetesApp(options: KubernetesAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Plain strings (or arrays when repeated), never nested objects from `a[b]=c`.
  app.set('query parser', 'simple');
  app.use(requireToken(options.token));
  if (options.adminEndpoints) {
    app.use(createFaultAdminRouter(options.faults));
  }
  app.get('/', (_req, res) => {
    res.json({
      clusters: options.stores.map(
        store => `${CLUSTER_PATH_PREFIX}/${store.name}`,
      ),
    });
  });
  app.use(
    `${CLUSTER_PATH_PREFIX}/:cluster`,
    clusterRouter(options.stores, options.faults),
  );
  app.use(() => {
    throw KubernetesApiError.unknownPath();
  });
  app.use(statusErrorHandler);
  return app;
}

import express, { ErrorRequestHandler, Express } from 'express';
import { createFaultAdminRouter } from '../faults/faultAdminRouter';
import { FaultRegistry } from '../faults/FaultRegistry';
import { QueryParamError } from '../http/queryParams';
import { requireArgoSession } from './argoAuth';
import { argoErrorBody, ArgoApiError } from './argoErrors';
import { createArgoRouter } from './argoRoutes';
import { ApplicationStore } from './ApplicationStore';
import { SessionStore } from './SessionStore';

export interface ArgoAppOptions {
  store: ApplicationStore;
  sessions: SessionStore;
  faults: FaultRegistry;
  apiToken: string;
  adminEndpoints: boolean;
}

/** Argo CD's `{ error, code, message }` bodies for every failure; never a stack. */
const argoErrorHandler: ErrorRequestHandler = (error, _req, res, _next) => {
  if (res.headersSent) {
    return;
  }
  if (error instanceof ArgoApiError) {
    res.status(error.httpStatus).json(error.body);
  } else if (error instanceof QueryParamError) {
    res.status(400).json(argoErrorBody(3, error.message));
  } else if (
    typeof error?.status === 'number' &&
    error.status >= 400 &&
    error.status < 500
  ) {
    // body-parser and path decoding: malformed or oversized input.
    res.status(error.status).json(argoErrorBody(3, String(error.message)));
  } else {
    res.status(500).json(argoErrorBody(13, 'internal error'));
  }
};

export function createArgoApp(options: ArgoAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // Plain strings (or arrays when repeated), never nested objects from `a[b]=c`.
  app.set('query parser', 'simple');
  if (options.adminEndpoints) {
    app.use(
      '/__devstack',
      requireArgoSession(options.apiToken, options.sessions),
    );
    app.use(createFaultAdminRouter(options.faults));
  }
  app.use(createArgoRouter(options));
  app.use(() => {
    throw new ArgoApiError('notFound', 'Not Found');
  });
  app.use(argoErrorHandler);
  return app;
}

import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import express, { Request, RequestHandler, Router } from 'express';
import { argocdApplicationWritePermission } from './permissions';

/**
 * The only methods let through unchecked. Express serves HEAD with the GET
 * route, so both only read. Everything else, including methods the Roadie
 * router has no route for today (PATCH, OPTIONS, PROPFIND...), is treated as
 * a write: a route Roadie adds later is closed until someone decides.
 */
const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD']);

export interface WriteGuardOptions {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
}

/**
 * A router for the argocd plugin's httpRouter, mounted before Roadie's:
 * reads go on to Roadie, any other request goes on only when the caller
 * holds `argocd.application.write`. A refusal is a NotAllowedError, which
 * the plugin's error handler answers as Backstage's 403 JSON.
 */
export function createWriteGuardRouter(options: WriteGuardOptions): Router {
  const router = express.Router();
  router.use(createWriteGuard(options));
  return router;
}

function createWriteGuard({
  httpAuth,
  permissions,
}: WriteGuardOptions): RequestHandler {
  async function assertMayWrite(req: Request): Promise<void> {
    const credentials = await httpAuth.credentials(req);
    const [decision] = await permissions.authorize(
      [{ permission: argocdApplicationWritePermission }],
      { credentials },
    );
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(
        `Changing Argo CD applications (create, update, sync, delete) needs the ${argocdApplicationWritePermission.name} permission`,
      );
    }
  }

  // Named: the route battery lists the guard by its function name.
  return function argocdWriteGuard(req, _res, next) {
    if (READ_METHODS.has(req.method)) {
      next();
      return;
    }
    // Errors go to next() explicitly, whatever router this is mounted in.
    assertMayWrite(req).then(() => next(), next);
  };
}

import type {
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import {
  AuthorizeResult,
  BasicPermission,
} from '@backstage/plugin-permission-common';
import {
  accessAuditTrailReadPermission,
  accessPolicyReadPermission,
} from '@localplus/plugin-access-common';
import express from 'express';
import Router from 'express-promise-router';
import {
  auditQuery,
  explainQuery,
  noQuery,
  parse,
  whoCanQuery,
} from './queryParams';
import type { AccessService } from './services/AccessService';

export type RouterOptions = {
  httpAuth: HttpAuthService;
  permissions: PermissionsService;
  access: AccessService;
};

const DEFAULT_AUDIT_PAGE = 50;

export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, permissions, access } = options;
  const router = Router();

  // The caller is identified and authorized before the query is read, so a
  // caller without the permission learns nothing from validation messages.
  const authorize = async (
    req: express.Request,
    permission: BasicPermission,
  ) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    const [decision] = await permissions.authorize([{ permission }], {
      credentials,
    });
    if (decision.result !== AuthorizeResult.ALLOW) {
      throw new NotAllowedError(`Requires the ${permission.name} permission`);
    }
  };

  router.get('/roles', async (req, res) => {
    await authorize(req, accessPolicyReadPermission);
    parse(noQuery, req.query, 'query');
    res.json(await access.roles());
  });

  router.get('/matrix', async (req, res) => {
    await authorize(req, accessPolicyReadPermission);
    parse(noQuery, req.query, 'query');
    res.json(await access.matrix());
  });

  router.get('/who-can', async (req, res) => {
    await authorize(req, accessPolicyReadPermission);
    const { permission, resourceRef } = parse(whoCanQuery, req.query, 'query');
    res.json(await access.whoCan(permission, resourceRef));
  });

  router.get('/explain', async (req, res) => {
    await authorize(req, accessPolicyReadPermission);
    const { user, permission, resourceRef } = parse(
      explainQuery,
      req.query,
      'query',
    );
    res.json(await access.explain(user, permission, resourceRef));
  });

  router.get('/audit', async (req, res) => {
    await authorize(req, accessAuditTrailReadPermission);
    const { limit, ...filters } = parse(auditQuery, req.query, 'query');
    res.json(
      await access.auditTrail({
        limit: limit ?? DEFAULT_AUDIT_PAGE,
        ...filters,
      }),
    );
  });

  return router;
}

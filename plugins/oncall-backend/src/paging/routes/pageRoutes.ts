import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import {
  oncallPageAcknowledgePermission,
  oncallReadPermission,
} from '@localplus/plugin-oncall-common';
import express from 'express';
import { z } from 'zod';
import { MAX_PAGE_LIMIT, type PageStore } from '../pages/PageStore';
import {
  assertAllowed,
  createAuditedChange,
} from '@localplus/plugin-access-node';
import { parseRequest } from '@localplus/portal-node';
import { isoInstant, rotationName } from '../../requestSchemas';

const listQuery = z.strictObject({
  status: z.enum(['open', 'all']).optional(),
  entityRef: z.string().min(1).max(512).optional(),
  rotation: rotationName.optional(),
  from: isoInstant.optional(),
  to: isoInstant.optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_LIMIT).optional(),
});

const pageParams = z.strictObject({ id: z.uuid('must be a page id') });

/** GET /pages and POST /pages/:id/acknowledge. */
export function addPageRoutes(
  router: express.Router,
  options: {
    store: PageStore;
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    auditor: AuditorService;
    clock?: () => Date;
  },
): void {
  const { store, httpAuth, permissions } = options;
  const audited = createAuditedChange<'page-acknowledge', 'medium'>(
    options.auditor,
  );

  router.get('/pages', async (req, res) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await assertAllowed(permissions, oncallReadPermission, credentials);
    const filter = parseRequest(listQuery, req.query, 'page filter');
    res.json(await store.list(filter));
  });

  router.post('/pages/:id/acknowledge', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await assertAllowed(
      permissions,
      oncallPageAcknowledgePermission,
      credentials,
    );
    const { id } = parseRequest(pageParams, req.params, 'page');
    const page = await audited(
      {
        eventId: 'page-acknowledge',
        severityLevel: 'medium',
        request: req,
        meta: { pageId: id },
      },
      async () => {
        const at = (options.clock?.() ?? new Date()).toISOString();
        const by = credentials.principal.userEntityRef;
        const acknowledged = await store.acknowledge(id, by, at);
        return {
          result: acknowledged,
          meta: { metTarget: acknowledged.metTarget ?? null },
        };
      },
    );
    res.json(page);
  });
}

import type {
  AuditorService,
  HttpAuthService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import {
  oncallCalendarManagePermission,
  oncallReadPermission,
} from '@localplus/plugin-oncall-common';
import express from 'express';
import { z } from 'zod';
import type { CalendarFeeds } from '../calendar/CalendarFeeds';
import {
  assertAllowed,
  createAuditedChange,
} from '@localplus/plugin-access-node';
import { jsonBody, parseRequest } from '@localplus/portal-node';
import { rotationName } from '../../requestSchemas';

/** Feeds are served under this path, outside Backstage auth. */
export const CALENDAR_FEED_PATH = '/calendar';

const createBody = z.strictObject({
  scope: z.enum(['person', 'rotation']),
  target: z.string().min(1).max(512).optional(),
});

const linkParams = z.strictObject({ id: z.uuid('must be a link id') });

/** `<token>.ics`, the token's own shape checked when its signature is. */
const feedParams = z.strictObject({
  file: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9._-]+\.ics$/),
});

/** The calendar link routes and the feed they point at. */
export function addCalendarRoutes(
  router: express.Router,
  options: {
    feeds: CalendarFeeds;
    httpAuth: HttpAuthService;
    permissions: PermissionsService;
    auditor: AuditorService;
  },
): void {
  const { feeds, httpAuth, permissions } = options;
  const audited = createAuditedChange<
    'calendar-link-create' | 'calendar-link-revoke',
    'medium'
  >(options.auditor);

  /** The signed-in person allowed to manage their calendar links. */
  const linkOwner = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await assertAllowed(
      permissions,
      oncallCalendarManagePermission,
      credentials,
    );
    return credentials;
  };

  router.post('/calendar-links', jsonBody('16kb'), async (req, res) => {
    const credentials = await linkOwner(req);
    const me = credentials.principal.userEntityRef;
    const { scope, target } = parseRequest(createBody, req.body, 'link');
    let checkedTarget: string;
    if (scope === 'person') {
      if (target !== undefined && target !== me) {
        throw new NotAllowedError(
          'A person link can only be to your own shifts',
        );
      }
      checkedTarget = me;
    } else {
      if (target === undefined) {
        throw new InputError(
          'Invalid link: target: a rotation name is required',
        );
      }
      checkedTarget = parseRequest(rotationName, target, 'target');
      await assertAllowed(permissions, oncallReadPermission, credentials);
    }
    const link = await audited(
      {
        eventId: 'calendar-link-create',
        severityLevel: 'medium',
        request: req,
        meta: { scope, target: checkedTarget },
      },
      async () => {
        const created = await feeds.createLink(scope, checkedTarget, me);
        // The URL is a credential: it is answered once and never audited.
        return { result: created, meta: { linkId: created.id } };
      },
    );
    res.status(201).json(link);
  });

  // Listing one's own links is a read: asking oncall.calendar.manage here
  // would put a decision in the audit trail each time the list is opened.
  router.get('/calendar-links', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await assertAllowed(permissions, oncallReadPermission, credentials);
    res.json(await feeds.listLinks(credentials.principal.userEntityRef));
  });

  router.delete('/calendar-links/:id', async (req, res) => {
    const credentials = await linkOwner(req);
    const { id } = parseRequest(linkParams, req.params, 'link');
    const link = await audited(
      {
        eventId: 'calendar-link-revoke',
        severityLevel: 'medium',
        request: req,
        meta: { linkId: id },
      },
      async () => ({
        result: await feeds.revokeLink(id, credentials.principal.userEntityRef),
        meta: {},
      }),
    );
    res.json(link);
  });

  router.get(`${CALENDAR_FEED_PATH}/:file`, async (req, res) => {
    const notFound = new NotFoundError('No such calendar');
    const params = feedParams.safeParse(req.params);
    if (!params.success) {
      throw notFound;
    }
    const feed = await feeds.feed(params.data.file.slice(0, -'.ics'.length));
    if (feed === undefined) {
      throw notFound;
    }
    res
      .status(200)
      .type('text/calendar; charset=utf-8')
      .set('Cache-Control', 'private, max-age=300')
      .send(feed);
  });
}

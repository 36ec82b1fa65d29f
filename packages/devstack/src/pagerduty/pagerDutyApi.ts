import { Express, NextFunction, Request, Response } from 'express';
import { z } from 'zod';
import { FaultRegistry } from '../faults';
import {
  ApiError,
  apiErrorHandler,
  parseInput,
  queryValues,
  simulatorApp,
  singleQueryValue,
  tokensEqual,
} from '../http';
import { PagerDutyDataset } from './pagerDutyDataset';
import { demoPage } from './demoPage';
import { withLinks } from './links';

/** PagerDuty's error codes for the answers the simulator gives. */
const ERROR_CODES: Record<number, number> = {
  400: 2001,
  401: 2006,
  404: 2100,
  429: 2020,
};

/** `{ error: { message, code, errors } }`, as PagerDuty writes errors. */
function errorBody({ status, message }: ApiError) {
  return {
    error: {
      message,
      code: ERROR_CODES[status] ?? 2000,
      ...(status === 400 && { errors: [message] }),
    },
  };
}

const instant = z
  .string()
  .max(64)
  .refine(
    value => !Number.isNaN(Date.parse(value)),
    'must be an ISO-8601 date-time',
  );

const schemas = {
  /** Classic pagination: PagerDuty's default page is 25, its largest 100. */
  paging: z.object({
    limit: z.coerce.number().int().min(1).max(100).default(25),
    offset: z.coerce.number().int().min(0).max(10_000).default(0),
    total: z.enum(['true', 'false']).optional(),
    query: z.string().max(200).optional(),
  }),
  id: z.string().regex(/^[A-Z0-9]{1,32}$/, 'must be a PagerDuty id'),
  /** All that PagerDuty accepts; only the layers are rendered here. */
  include: z
    .array(
      z.enum(['schedule_layers', 'overrides_subschedule', 'final_schedule']),
    )
    .max(3),
  window: z.object({ since: instant, until: instant }),
};

/** `Token token=<key>`, PagerDuty's REST API scheme. */
function readPagerDutyToken(req: Request): string | undefined {
  const header = req.headers.authorization;
  return (header && /^Token token=(\S+)\s*$/.exec(header)?.[1]) || undefined;
}

/** Serves the Viridial demo account read-only, the way PagerDuty REST API v2 answers. */
export function createPagerDutyApp(
  dataset: PagerDutyDataset,
  faults: FaultRegistry,
  options: { token: string; adminEndpoints: boolean },
): Express {
  const app = simulatorApp();
  const origin = (req: Request) => `${req.protocol}://${req.get('host')}`;

  const requireToken = (req: Request, _res: Response, next: NextFunction) => {
    if (!tokensEqual(readPagerDutyToken(req) ?? '', options.token)) {
      throw new ApiError(401, 'Unauthorized');
    }
    next();
  };

  /** A JSON answer, unless a fault for one of `targets` says otherwise. */
  const answer =
    (handler: (req: Request) => { targets: string[]; body: unknown }) =>
    (req: Request, res: Response, next: NextFunction) => {
      const { targets, body } = handler(req);
      faults.enact(['pagerduty', ...targets], req.path, res, next, () =>
        res.json(withLinks(body, origin(req))),
      );
    };

  /** A page of `items` under `key`, filtered by `query` on the name. */
  const list = <T extends { id: string; name: string }>(
    key: string,
    items: (req: Request) => T[],
    shape: (item: T, req: Request) => object = item => item,
  ) =>
    answer(req => {
      const paging = parseInput(schemas.paging, {
        limit: singleQueryValue(req, 'limit'),
        offset: singleQueryValue(req, 'offset'),
        total: singleQueryValue(req, 'total'),
        query: singleQueryValue(req, 'query'),
      });
      const needle = paging.query?.toLowerCase();
      const matching = items(req).filter(
        item => !needle || item.name.toLowerCase().includes(needle),
      );
      const page = matching.slice(paging.offset, paging.offset + paging.limit);
      return {
        targets: page.map(item => item.id.toLowerCase()),
        body: {
          [key]: page.map(item => shape(item, req)),
          limit: paging.limit,
          offset: paging.offset,
          more: paging.offset + paging.limit < matching.length,
          total: paging.total === 'true' ? matching.length : null,
        },
      };
    });

  const schedule = (req: Request) => {
    const id = parseInput(schemas.id, req.params.id);
    const found = dataset.schedules.find(s => s.id === id);
    if (!found) throw new ApiError(404, 'Not Found');
    const timeZone = singleQueryValue(req, 'time_zone');
    if (timeZone && timeZone !== found.time_zone) {
      // Converting restrictions between zones is PagerDuty's business; the
      // simulator only speaks each schedule's own.
      throw new ApiError(
        400,
        `time_zone: the devstack simulator renders ${found.name} only in ${found.time_zone}`,
      );
    }
    return found;
  };

  /** Human-readable pages the `html_url`s point at; no token, as a browser opens them. */
  app.get('/web/:collection/:id', (req, res) => {
    res
      .type('html')
      .send(demoPage(dataset, req.params.collection, req.params.id));
  });

  app.use(requireToken);
  if (options.adminEndpoints) {
    app.use(faults.adminRouter());
  }

  app.get(
    '/users',
    list('users', () => dataset.users),
  );
  app.get(
    '/services',
    list('services', () => dataset.services),
  );
  app.get(
    '/escalation_policies',
    list('escalation_policies', () => dataset.escalationPolicies),
  );
  app.get(
    '/schedules',
    list(
      'schedules',
      () => dataset.schedules,
      ({ schedule_layers, ...rest }, req) => {
        const include = parseInput(
          schemas.include,
          queryValues(req, 'include[]'),
        );
        return include.includes('schedule_layers')
          ? { ...rest, schedule_layers }
          : rest;
      },
    ),
  );
  app.get(
    '/schedules/:id',
    answer(req => {
      const found = schedule(req);
      return { targets: [found.id.toLowerCase()], body: { schedule: found } };
    }),
  );
  app.get(
    '/schedules/:id/overrides',
    answer(req => {
      const found = schedule(req);
      const window = parseInput(schemas.window, {
        since: singleQueryValue(req, 'since'),
        until: singleQueryValue(req, 'until'),
      });
      const since = Date.parse(window.since);
      const until = Date.parse(window.until);
      const overrides = (dataset.overrides[found.id] ?? []).filter(
        o => Date.parse(o.start) < until && Date.parse(o.end) > since,
      );
      return { targets: [found.id.toLowerCase()], body: { overrides } };
    }),
  );

  app.all(/.*/, req => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // Creating overrides and editing schedules are out of scope: read-only.
      throw new ApiError(405, 'the devstack PagerDuty simulator is read-only');
    }
    throw new ApiError(404, 'Not Found');
  });
  app.use(
    (error: unknown, _req: Request, res: Response, next: NextFunction) => {
      // What PagerDuty sends with a 429, so that clients can be seen waiting.
      if (error instanceof ApiError && error.status === 429) {
        res.set('retry-after', '1');
      }
      next(error);
    },
  );
  app.use(apiErrorHandler(errorBody));
  return app;
}

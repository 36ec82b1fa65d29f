import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  fairnessCsv,
  oncallFairnessReadPermission,
  oncallOverrideCreatePermission,
  oncallOverrideDeletePermission,
  oncallReadPermission,
} from '@localplus/plugin-oncall-common';
import express from 'express';
import Router from 'express-promise-router';
import type { OnCallAccess } from './onCallAccess';
import {
  cancelOverrideBody,
  changesQuery,
  coverageQuery,
  createOverrideBody,
  createSwapBody,
  entityParams,
  noQuery,
  overrideParams,
  rangeQuery,
  resolveRange,
  rotationParams,
} from './requestSchemas';
import { jsonBody, parseRequest as parse } from '@localplus/portal-node';
import {
  changerCheckFor,
  coverageReport,
  entityOnCall,
  fairnessReport,
  myShifts,
  OnCallViewContext,
  onCallOverview,
  rotationSummary,
} from './services/OnCallViews';
import type { OverrideService } from './services/OverrideService/OverrideService';
import type { OverrideStore } from './services/OverrideStore';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  access: OnCallAccess;
  views: OnCallViewContext;
  overrides: OverrideService;
  overrideStore: OverrideStore;
  /** Weeks the coverage audit looks ahead unless asked otherwise. */
  coverageWeeks: number;
}

/** Bodies of this router's JSON routes; larger ones are refused with 413. */
export const JSON_BODY_LIMIT = '64kb';
const MAX_SCHEDULE_DAYS = 92;
const MAX_FAIRNESS_DAYS = 366;

/**
 * The on-call core's routes. Each takes the caller's credentials (users and
 * services read; only users change or ask for their own shifts) and asks
 * the permission policy through `access`; overrides also follow the
 * rotation's own rule, checked in the override service.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, access, views, overrides, overrideStore } = options;
  const router = Router();
  const jsonParser = jsonBody(JSON_BODY_LIMIT);

  const reader = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await access.assert(oncallReadPermission, credentials);
    return credentials;
  };
  const rotationNamed = async (name: string) => {
    const rotation = await views.rotations.get(name);
    if (!rotation) {
      throw new NotFoundError(`No rotation named ${name}`);
    }
    return rotation;
  };

  router.get('/rotations', async (req, res) => {
    const credentials = await reader(req);
    parse(noQuery, req.query, 'query');
    const [{ rotations, problems }, isChanger] = await Promise.all([
      views.rotations.list(),
      changerCheckFor(views, credentials),
    ]);
    res.json({
      rotations: rotations.map(r => rotationSummary(r, isChanger(r))),
      problems,
    });
  });

  router.get('/rotations/:name', async (req, res) => {
    const credentials = await reader(req);
    const { name } = parse(rotationParams, req.params, 'rotation');
    parse(noQuery, req.query, 'query');
    const rotation = await rotationNamed(name);
    const isChanger = await changerCheckFor(views, credentials);
    res.json(rotationSummary(rotation, isChanger(rotation)));
  });

  router.get('/rotations/:name/schedule', async (req, res) => {
    await reader(req);
    const { name } = parse(rotationParams, req.params, 'rotation');
    const { from, to } = resolveRange(parse(rangeQuery, req.query, 'range'), {
      now: views.now(),
      defaultDays: 28,
      maxDays: MAX_SCHEDULE_DAYS,
    });
    await rotationNamed(name);
    const [shifts, active] = await Promise.all([
      views.rotations.schedule(name, from, to),
      views.rotations.overrides(name, from, to),
    ]);
    const people = await views.rotations.people(
      new Set([...shifts.map(s => s.user), ...active.map(o => o.user)]),
    );
    res.json({ rotation: name, from, to, shifts, overrides: active, people });
  });

  router.get('/rotations/:name/changes', async (req, res) => {
    await reader(req);
    const { name } = parse(rotationParams, req.params, 'rotation');
    const { limit } = parse(changesQuery, req.query, 'changes query');
    await rotationNamed(name);
    res.json(await overrideStore.listChanges(name, limit ?? 50));
  });

  router.post('/rotations/:name/overrides', jsonParser, async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await access.assert(oncallOverrideCreatePermission, credentials);
    const { name } = parse(rotationParams, req.params, 'rotation');
    const body = parse(createOverrideBody, req.body, 'override');
    const userRef = credentials.principal.userEntityRef;
    res
      .status(201)
      .json(await overrides.create(name, body, { userRef, request: req }));
  });

  router.post('/rotations/:name/swaps', jsonParser, async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await access.assert(oncallOverrideCreatePermission, credentials);
    const { name } = parse(rotationParams, req.params, 'rotation');
    const body = parse(createSwapBody, req.body, 'swap');
    const userRef = credentials.principal.userEntityRef;
    res
      .status(201)
      .json(await overrides.swap(name, body, { userRef, request: req }));
  });

  router.delete('/overrides/:id', jsonParser, async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await access.assert(oncallOverrideDeletePermission, credentials);
    const { id } = parse(overrideParams, req.params, 'override id');
    const { reason } = parse(cancelOverrideBody, req.body, 'cancellation');
    const userRef = credentials.principal.userEntityRef;
    res.json(await overrides.cancel(id, reason, { userRef, request: req }));
  });

  router.get('/entity/:kind/:namespace/:name', async (req, res) => {
    const credentials = await reader(req);
    const { kind, namespace, name } = parse(entityParams, req.params, 'entity');
    parse(noQuery, req.query, 'query');
    const isChanger = await changerCheckFor(views, credentials);
    const ref = `${kind}:${namespace}/${name}`.toLocaleLowerCase('en-US');
    res.json(await entityOnCall(views, ref, credentials, isChanger));
  });

  router.get('/now', async (req, res) => {
    const credentials = await reader(req);
    parse(noQuery, req.query, 'query');
    const isChanger = await changerCheckFor(views, credentials);
    res.json(await onCallOverview(views, isChanger));
  });

  router.get('/coverage', async (req, res) => {
    await reader(req);
    const { weeks } = parse(coverageQuery, req.query, 'coverage query');
    res.json(await coverageReport(views, weeks ?? options.coverageWeeks));
  });

  const fairness = async (req: express.Request) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await access.assert(oncallFairnessReadPermission, credentials);
    const { from, to } = resolveRange(parse(rangeQuery, req.query, 'range'), {
      now: views.now(),
      defaultDays: 28,
      backwards: true,
      maxDays: MAX_FAIRNESS_DAYS,
    });
    return fairnessReport(views, from, to);
  };

  router.get('/fairness', async (req, res) => {
    res.json(await fairness(req));
  });

  router.get('/fairness.csv', async (req, res) => {
    const report = await fairness(req);
    const day = (iso: string) => iso.slice(0, 10);
    res
      .attachment(`oncall-fairness-${day(report.from)}-${day(report.to)}.csv`)
      .type('text/csv')
      .send(fairnessCsv(report));
  });

  router.get('/me/shifts', async (req, res) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await access.assert(oncallReadPermission, credentials);
    const { from, to } = resolveRange(parse(rangeQuery, req.query, 'range'), {
      now: views.now(),
      defaultDays: 28,
      maxDays: MAX_SCHEDULE_DAYS,
    });
    const userRef = credentials.principal.userEntityRef;
    res.json(await myShifts(views, userRef, from, to));
  });

  return router;
}

import type { HttpAuthService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import express from 'express';
import Router from 'express-promise-router';
import { z } from 'zod';
import type { SloService } from './services/SloService/SloService';
import type { SloAccess } from './sloAccess';

export type RouterOptions = {
  httpAuth: HttpAuthService;
  access: SloAccess;
  slo: SloService;
};

/** Entity name parts as the catalog allows them, with room for long namespaces. */
const namePart = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be an entity name part');

const entityParams = z.object({
  kind: namePart,
  namespace: namePart,
  name: namePart,
});

const historyQuery = z.strictObject({
  days: z.coerce
    .number()
    .int('must be a whole number of days')
    .min(1, 'must be at least 1')
    .max(400, 'must be at most 400, the snapshots kept')
    .optional(),
});

const filterValue = z.string().min(1).max(300).optional();
const overviewQuery = z.strictObject({
  owner: filterValue,
  system: filterValue,
  tier: filterValue,
  criticality: filterValue,
});

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const detail = result.error.issues
      .map(issue =>
        issue.code === 'unrecognized_keys'
          ? `unknown ${issue.keys.join(', ')}`
          : `${issue.path.join('.') || what}: ${issue.message}`,
      )
      .join('; ');
    throw new InputError(`Invalid ${what}: ${detail}`);
  }
  return result.data;
}

/**
 * Every route takes the caller's credentials and asks the permission policy
 * for `slo.entity.read` (declared in slo-common) through `access`: the entity
 * routes refuse with 403, the overview leaves out what may not be read. The
 * route battery holds each route's answer per role.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, access, slo } = options;
  const router = Router();

  router.get('/entities/:kind/:namespace/:name/report', async (req, res) => {
    const entity = parse(entityParams, req.params, 'entity');
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await access.assertCanRead(entity, credentials);
    res.json(await slo.getEntityReport(entity, { credentials }));
  });

  router.get('/entities/:kind/:namespace/:name/rules', async (req, res) => {
    const entity = parse(entityParams, req.params, 'entity');
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await access.assertCanRead(entity, credentials);
    const { fileName, yaml } = await slo.getEntityRules(entity, {
      credentials,
    });
    // attachment() guesses text/yaml from the name, so the type comes after it.
    res.attachment(fileName).type('application/yaml').send(yaml);
  });

  router.get('/entities/:kind/:namespace/:name/history', async (req, res) => {
    const entity = parse(entityParams, req.params, 'entity');
    const { days } = parse(historyQuery, req.query, 'history query');
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await access.assertCanRead(entity, credentials);
    res.json(
      await slo.getEntityHistory(entity, { credentials, days: days ?? 90 }),
    );
  });

  router.get('/overview', async (req, res) => {
    const filters = parse(overviewQuery, req.query, 'filters');
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    // A list: entities whose SLOs the caller may not read are left out.
    const readable = (refs: string[]) => access.readable(refs, credentials);
    res.json(await slo.getOverview(filters, { credentials, readable }));
  });

  return router;
}

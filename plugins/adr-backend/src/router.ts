import type {
  AuditorService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import { NotFoundError } from '@backstage/errors';
import {
  adrCreatePermission,
  adrReadPermission,
  adrRefreshPermission,
  buildDecisionGraph,
  decisionId,
} from '@localplus/plugin-adr-common';
import {
  createAuditedChange,
  type BasicPermissionGate,
} from '@localplus/plugin-access-node';
import express from 'express';
import Router from 'express-promise-router';
import { jsonBody, parseRequest as parse } from '@localplus/portal-node';
import {
  decisionParams,
  decisionsQuery,
  entityRef,
  graphQuery,
  noQuery,
  problemsQuery,
  refreshBody,
} from './requestSchemas';
import { parseNewDecisionRequest } from './services/authoring/newDecisionRequestSchema';
import type { DecisionIndexer } from './services/indexer/DecisionIndexer';
import type { NewRecordService } from './services/records/NewRecordService';
import type { ReviewService } from './services/review/ReviewService';
import type { DecisionStore } from './services/store/DecisionStore';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  access: BasicPermissionGate;
  auditor: AuditorService;
  store: DecisionStore;
  indexer: Pick<DecisionIndexer, 'refresh'>;
  review: Pick<ReviewService, 'queue'>;
  records: Pick<NewRecordService, 'create'>;
}

/**
 * The ADR backend's audited changes: a new record, a refresh of the index.
 * Refused and failed attempts are on the trail too (the compliance plugin
 * reads it as evidence).
 */
type AdrAuditEvent = 'adr-record-create' | 'adr-index-refresh';

/** Bodies of POST /records; larger ones are refused with 413. */
export const RECORD_BODY_LIMIT = '64kb';
const REFRESH_BODY_LIMIT = '2kb';

/** Who wrote a record: the person, or the service acting without one. */
function authorOf(
  credentials: BackstageCredentials<
    BackstageUserPrincipal | BackstageServicePrincipal
  >,
): string {
  const { principal } = credentials;
  return principal.type === 'user'
    ? principal.userEntityRef
    : principal.subject;
}

/**
 * The ADR routes. Every route takes user or service credentials and asks
 * the permission policy through `access` before reading its parameters;
 * the two changes are audited.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, access, store } = options;
  const audited = createAuditedChange<AdrAuditEvent, 'low' | 'medium'>(
    options.auditor,
  );
  const router = Router();

  const caller = async (
    req: express.Request,
    permission: typeof adrReadPermission,
  ) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await access.assert(permission, credentials);
    return credentials;
  };

  router.get('/decisions', async (req, res) => {
    await caller(req, adrReadPermission);
    const query = parse(decisionsQuery, req.query, 'query');
    res.json(await store.query(query));
  });

  router.get('/decisions/:kind/:namespace/:name/:slug', async (req, res) => {
    await caller(req, adrReadPermission);
    const { kind, namespace, name, slug } = parse(
      decisionParams,
      req.params,
      'decision',
    );
    parse(noQuery, req.query, 'query');
    const id = decisionId(`${kind}:${namespace}/${name}`, slug);
    const decision = await store.get(id);
    if (!decision) {
      throw new NotFoundError(`No decision ${id}`);
    }
    res.json(decision);
  });

  router.get('/graph', async (req, res) => {
    await caller(req, adrReadPermission);
    const { decision, depth } = parse(graphQuery, req.query, 'query');
    const decisions = await store.listSummaries();
    if (decision && !decisions.some(d => d.id === decision)) {
      throw new NotFoundError(`No decision ${decision}`);
    }
    res.json(buildDecisionGraph(decisions, { focus: decision, depth }));
  });

  router.get('/problems', async (req, res) => {
    await caller(req, adrReadPermission);
    const query = parse(problemsQuery, req.query, 'query');
    res.json({ problems: await store.listProblems(query.entityRef) });
  });

  router.get('/review', async (req, res) => {
    const credentials = await caller(req, adrReadPermission);
    parse(noQuery, req.query, 'query');
    res.json(await options.review.queue(credentials));
  });

  router.post('/refresh', jsonBody(REFRESH_BODY_LIMIT), async (req, res) => {
    await caller(req, adrRefreshPermission);
    const result = await audited(
      { eventId: 'adr-index-refresh', severityLevel: 'low', request: req },
      async () => {
        parse(noQuery, req.query, 'query');
        const body = parse(refreshBody, req.body, 'refresh');
        const refreshed = await options.indexer.refresh(body.entityRef);
        if (!refreshed) {
          throw new NotFoundError(`No entity ${body.entityRef} in the catalog`);
        }
        return {
          result: refreshed,
          meta: {
            entityRef: refreshed.entityRef,
            decisions: refreshed.decisions,
            problems: refreshed.problems.length,
          },
        };
      },
    );
    res.json(result);
  });

  router.post('/records', jsonBody(RECORD_BODY_LIMIT), async (req, res) => {
    const credentials = await caller(req, adrCreatePermission);
    const result = await audited(
      { eventId: 'adr-record-create', severityLevel: 'medium', request: req },
      async () => {
        parse(noQuery, req.query, 'query');
        const request = parseNewDecisionRequest(req.body);
        const ref = parse(
          entityRef,
          request.entityRef,
          'new decision entityRef',
        );
        const created = await options.records.create(
          { ...request, entityRef: ref },
          authorOf(credentials),
        );
        return {
          result: created,
          meta: {
            entityRef: ref,
            decisionId: created.decisionId,
            target: created.target,
            location: created.location,
            ...(created.pullRequestUrl
              ? { pullRequestUrl: created.pullRequestUrl }
              : {}),
          },
        };
      },
    );
    res.status(201).json(result);
  });

  return router;
}

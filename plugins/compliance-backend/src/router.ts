import type {
  AuditorService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  HttpAuthService,
} from '@backstage/backend-plugin-api';
import type { BasicPermission } from '@backstage/plugin-permission-common';
import {
  complianceEvaluatePermission,
  complianceExemptionDecidePermission,
  complianceExemptionRequestPermission,
  complianceExportPermission,
  complianceReadPermission,
  CollectorsResponse,
  ComplianceControl,
} from '@localplus/plugin-compliance-common';
import {
  createAuditedChange,
  type BasicPermissionGate,
} from '@localplus/plugin-access-node';
import express from 'express';
import Router from 'express-promise-router';
import { jsonBody, parseRequest as parse } from '@localplus/portal-node';
import {
  controlParams,
  entityParams,
  exemptionParams,
  noBody,
  noQuery,
  RequestSchemas,
} from './requestSchemas';
import type { EntityComplianceService } from './services/entityCompliance/EntityComplianceService';
import type { ExemptionService } from './services/exemptions/ExemptionService';
import type { ExportService } from './services/export/ExportService';
import type { MyFailingControlsService } from './services/myControls/MyFailingControlsService';
import type { LedgerVerificationCache } from './services/status/LedgerVerificationCache';
import type { StatusService } from './services/status/StatusService';
import type { ComplianceStore } from './services/store/ComplianceStore';

export interface RouterOptions {
  httpAuth: HttpAuthService;
  access: BasicPermissionGate;
  auditor: AuditorService;
  schemas: RequestSchemas;
  controls: ComplianceControl[];
  collectors: CollectorsResponse['items'];
  store: Pick<ComplianceStore, 'listRuns' | 'listObservations'>;
  status: StatusService;
  ledger: LedgerVerificationCache;
  exemptions: ExemptionService;
  exports: ExportService;
  myControls: MyFailingControlsService;
  entities: EntityComplianceService;
  /** Starts an on-demand evaluation (once across replicas); ConflictError while one runs. */
  evaluation: { triggerNow(requestedBy: string): Promise<{ runId?: string }> };
}

/** Exemption bodies: the justification is at most 4,000 characters of up to 4 bytes. */
export const EXEMPTION_BODY_LIMIT = '32kb';
const DECISION_BODY_LIMIT = '16kb';
const EMPTY_BODY_LIMIT = '1kb';

/**
 * The compliance backend's audited changes. Refused and failed attempts are
 * on the audit trail too: an exemption is exactly what an auditor asks about.
 */
type ComplianceAuditEvent =
  | 'compliance-exemption-request'
  | 'compliance-exemption-decide'
  | 'compliance-evaluation-run';

type Caller = BackstageCredentials<
  BackstageUserPrincipal | BackstageServicePrincipal
>;

/** Who acted: the person, or the service acting without one. */
function actorOf(credentials: Caller): string {
  const { principal } = credentials;
  return principal.type === 'user'
    ? principal.userEntityRef
    : principal.subject;
}

/**
 * The compliance routes. Each authenticates the caller and asks the
 * permission policy before it reads a parameter, so a refused caller learns
 * nothing from validation messages; the changes (exemptions, on-demand runs)
 * are audited, refused attempts included.
 */
export async function createRouter(
  options: RouterOptions,
): Promise<express.Router> {
  const { httpAuth, access, schemas, store } = options;
  const audited = createAuditedChange<
    ComplianceAuditEvent,
    'low' | 'medium' | 'high'
  >(options.auditor);
  const router = Router();
  const controlsById = new Map(options.controls.map(c => [c.id, c]));

  /** Users and services: reads, runs and exports may be scripted. */
  const caller = async (req: express.Request, permission: BasicPermission) => {
    const credentials = await httpAuth.credentials(req, {
      allow: ['user', 'service'],
    });
    await access.assert(permission, credentials);
    return credentials;
  };

  /** People only: an exemption names who asked and who decided. */
  const person = async (req: express.Request, permission: BasicPermission) => {
    const credentials = await httpAuth.credentials(req, { allow: ['user'] });
    await access.assert(permission, credentials);
    return credentials;
  };

  router.get('/status', async (req, res) => {
    await caller(req, complianceReadPermission);
    const { period, framework } = parse(
      schemas.statusQuery,
      req.query,
      'query',
    );
    res.json(await options.status.status(period, framework));
  });

  router.get('/frameworks', async (req, res) => {
    await caller(req, complianceReadPermission);
    parse(noQuery, req.query, 'query');
    res.json({ items: options.status.frameworks() });
  });

  router.get('/controls/:id', async (req, res) => {
    await caller(req, complianceReadPermission);
    const { id } = parse(controlParams, req.params, 'control');
    const { period } = parse(schemas.periodQuery, req.query, 'query');
    res.json(await options.status.controlDetail(id, period));
  });

  router.get('/observations', async (req, res) => {
    await caller(req, complianceReadPermission);
    const query = parse(schemas.observationsQuery, req.query, 'query');
    const controlChecks = query.control
      ? controlsById.get(query.control)!.evidence.map(e => e.check)
      : undefined;
    const checks = query.check
      ? (controlChecks ?? [query.check]).filter(check => check === query.check)
      : controlChecks;
    if (checks && checks.length === 0) {
      res.json({ items: [], total: 0 });
      return;
    }
    res.json(
      await store.listObservations({
        period: query.period,
        checks,
        subject: query.subject,
        entityRef: query.entity,
        result: query.result,
        limit: query.limit ?? schemas.defaults.observationsPage,
        offset: query.offset ?? 0,
      }),
    );
  });

  router.get('/entity/:kind/:namespace/:name', async (req, res) => {
    const credentials = await caller(req, complianceReadPermission);
    const entityRef = parse(entityParams, req.params, 'entity');
    const { period } = parse(schemas.periodQuery, req.query, 'query');
    res.json(await options.entities.forEntity(entityRef, period, credentials));
  });

  router.get('/me/failing', async (req, res) => {
    const credentials = await person(req, complianceReadPermission);
    parse(noQuery, req.query, 'query');
    res.json(await options.myControls.failingFor(credentials));
  });

  router.get('/runs', async (req, res) => {
    await caller(req, complianceReadPermission);
    const { limit } = parse(schemas.runsQuery, req.query, 'query');
    res.json({
      items: await store.listRuns({
        limit: limit ?? schemas.defaults.runsPage,
      }),
    });
  });

  router.post('/runs', jsonBody(EMPTY_BODY_LIMIT), async (req, res) => {
    const credentials = await caller(req, complianceEvaluatePermission);
    const result = await audited(
      {
        eventId: 'compliance-evaluation-run',
        severityLevel: 'low',
        request: req,
      },
      async () => {
        parse(noQuery, req.query, 'query');
        parse(noBody, req.body, 'body');
        const triggered = await options.evaluation.triggerNow(
          actorOf(credentials),
        );
        return {
          result: triggered,
          meta: triggered.runId ? { runId: triggered.runId } : {},
        };
      },
    );
    res.status(202).json({ ...result, triggered: true });
  });

  router.get('/exemptions', async (req, res) => {
    await caller(req, complianceReadPermission);
    const query = parse(schemas.exemptionsQuery, req.query, 'query');
    res.json({
      items: await options.exemptions.list({
        status: query.status,
        controlId: query.control,
        entityRef: query.entity,
      }),
    });
  });

  router.post(
    '/exemptions',
    jsonBody(EXEMPTION_BODY_LIMIT),
    async (req, res) => {
      const credentials = await person(
        req,
        complianceExemptionRequestPermission,
      );
      const created = await audited(
        {
          eventId: 'compliance-exemption-request',
          severityLevel: 'medium',
          request: req,
        },
        async () => {
          parse(noQuery, req.query, 'query');
          const body = parse(schemas.exemptionRequest, req.body, 'exemption');
          const exemption = await options.exemptions.request(
            body,
            credentials.principal.userEntityRef,
          );
          return {
            result: exemption,
            meta: {
              exemptionId: exemption.id,
              controlId: exemption.controlId,
              subject: exemption.subject,
              expiresAt: exemption.expiresAt,
            },
          };
        },
      );
      res.status(201).json(created);
    },
  );

  for (const decision of ['approve', 'reject'] as const) {
    router.post(
      `/exemptions/:id/${decision}`,
      jsonBody(DECISION_BODY_LIMIT),
      async (req, res) => {
        const credentials = await person(
          req,
          complianceExemptionDecidePermission,
        );
        const decided = await audited(
          {
            eventId: 'compliance-exemption-decide',
            severityLevel: 'medium',
            request: req,
            meta: { decision },
          },
          async () => {
            const { id } = parse(exemptionParams, req.params, 'exemption');
            parse(noQuery, req.query, 'query');
            const decider = credentials.principal.userEntityRef;
            const exemption =
              decision === 'approve'
                ? await options.exemptions.approve(
                    id,
                    decider,
                    parse(schemas.approvalBody, req.body, 'approval').comment,
                  )
                : await options.exemptions.reject(
                    id,
                    decider,
                    parse(schemas.rejectionBody, req.body, 'rejection').comment,
                  );
            return {
              result: exemption,
              meta: {
                exemptionId: exemption.id,
                controlId: exemption.controlId,
                subject: exemption.subject,
                status: exemption.status,
              },
            };
          },
        );
        res.json(decided);
      },
    );
  }

  router.get('/collectors', async (req, res) => {
    await caller(req, complianceReadPermission);
    parse(noQuery, req.query, 'query');
    res.json({ items: options.collectors });
  });

  router.get('/ledger/verify', async (req, res) => {
    await caller(req, complianceReadPermission);
    parse(noQuery, req.query, 'query');
    res.json(await options.ledger.verifyNow());
  });

  router.get('/export', async (req, res) => {
    await caller(req, complianceExportPermission);
    const { period } = parse(schemas.periodQuery, req.query, 'query');
    const { fileName, bytes } = await options.exports.exportPeriod(period);
    res
      .status(200)
      .attachment(fileName)
      .type('application/zip')
      .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });

  return router;
}

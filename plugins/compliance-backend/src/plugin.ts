import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { compliancePermissions } from '@localplus/plugin-compliance-common';
import {
  buildExportArchive,
  complianceCollectorsExtensionPoint,
} from '@localplus/plugin-compliance-node';
import { BasicPermissionGate } from '@localplus/plugin-access-node';
import { CollectorRegistry } from './installedCollectors';
import { createRequestSchemas } from './requestSchemas';
import { readRouteSettings } from './routeSettings';
import { createRouter } from './router';
import { loadControlCatalogFromConfig } from './services/controls/loadControlCatalog';
import { EntityComplianceService } from './services/entityCompliance/EntityComplianceService';
import { EvaluationEngine } from './services/evaluation/EvaluationEngine';
import { readEvaluationSettings } from './services/evaluation/evaluationSettings';
import { EvaluationTask } from './services/evaluation/EvaluationTask';
import { ExemptionService } from './services/exemptions/ExemptionService';
import { ExportService } from './services/export/ExportService';
import { createLedgerIntegrityCollector } from './services/ledgerCollector/ledgerIntegrityCollector';
import { MyFailingControlsService } from './services/myControls/MyFailingControlsService';
import { LedgerVerificationCache } from './services/status/LedgerVerificationCache';
import { StatusService } from './services/status/StatusService';
import { DatabaseComplianceStore } from './services/store/DatabaseComplianceStore';
import { LedgerVerifier } from './services/store/LedgerVerifier';
import { migrateComplianceDatabase } from './services/store/migrateComplianceDatabase';

export { EVALUATION_TASK_ID } from './services/evaluation/EvaluationTask';

/**
 * How long the status page trusts a verification of the whole ledger while
 * its head stays put: an edited older row is shown within this time, or at
 * once by `GET /ledger/verify`.
 */
const LEDGER_VERIFICATION_MAX_AGE_MS = 5 * 60 * 1000;

export interface CompliancePluginOptions {
  /** Business time: runs, ledger records, periods, expiries. Tests pin it. */
  now?: () => Date;
}

/**
 * The compliance backend plugin. The default export is `compliancePlugin`;
 * tests build their own with a controlled clock.
 */
export function createCompliancePlugin(options: CompliancePluginOptions = {}) {
  return createBackendPlugin({
    pluginId: 'compliance',
    register(env) {
      const registry = new CollectorRegistry();
      env.registerExtensionPoint(
        complianceCollectorsExtensionPoint,
        registry.extensionPoint,
      );

      env.registerInit({
        deps: {
          auditor: coreServices.auditor,
          catalog: catalogServiceRef,
          config: coreServices.rootConfig,
          database: coreServices.database,
          httpAuth: coreServices.httpAuth,
          httpRouter: coreServices.httpRouter,
          logger: coreServices.logger,
          permissions: coreServices.permissions,
          permissionsRegistry: coreServices.permissionsRegistry,
          scheduler: coreServices.scheduler,
          userInfo: coreServices.userInfo,
        },
        async init(deps) {
          const { catalog, config, logger } = deps;
          const now = options.now ?? (() => new Date());
          const routeSettings = readRouteSettings(config);
          const evaluationSettings = readEvaluationSettings(config);
          const { frameworks, controls } = await loadControlCatalogFromConfig(
            config,
          );
          const knex = await deps.database.getClient();
          if (!deps.database.migrations?.skip) {
            await migrateComplianceDatabase(knex);
          }
          deps.permissionsRegistry.addPermissions(compliancePermissions);

          const store = new DatabaseComplianceStore(knex, { now });
          const verifier = new LedgerVerifier({ store, now });
          const collectors = registry.installed([
            createLedgerIntegrityCollector(verifier),
          ]);
          const engine = new EvaluationEngine({
            store,
            catalog: { frameworks, controls },
            collectors,
            settings: evaluationSettings,
            logger,
            now,
          });
          // Evaluations write to the shared database: one replica runs each.
          const evaluation = new EvaluationTask({
            scheduler: deps.scheduler,
            engine,
            store,
            schedule: evaluationSettings.schedule,
            logger,
            now,
          });
          await evaluation.start();

          const scheduleIntervalMs = evaluationSettings.schedule.intervalMs;
          const ledger = new LedgerVerificationCache({
            verify: () => verifier.verify(),
            head: () => store.ledgerHead(),
            maxAgeMs: LEDGER_VERIFICATION_MAX_AGE_MS,
          });
          const status = new StatusService({
            store,
            frameworks,
            controls,
            ledger,
            scheduleIntervalMs,
            now,
          });
          const controlIds = new Set(controls.map(control => control.id));
          const frameworkIds = new Set(frameworks.map(f => f.id));

          deps.httpRouter.use(
            await createRouter({
              httpAuth: deps.httpAuth,
              access: new BasicPermissionGate(deps.permissions),
              auditor: deps.auditor,
              schemas: createRequestSchemas({
                maxPeriodDays: routeSettings.maxPeriodDays,
                maxExemptionDays: routeSettings.maxExemptionDays,
                now,
                isKnownControl: id => controlIds.has(id),
                isKnownFramework: id => frameworkIds.has(id),
              }),
              controls,
              collectors: collectors.map(collector => ({
                id: collector.id,
                title: collector.title,
                description: collector.description,
                checks: collector.checks.map(check => ({
                  id: `${collector.id}.${check.id}`,
                  title: check.title,
                  description: check.description,
                })),
              })),
              store,
              status,
              ledger,
              exemptions: new ExemptionService({ store, now }),
              exports: new ExportService({
                store,
                frameworks,
                controls,
                coverage: period => status.coverage(period),
                buildArchive: buildExportArchive,
                system: routeSettings.system,
              }),
              myControls: new MyFailingControlsService({
                store,
                catalog,
                userInfo: deps.userInfo,
                controls,
                now,
              }),
              entities: new EntityComplianceService({
                store,
                catalog,
                controls,
                scheduleIntervalMs,
                now,
              }),
              evaluation,
            }),
          );
        },
      });
    },
  });
}

/** Controls as code, evidence collected on a schedule, exemptions, the ledger and the export. */
export const compliancePlugin = createCompliancePlugin();

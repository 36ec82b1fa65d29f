import {
  BackendFeature,
  coreServices,
  createBackendModule,
  SchedulerService,
} from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/config';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ComplianceDocument } from '@localplus/plugin-compliance-common';
import {
  complianceCollectorsExtensionPoint,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import knexFactory, { Knex } from 'knex';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import { createCompliancePlugin, EVALUATION_TASK_ID } from '../plugin';
import { ownershipUserInfoFactory } from './ownershipUserInfo';
import {
  RecordedAuditEvent,
  recordingAuditorFactory,
} from './recordingAuditor';
import { ComplianceTestRoles, rolePolicyModule } from './rolePolicy';

export interface ComplianceTestBackendOptions {
  /**
   * The control files, written to a scratch folder that
   * `compliance.controls` names: file name -> YAML text, or the documents
   * to write as one multi-document file.
   */
  controlFiles: Record<string, string | ComplianceDocument[]>;
  /** Evidence collectors to install, e.g. from `createTestCollector`. */
  collectors?: EvidenceCollector[];
  /** Catalog entities: components, their owning groups, users with `memberOf`. */
  entities?: Entity[];
  /**
   * Permissions per role, checked by the real permission backend. Without
   * it the permission framework is off and every caller with credentials
   * may do everything.
   */
  roles?: ComplianceTestRoles;
  /** More features: collector modules, service factories. */
  features?: BackendFeature[];
  /** Root config merged over the harness's (`compliance` merged key by key). */
  config?: JsonObject;
  /** The plugin's business clock. */
  now?: () => Date;
  /**
   * The plugin's database. Defaults to an in-memory SQLite database owned
   * by the harness; pass a PostgreSQL one (TestDatabases) to run there.
   */
  database?: Knex;
}

/** What the catalog derives from `spec.owner` and the harness adds to the test double. */
function withOwnership(entity: Entity): Entity {
  const owner = (entity.spec as { owner?: string } | undefined)?.owner;
  if (!owner || entity.relations?.length) {
    return entity;
  }
  const targetRef = owner.includes(':')
    ? owner
    : `group:${entity.metadata.namespace ?? 'default'}/${owner}`;
  return { ...entity, relations: [{ type: 'ownedBy', targetRef }] };
}

/**
 * Installs the test's collectors, and lends the harness the plugin's
 * scheduler so a test can run the scheduled evaluation when it wants.
 */
function testCollectorsModule(
  collectors: EvidenceCollector[],
  handles: { scheduler?: SchedulerService },
) {
  return createBackendModule({
    pluginId: 'compliance',
    moduleId: 'test-collectors',
    register(reg) {
      reg.registerInit({
        deps: {
          registry: complianceCollectorsExtensionPoint,
          scheduler: coreServices.scheduler,
        },
        async init({ registry, scheduler }) {
          collectors.forEach(collector => registry.addCollector(collector));
          handles.scheduler = scheduler;
        },
      });
    },
  });
}

/**
 * The compliance backend plugin started with `startTestBackend`: control
 * files written to a scratch folder, the given collectors installed as a
 * module, the catalog test double holding `entities`, the user info service
 * giving each person their groups, a recording auditor and, with `roles`,
 * the real permission backend under a policy per role. The evaluation task
 * is scheduled but runs only when `runEvaluation()` is called. Requests need
 * credentials (`mockCredentials.user.header(ref)`); no jest in here, so
 * benchmarks can use it too. Call `stop()` at the end.
 */
export async function startComplianceTestBackend(
  options: ComplianceTestBackendOptions,
) {
  const rootDir = await fs.mkdtemp(path.join(os.tmpdir(), 'compliance-'));
  const ownDatabase = options.database
    ? undefined
    : knexFactory({
        client: 'better-sqlite3',
        connection: ':memory:',
        useNullAsDefault: true,
      });
  const database = options.database ?? ownDatabase!;
  try {
    const controlsDir = path.join(rootDir, 'controls');
    await fs.mkdir(controlsDir);
    for (const [name, content] of Object.entries(options.controlFiles)) {
      const text =
        typeof content === 'string'
          ? content
          : content.map(document => YAML.stringify(document)).join('---\n');
      await fs.writeFile(path.join(controlsDir, path.basename(name)), text);
    }
    const entities = (options.entities ?? []).map(withOwnership);
    const auditEvents: RecordedAuditEvent[] = [];
    const askedPermissions: string[] = [];
    const handles: { scheduler?: SchedulerService } = {};
    const complianceConfig = (options.config?.compliance ?? {}) as JsonObject;
    const backend = await startTestBackend({
      features: [
        createCompliancePlugin({ now: options.now }),
        testCollectorsModule(options.collectors ?? [], handles),
        catalogServiceMock.factory({ entities }),
        ownershipUserInfoFactory(entities),
        recordingAuditorFactory(auditEvents),
        mockServices.database.factory({ knex: database }),
        mockServices.httpAuth.factory({
          defaultCredentials: mockCredentials.none(),
        }),
        mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        ...(options.roles
          ? [
              permissionPlugin,
              rolePolicyModule(options.roles, askedPermissions),
            ]
          : []),
        ...(options.features ?? []),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            ...(options.roles ? { permission: { enabled: true } } : {}),
            ...options.config,
            compliance: { controls: [controlsDir], ...complianceConfig },
          },
        }),
      ],
    });
    return {
      backend,
      server: backend.server,
      /** The plugin's database, to look at (or tamper with) its tables. */
      database,
      entities,
      /** The scratch folder; the control files are in `controls/`. */
      rootDir,
      /** Every audited action, with its outcome. */
      auditEvents,
      /** Every permission the policy was asked about (with `roles`). */
      askedPermissions,
      /** Runs the scheduled evaluation now and waits for it to finish. */
      runEvaluation: () => handles.scheduler!.triggerTask(EVALUATION_TASK_ID),
      async stop() {
        await backend.stop();
        await ownDatabase?.destroy();
        await fs.rm(rootDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await ownDatabase?.destroy();
    await fs.rm(rootDir, { recursive: true, force: true });
    throw error;
  }
}

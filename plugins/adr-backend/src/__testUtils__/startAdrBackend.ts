import { createBackendModule } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/config';
import permissionPlugin from '@backstage/plugin-permission-backend';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { policyExtensionPoint } from '@backstage/plugin-permission-node/alpha';
import { adrParsersExtensionPoint } from '@localplus/plugin-adr-node';
import { AdrTestFolder, startAdrTestBackend } from './adrTestBackend';
import { fakeDecisionParser, fakeRecord } from './fakeDecisionParser';

/** Refused everything by the test policy. */
export const DENIED = 'user:default/outsider';
/** May read, but neither refresh nor propose. */
export const READER = 'user:default/auditor';
/** Named in the fixture records, by display name and through his group. */
export const MARC = 'user:default/marc-lefevre';
export const NOW = new Date('2026-12-15T10:00:00.000Z');

export const DOCS = 'component:default/docs';
export const LEDGER = 'component:default/svc-ledger';
export const PLAIN = 'component:default/svc-plain';

function testPolicyModule(asked: string[]) {
  return createBackendModule({
    pluginId: 'permission',
    moduleId: 'adr-test-policy',
    register(reg) {
      reg.registerInit({
        deps: { policy: policyExtensionPoint },
        async init({ policy }) {
          policy.setPolicy({
            async handle(query, user) {
              asked.push(query.permission.name);
              const who = user?.info.userEntityRef;
              const denied =
                who === DENIED ||
                (who === READER &&
                  query.permission.name !== 'adr.decision.read');
              return {
                result: denied ? AuthorizeResult.DENY : AuthorizeResult.ALLOW,
              };
            },
          });
        },
      });
    },
  });
}

/** Installs the tests' own record format ahead of the built-in parsers. */
export const fakeParserModule = createBackendModule({
  pluginId: 'adr',
  moduleId: 'test-parser',
  register(reg) {
    reg.registerInit({
      deps: { parsers: adrParsersExtensionPoint },
      async init({ parsers }) {
        parsers.addParser(fakeDecisionParser);
      },
    });
  },
});

/** The records of the tests' organisation, in the fake format. */
export function adrTestFolders(): AdrTestFolder[] {
  return [
    {
      entity: {
        name: 'docs',
        system: 'localplus-platform',
        owner: 'group:default/platform-team',
      },
      files: {
        '0001-use-kafka.md': fakeRecord(
          'Use Kafka for audit events',
          {
            status: 'accepted',
            date: '2026-01-10',
            deciders: 'Marc Lefèvre',
            tags: 'messaging, audit',
            'review-by': '2026-06-01',
          },
          'We stream every audit event through Kafka.',
        ),
        '0002-central-argocd.md': fakeRecord(
          'Central Argo CD',
          {
            status: 'proposed',
            date: '2026-03-02',
            deciders: 'Platform Team',
            'relates-to': '0001-use-kafka.md',
          },
          'One Argo CD instance deploys every cluster.',
        ),
        '0003-old-queue.md': fakeRecord('Old queue', {
          status: 'superseded',
          date: '2025-11-01',
        }),
        'notes-without-title.md': 'a record without its title line',
        'diagram.png': 'not a record',
      },
    },
    {
      entity: {
        name: 'svc-ledger',
        system: 'loyalty',
        owner: 'group:default/team-loyalty',
      },
      files: {
        '0001-double-entry.md': fakeRecord('Double-entry ledger', {
          status: 'accepted',
          date: '2026-02-20',
          deciders: 'Lucas Bernard',
          tags: 'Audit',
        }),
      },
    },
  ];
}

/** People, groups and an entity without a decision folder. */
export function adrTestEntities(): Entity[] {
  const user = (name: string, displayName: string): Entity => ({
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { profile: { displayName }, memberOf: ['platform-team'] },
  });
  return [
    user('marc-lefevre', 'Marc Lefèvre'),
    user('outsider', 'Out Sider'),
    user('auditor', 'Audrey Tor'),
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: 'platform-team', namespace: 'default' },
      spec: {
        type: 'team',
        children: [],
        profile: { displayName: 'Platform Team' },
      },
    },
    {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name: 'svc-plain', namespace: 'default' },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: 'platform-team',
      },
    },
  ];
}

/**
 * The plugin over the fixture folders, with the real permission backend
 * under the test policy, the fake parser, a recording auditor and a pinned
 * clock. Requests without an Authorization header carry no credentials.
 */
export async function startAdrBackend(
  options: { folders?: AdrTestFolder[]; config?: JsonObject } = {},
) {
  const askedPermissions: string[] = [];
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async () => ({
      success: jest.fn(async () => {}),
      fail: jest.fn(async () => {}),
    })),
  });
  const harness = await startAdrTestBackend({
    folders: options.folders ?? adrTestFolders(),
    entities: adrTestEntities(),
    features: [
      permissionPlugin,
      testPolicyModule(askedPermissions),
      fakeParserModule,
      auditor.factory,
    ],
    config: { permission: { enabled: true }, ...options.config },
    now: () => NOW,
  });
  return { ...harness, auditor, askedPermissions };
}

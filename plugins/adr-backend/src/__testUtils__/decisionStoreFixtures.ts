/*
 * The decision store's test fixtures: one database per engine for the
 * whole test file, emptied before each test, and four decisions of two
 * entities.
 */
import { resolvePackagePath } from '@backstage/backend-plugin-api';
import type {
  TestDatabaseId,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { Knex } from 'knex';
import { DatabaseDecisionStore } from '../services/store/DatabaseDecisionStore';
import {
  DECISIONS_TABLE,
  SOURCES_TABLE,
  TERMS_TABLE,
} from '../services/store/decisionRows';
import type { SourceState } from '../services/store/DecisionStore';
import { storedDecision } from './storedDecisions';

/** One database per engine for the whole file, emptied before each test. */
const knexes = new Map<TestDatabaseId, Knex>();

export async function createStore(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  let knex = knexes.get(databaseId);
  if (!knex) {
    knex = await databases.init(databaseId);
    await knex.migrate.latest({
      directory: resolvePackagePath(
        '@localplus/plugin-adr-backend',
        'migrations',
      ),
    });
    knexes.set(databaseId, knex);
  }
  for (const table of [TERMS_TABLE, DECISIONS_TABLE, SOURCES_TABLE]) {
    await knex(table).delete();
  }
  return { knex, store: new DatabaseDecisionStore(knex) };
}

export const DOCS = 'component:default/docs';
export const LEDGER = 'component:default/svc-ledger';
export const READ_AT = '2026-12-15T10:00:00.000Z';

export const source = (
  location: string,
  problems: SourceState['problems'] = [],
) => ({
  folder: { type: 'url' as const, entityRef: DOCS, url: location },
  location,
  readAt: READ_AT,
  problems,
});

export const kafka = storedDecision(DOCS, '0001-use-kafka.md', {
  title: 'Use Kafka for audit events',
  date: '2026-01-10',
  number: 1,
  status: 'accepted',
  decisionMakers: ['Marc Lefèvre', 'platform-team'],
  consulted: ['Security'],
  tags: ['Messaging', 'audit'],
  system: 'system:default/localplus-platform',
  owner: 'group:default/platform-team',
  text: 'We stream 100% of audit events through Kafka topics.',
  summary: 'Audit events need a durable log.',
  reviewBy: '2026-06-01',
});
export const argo = storedDecision(DOCS, '0002-central-argocd.md', {
  title: 'Central Argo CD',
  date: '2026-03-02',
  number: 2,
  status: 'proposed',
  decisionMakers: ['marc lefèvre'],
  tags: ['deployment'],
  system: 'system:default/localplus-platform',
  owner: 'group:default/platform-team',
  text: 'One Argo CD instance deploys every cluster, svc-ledger included.',
  links: [{ kind: 'relates-to', target: '0001-use-kafka.md' }],
});
export const undated = storedDecision(DOCS, 'notes-on-naming.md', {
  title: 'Naming of services',
  status: 'superseded',
  decisionMakers: ['Anna'],
  system: 'system:default/localplus-platform',
  owner: 'group:default/platform-team',
  text: 'svc_ prefix for every service; 1000 of them one day.',
  reviewBy: '2026-01-01',
});
export const ledger = storedDecision(LEDGER, '0001-double-entry.md', {
  title: 'Double-entry ledger',
  date: '2026-02-20',
  number: 1,
  status: 'accepted',
  decisionMakers: ['Lucas Bernard'],
  tags: ['AUDIT'],
  system: 'system:default/loyalty',
  owner: 'group:default/team-loyalty',
  text: 'Every movement is two entries.',
  reviewBy: '2026-12-01',
  localDraft: true,
});

export async function seeded(
  databases: TestDatabases,
  databaseId: TestDatabaseId,
) {
  const created = await createStore(databases, databaseId);
  await created.store.replaceEntity(
    DOCS,
    [kafka, argo, undated],
    source('https://github.com/localplus/docs/tree/main/adr'),
  );
  await created.store.replaceEntity(LEDGER, [ledger], {
    ...source('https://github.com/localplus/svc-ledger/tree/main/adr'),
    folder: {
      type: 'url',
      entityRef: LEDGER,
      url: 'https://github.com/localplus/svc-ledger/tree/main/adr',
    },
  });
  return created;
}

export const ids = (list: { decisions: Array<{ id: string }> }) =>
  list.decisions.map(d => d.id);

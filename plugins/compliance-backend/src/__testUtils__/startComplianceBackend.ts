import type { Entity } from '@backstage/catalog-model';
import type { JsonObject } from '@backstage/config';
import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import type { Knex } from 'knex';
import { startComplianceTestBackend } from './complianceTestBackend';
import { ComplianceTestRoles } from './rolePolicy';
import { createTestCollector } from './testCollector';

/** Granted nothing by the test policy. */
export const OUTSIDER = 'user:default/outsider';
/** Reads and exports, changes nothing. */
export const AUDITOR = 'user:default/auditor';
/** An engineer of team-loyalty: reads, asks for exemptions, starts runs. */
export const ALICE = 'user:default/alice';
/** Security: reads, decides exemptions, starts runs, exports. */
export const SAM = 'user:default/sam';

export const LEDGER_SERVICE = 'component:default/svc-ledger';
export const POINTS_SERVICE = 'component:default/svc-points';
export const GATEWAY_SERVICE = 'component:default/svc-gateway';

export const TEST_ROLES: ComplianceTestRoles = {
  roles: {
    auditor: ['compliance.control.read', 'compliance.evidence.export'],
    engineer: [
      'compliance.control.read',
      'compliance.exemption.request',
      'compliance.evaluation.run',
    ],
    security: [
      'compliance.control.read',
      'compliance.exemption.request',
      'compliance.exemption.decide',
      'compliance.evaluation.run',
      'compliance.evidence.export',
    ],
  },
  members: { [AUDITOR]: 'auditor', [ALICE]: 'engineer', [SAM]: 'security' },
};

const FRAMEWORKS = `apiVersion: compliance.localplus.io/v1
kind: Framework
metadata: { id: soc2, title: SOC 2 }
spec:
  version: 2017 Trust Services Criteria
  requirements:
    - { id: CC6.1, title: Logical access security }
    - { id: CC7.2, title: Monitoring of system components }
    - { id: CC8.1, title: Change management }
    - { id: CC9.9, title: A requirement no control serves }
---
apiVersion: compliance.localplus.io/v1
kind: Framework
metadata: { id: gdpr, title: GDPR }
spec:
  requirements:
    - { id: Art.5, title: Principles relating to processing }
    - { id: Art.17, title: Right to erasure }
`;

const CONTROLS = `apiVersion: compliance.localplus.io/v1
kind: Control
metadata: { id: service-ownership, title: Every service has an owning team }
spec:
  description: Each service names a group that answers for it.
  owner: group:default/team-security
  frequency: daily
  requirements: [soc2:CC6.1, gdpr:Art.5]
  evidence:
    - check: catalog.owner
---
apiVersion: compliance.localplus.io/v1
kind: Control
metadata: { id: service-tier, title: Every service has a tier }
spec:
  description: The tier drives change management.
  owner: group:default/team-security
  frequency: daily
  requirements: [soc2:CC8.1]
  evidence:
    - check: catalog.tier
---
apiVersion: compliance.localplus.io/v1
kind: Control
metadata: { id: audit-trail-integrity, title: The evidence ledger is intact }
spec:
  description: The hash chain verifies from its first record.
  owner: group:default/team-security
  frequency: continuous
  requirements: [soc2:CC7.2]
  evidence:
    - check: ledger.integrity
---
apiVersion: compliance.localplus.io/v1
kind: Control
metadata: { id: erasure-procedure, title: Personal data can be erased }
spec:
  description: Services holding personal data name their erasure procedure.
  owner: group:default/team-security
  frequency: weekly
  requirements: [gdpr:Art.17]
  evidence:
    - check: catalog.erasure-procedure
`;

export const CONTROL_FILES = {
  'frameworks.yaml': FRAMEWORKS,
  'controls.yaml': CONTROLS,
};

function component(name: string, owner: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default' },
    spec: { type: 'service', lifecycle: 'production', owner },
  };
}

function user(name: string, memberOf: string[]): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'User',
    metadata: { name, namespace: 'default' },
    spec: { memberOf },
  };
}

function group(name: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name, namespace: 'default' },
    spec: { type: 'team', children: [] },
  };
}

export const TEST_ENTITIES: Entity[] = [
  group('team-loyalty'),
  group('team-security'),
  user('alice', ['team-loyalty']),
  user('sam', ['team-security']),
  user('auditor', []),
  user('outsider', []),
  component('svc-ledger', 'group:default/team-loyalty'),
  component('svc-points', 'group:default/team-loyalty'),
  component('svc-gateway', 'group:default/team-security'),
];

/** What the test catalog collector reports: per check, the services failing it. */
export interface CatalogEvidence {
  failingOwner: string[];
  failingTier: string[];
}

function catalogObservations(
  evidence: CatalogEvidence,
): CollectedObservation[] {
  const services = [LEDGER_SERVICE, POINTS_SERVICE, GATEWAY_SERVICE];
  return services.flatMap(ref => [
    {
      check: 'catalog.owner',
      subject: ref,
      entityRef: ref,
      result: evidence.failingOwner.includes(ref) ? 'fail' : 'pass',
      summary: evidence.failingOwner.includes(ref)
        ? `${ref} names no owner group`
        : `${ref} is owned by a group`,
      method: 'examine',
      examined: [{ type: 'catalog-entity', ref }],
    },
    {
      check: 'catalog.tier',
      subject: ref,
      entityRef: ref,
      result: evidence.failingTier.includes(ref) ? 'fail' : 'pass',
      summary: evidence.failingTier.includes(ref)
        ? `${ref} has no localplus.io/tier annotation`
        : `${ref} is tier T1`,
      method: 'examine',
      examined: [{ type: 'catalog-entity', ref }],
    },
  ]);
}

/** A clock the test moves by hand; the plugin reads it for every instant. */
export class TestClock {
  #now: number;

  constructor(start: string) {
    this.#now = Date.parse(start);
  }

  readonly now = () => new Date(this.#now);

  set(instant: string) {
    this.#now = Date.parse(instant);
  }
}

/**
 * The plugin over the fixture controls and organisation, with the real
 * permission backend under the test roles, a catalog collector whose
 * evidence the test sets, and a clock the test moves.
 */
export async function startComplianceBackend(
  options: {
    start?: string;
    config?: JsonObject;
    database?: Knex;
  } = {},
) {
  const clock = new TestClock(options.start ?? '2026-12-01T09:00:00.000Z');
  const evidence: CatalogEvidence = { failingOwner: [], failingTier: [] };
  const collector = createTestCollector({
    id: 'catalog',
    checks: ['owner', 'tier'],
    observations: () => catalogObservations(evidence),
  });
  const harness = await startComplianceTestBackend({
    controlFiles: CONTROL_FILES,
    collectors: [collector],
    entities: TEST_ENTITIES,
    roles: TEST_ROLES,
    now: clock.now,
    config: options.config,
    database: options.database,
  });
  return { ...harness, clock, evidence, collector };
}

/** Row counts of every compliance table and the ledger head: what a refused request must leave alone. */
export async function databaseSnapshot(database: Knex) {
  const tables = [
    'compliance_runs',
    'compliance_run_requests',
    'compliance_ledger',
    'compliance_observations',
    'compliance_evaluations',
    'compliance_exemptions',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ count }] = await database(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  const head = await database('compliance_ledger_head').first();
  return { counts, head };
}

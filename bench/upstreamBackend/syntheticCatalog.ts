/*
 * A synthetic organisation of a given size for the ingest benchmark:
 * groups and their users, systems, components and the APIs they provide
 * and consume, related as a real catalog is (owners, members, parents,
 * systems, dependencies). The components of localplus-* systems are in
 * the tier model's scope; one in fifty of those breaks a tier rule, so the
 * tier processor has errors to report.
 */
import YAML from 'yaml';

/** The share of the entities of each kind, in order of creation. */
const SHARES = { group: 0.02, user: 0.18, system: 0.03, api: 0.17 };

/** Every 50th component in tier scope is named against its tier. */
const VIOLATION_EVERY = 50;

export interface SyntheticCatalog {
  /** One YAML document per entity. */
  yaml: string;
  entityCount: number;
  /** Components whose tier rules must fail (one violation each). */
  expectedTierViolations: number;
}

const T3_OWNERS = ['team-loyalty', 'team-merchant', 'team-engagement'];

const pad = (i: number) => String(i).padStart(5, '0');

export function syntheticCatalog(entityCount: number): SyntheticCatalog {
  const count = (share: number) => Math.max(1, Math.floor(entityCount * share));
  const groups = Math.max(T3_OWNERS.length, count(SHARES.group));
  const users = count(SHARES.user);
  const systems = count(SHARES.system);
  const apis = count(SHARES.api);
  const components = entityCount - groups - users - systems - apis;
  if (components < 1) {
    throw new Error(`${entityCount} entities are too few for an organisation`);
  }
  // The first groups are the tier model's T3 owners (app-config.yaml).
  const group = (i: number) =>
    T3_OWNERS[i % groups] ?? `team-${pad(i % groups)}`;
  const system = (i: number) =>
    // Half the systems are LOCAL-PLUS ones, in the tier model's scope.
    `${i % 2 === 0 ? 'localplus' : 'partner'}-system-${pad(i % systems)}`;
  const api = (i: number) => `api-${pad(i % apis)}`;
  const entities: object[] = [];
  for (let i = 0; i < groups; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: group(i) },
      spec: {
        type: 'team',
        children: [],
        ...(i > 0 && { parent: group(Math.floor((i - 1) / 4)) }),
      },
    });
  }
  for (let i = 0; i < users; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'User',
      metadata: { name: `user-${pad(i)}` },
      spec: {
        profile: { email: `user-${pad(i)}@example.com` },
        memberOf: [group(i)],
      },
    });
  }
  for (let i = 0; i < systems; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: system(i) },
      spec: { owner: group(i) },
    });
  }
  for (let i = 0; i < apis; i++) {
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'API',
      metadata: { name: api(i) },
      spec: {
        type: 'openapi',
        lifecycle: 'production',
        owner: group(i),
        system: system(i),
        definition: 'openapi: 3.0.0\ninfo: { title: bench, version: 1.0.0 }\n',
      },
    });
  }
  let expectedTierViolations = 0;
  for (let i = 0; i < components; i++) {
    const inTierScope = system(i).startsWith('localplus-');
    const violates = inTierScope && i % (2 * VIOLATION_EVERY) === 0;
    if (violates) expectedTierViolations++;
    const name = `${violates ? 'legacy' : 'svc'}-${pad(i)}`;
    entities.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name,
        annotations: {
          'localplus.io/tier': 'T3',
          'github.com/project-slug': `localplus/${name}`,
          'backstage.io/techdocs-ref': 'dir:.',
          'backstage.io/kubernetes-id': name,
          'argocd/app-selector': `app=${name}`,
          'localplus.io/criticality': 'medium',
        },
      },
      spec: {
        type: 'service',
        lifecycle: 'production',
        owner: inTierScope ? T3_OWNERS[i % T3_OWNERS.length] : group(i),
        system: system(i),
        providesApis: [api(i)],
        consumesApis: [api(i + 1)],
        ...(i > 0 && { dependsOn: [`component:svc-${pad(i - 1)}`] }),
      },
    });
  }
  return {
    yaml: entities.map(entity => YAML.stringify(entity)).join('---\n'),
    entityCount: entities.length,
    expectedTierViolations,
  };
}

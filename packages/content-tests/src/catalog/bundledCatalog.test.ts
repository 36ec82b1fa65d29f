import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { Entity, stringifyEntityRef } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import unprocessedModule from '@backstage/plugin-catalog-backend-module-unprocessed';
import scaffolderEntityModelModule from '@backstage/plugin-catalog-backend-module-scaffolder-entity-model';
import {
  readTierModel,
  TIER_ERROR_PREFIX,
  TierModel,
} from '@localplus/plugin-tiers-common';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import catalogModuleLocalFiles from '@localplus/plugin-catalog-backend-module-local-files';
import catalogModuleTierModel, {
  checkTierRules,
  compileTierModel,
} from '@localplus/plugin-catalog-backend-module-tier-model';
import {
  HeldBackEntity,
  listUnprocessed,
  measureRuleCost,
  statusItems,
  waitForCatalog,
} from '@localplus/plugin-catalog-backend-module-tier-model/testUtils';

jest.setTimeout(180_000);

const repoRoot = path.resolve(__dirname, '../../../..');

/** The 19 LOCAL-PLUS repositories: tier and owning group (ownership matrix). */
const REPOS: Record<string, [tier: string, owner: string]> = {
  bootstrap: ['T0', 'platform-team'],
  'platform-gitops': ['T1', 'platform-team'],
  'platform-networking': ['T1', 'platform-team'],
  'platform-observability': ['T1', 'platform-team'],
  'platform-security': ['T1', 'platform-team'],
  'platform-cache': ['T1', 'platform-team'],
  'platform-gateway': ['T1', 'platform-team'],
  'platform-application-provis': ['T1', 'platform-team'],
  'contracts-proto': ['T2', 'backend-team'],
  'sdk-python': ['T2', 'platform-team'],
  'sdk-go': ['T2', 'platform-team'],
  'svc-ledger': ['T3', 'team-loyalty'],
  'svc-wallet': ['T3', 'team-loyalty'],
  'svc-merchant': ['T3', 'team-merchant'],
  'svc-giftcard': ['T3', 'team-merchant'],
  'svc-notification': ['T3', 'team-engagement'],
  'e2e-scenarios': ['T4', 'qa-team'],
  'chaos-experiments': ['T4', 'qa-team'],
  docs: ['T5', 'tech-leads'],
};

const ECOMMERCE_SERVICES = [
  'auth',
  'products',
  'baskets',
  'orders',
  'deliveries',
  'addresses',
  'websites',
  'sav',
  'contacts',
  'newsletters',
  'questions',
];

function readAppConfig() {
  const data = YAML.parse(
    fs.readFileSync(path.join(repoRoot, 'app-config.yaml'), 'utf8'),
  );
  const model = readTierModel(new ConfigReader(data)) as TierModel;
  return { data, model };
}

function targets(entity: Entity, type: string): string[] {
  return (entity.relations ?? [])
    .filter(relation => relation.type === type)
    .map(relation => relation.targetRef);
}

describe('the bundled catalog', () => {
  const { data: appConfig, model } = readAppConfig();
  let entities: Entity[] = [];
  let unprocessed: HeldBackEntity[] = [];
  let stop: () => Promise<void> = async () => {};
  const byRef = (ref: string) => {
    const found = entities.find(e => stringifyEntityRef(e) === ref);
    if (!found) throw new Error(`${ref} is not in the catalog`);
    return found;
  };

  beforeAll(async () => {
    const started = Date.now();
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        unprocessedModule,
        scaffolderEntityModelModule,
        catalogModuleTierModel,
        catalogModuleLocalFiles,
        mockServices.rootConfig.factory({
          data: {
            localplus: { tiers: appConfig.localplus.tiers },
            catalog: {
              rules: appConfig.catalog.rules,
              locations: [
                {
                  type: 'file',
                  target: path.join(repoRoot, 'catalog-info.yaml'),
                },
              ],
            },
          },
        }),
      ],
    });
    stop = () => backend.stop();
    entities = await waitForCatalog(
      backend.server,
      list => {
        const names = new Set(list.map(e => e.metadata.name));
        const ledger = list.find(e => e.metadata.name === 'svc-ledger');
        return (
          Object.keys(REPOS).every(name => names.has(name)) &&
          targets(ledger ?? ({} as Entity), 'providesApi').length > 0
        );
      },
      { timeoutMs: 150_000, stableFor: 3_000 },
    );
    unprocessed = await listUnprocessed(backend.server);
    // eslint-disable-next-line no-console
    console.log(
      `Bundled catalog: ${entities.length} entities ingested and stitched in ${
        Date.now() - started - 3_000
      } ms (backend start included, 3 s stability window excluded)`,
    );
  });

  afterAll(() => stop());

  it('holds the 19 LOCAL-PLUS repositories with their tier and owner', () => {
    const compiled = compileTierModel(model);
    for (const [name, [tier, owner]] of Object.entries(REPOS)) {
      const entity = byRef(`component:default/${name}`);
      expect([name, entity.metadata.annotations?.[model.annotation]]).toEqual([
        name,
        tier,
      ]);
      expect([name, targets(entity, 'ownedBy')]).toEqual([
        name,
        [`group:default/${owner}`],
      ]);
      expect(compiled.levels.get(tier)!.ownerRefs).toContain(
        `group:default/${owner}`,
      );
    }
  });

  it('has no tier violations and no held-back entity', () => {
    const compiled = compileTierModel(model);
    const violations = entities.flatMap(e => checkTierRules(e, compiled));
    expect(violations).toEqual([]);
    expect(
      unprocessed.map(held => [held.ref, held.errors?.map(e => e.message)]),
    ).toEqual([]);
    const tierErrors = entities.flatMap(e =>
      statusItems(e).filter(item =>
        String(item.message).includes(TIER_ERROR_PREFIX),
      ),
    );
    expect(tierErrors).toEqual([]);
  });

  it('offers the golden-path template and keeps each service\u2019s docs beside it', () => {
    const template = byRef('template:default/localplus-service');
    expect(template.metadata.title).toBe('LOCAL-PLUS service');
    expect(byRef('component:default/docs').metadata.annotations).toMatchObject({
      'backstage.io/techdocs-ref': 'dir:.',
    });
    for (const service of [
      'svc-ledger',
      'svc-wallet',
      'svc-merchant',
      'svc-giftcard',
      'svc-notification',
    ]) {
      const annotations =
        byRef(`component:default/${service}`).metadata.annotations ?? {};
      // A dir: reference resolves against source-location when there is one.
      expect({
        service,
        ref: annotations['backstage.io/techdocs-ref'],
        source: annotations['backstage.io/source-location'],
      }).toEqual({
        service,
        ref: `dir:./techdocs/${service}`,
        source: undefined,
      });
    }
  });

  it('links the Kafka topics to their producers and consumers', () => {
    const ledger = byRef('component:default/svc-ledger');
    expect(targets(ledger, 'providesApi')).toContain(
      'api:default/ledger-transactions-v1',
    );
    const topics: Record<string, [string, string[]]> = {
      'ledger-transactions-v1': [
        'svc-ledger',
        ['svc-notification', 'svc-wallet'],
      ],
      'wallet-balance-updated-v1': ['svc-wallet', []],
      'merchant-onboarded-v1': ['svc-merchant', ['svc-notification']],
    };
    for (const [topic, [producer, consumers]] of Object.entries(topics)) {
      const api = byRef(`api:default/${topic}`);
      expect(api.spec?.type).toBe('asyncapi');
      expect(targets(api, 'apiProvidedBy')).toEqual([
        `component:default/${producer}`,
      ]);
      expect(targets(api, 'apiConsumedBy').sort()).toEqual(
        consumers.map(c => `component:default/${c}`),
      );
      for (const consumer of consumers) {
        expect(
          targets(byRef(`component:default/${consumer}`), 'consumesApi'),
        ).toContain(`api:default/${topic}`);
      }
    }
  });

  it('gives each of the 11 e-commerce services its own MySQL database', () => {
    const databases = entities.filter(
      e =>
        e.kind === 'Resource' &&
        e.spec?.type === 'database' &&
        e.spec?.system === 'ecommerce-infrastructure',
    );
    expect(databases).toHaveLength(11);
    for (const service of ECOMMERCE_SERVICES) {
      const db = byRef(`resource:default/ecommerce-${service}-db`);
      expect(db.metadata.tags).toContain('mysql');
      const component = byRef(`component:default/ecommerce-${service}-service`);
      const ownDatabases = targets(component, 'dependsOn').filter(ref =>
        databases.some(d => stringifyEntityRef(d) === ref),
      );
      expect(ownDatabases).toEqual([stringifyEntityRef(db)]);
    }
  });

  it('puts every system in its domain', () => {
    const systems = entities.filter(e => e.kind === 'System');
    const domainOf = (name: string) =>
      name.startsWith('localplus-') ? 'loyalty' : name.split('-')[0];
    expect(systems.length).toBeGreaterThanOrEqual(9);
    for (const system of systems) {
      expect([system.metadata.name, targets(system, 'partOf')]).toEqual([
        system.metadata.name,
        [`domain:default/${domainOf(system.metadata.name)}`],
      ]);
    }
  });

  it('fills every API definition from its file', () => {
    const apis = entities.filter(e => e.kind === 'API');
    expect(apis.length).toBeGreaterThanOrEqual(9);
    for (const api of apis) {
      const definition = api.spec?.definition;
      expect(typeof definition).toBe('string');
      expect((definition as string).length).toBeGreaterThan(100);
    }
    expect(
      byRef('api:default/ledger-transactions-v1').spec?.definition,
    ).toMatch(/^asyncapi:/m);
    expect(byRef('api:default/ledger-grpc').spec?.definition).toContain(
      'service LedgerService',
    );
  });

  it('checks the tier rules at a small cost per entity', () => {
    const { perEntityMicros, baselineMicros, ratio } = measureRuleCost(
      entities,
      compileTierModel(model),
    );
    // eslint-disable-next-line no-console
    console.log(
      `Tier rules: ${perEntityMicros.toFixed(
        3,
      )} µs per entity vs ${baselineMicros.toFixed(
        3,
      )} µs for a no-op pass (${ratio.toFixed(1)}x), over ${
        entities.length
      } entities`,
    );
    expect(perEntityMicros).toBeLessThan(1000);
  });
});

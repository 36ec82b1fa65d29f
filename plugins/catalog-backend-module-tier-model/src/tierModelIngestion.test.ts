import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import unprocessedModule from '@backstage/plugin-catalog-backend-module-unprocessed';
import { TIER_ERROR_PREFIX } from '@localplus/plugin-tiers-common';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';
import {
  domainComponent,
  tierModelConfig,
} from './__testUtils__/tierModelFixture';
import {
  listUnprocessed,
  HeldBackEntity,
  statusItems,
  waitForCatalog,
} from './__testUtils__/waitForCatalog';
import { catalogModuleTierModel } from './module';

jest.setTimeout(120_000);

const good = [
  domainComponent({ name: 'svc-good' }),
  domainComponent({ name: 'svc-owned-by-alice', owner: 'user:default/alice' }),
  domainComponent({
    name: 'platform-gitops',
    owner: 'platform-team',
    tier: 'T1',
  }),
  domainComponent({ name: 'shop-orders', system: 'ecommerce-platform' }),
  domainComponent({ name: 'shop-baskets', system: 'shop', tier: null }),
];

const bad: Array<{ entity: object; expected: string[] }> = [
  {
    entity: domainComponent({ name: 'svc-unknown-tier', tier: 'T9' }),
    expected: ['declares tier T9, which is not one of T1, T3'],
  },
  {
    entity: domainComponent({ name: 'svc-no-tier', tier: null }),
    expected: ['declares no tier'],
  },
  {
    entity: domainComponent({ name: 'ledger' }),
    expected: ['is named ledger but tier T3 (Domain) requires names matching'],
  },
  {
    entity: domainComponent({
      name: 'svc-platform-owned',
      owner: 'platform-team',
    }),
    expected: ['is owned by group:default/platform-team'],
  },
  {
    entity: domainComponent({ name: 'svc-bob', owner: 'user:bob' }),
    expected: ['is owned by user:default/bob'],
  },
  {
    entity: domainComponent({
      name: 'wallet',
      owner: 'group:sales/team-loyalty',
      annotations: { 'localplus.io/criticality': '' },
    }),
    expected: [
      'is named wallet',
      'is owned by group:sales/team-loyalty',
      'requires: localplus.io/criticality',
    ],
  },
];

function isMalformedFileError(held: HeldBackEntity) {
  return (held.errors ?? []).some(({ message }) =>
    /^YAML error at file:.*malformed\.yaml/.test(message),
  );
}

function writeYaml(file: string, docs: object[]) {
  fs.writeFileSync(file, docs.map(doc => YAML.stringify(doc)).join('---\n'));
}

describe('tier model ingestion', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'tier-ingestion-'));
    writeYaml(path.join(root, 'good.yaml'), good);
    writeYaml(
      path.join(root, 'bad.yaml'),
      bad.map(({ entity }) => entity),
    );
    fs.writeFileSync(
      path.join(root, 'malformed.yaml'),
      'apiVersion: backstage.io/v1alpha1\nkind: Component\nmetadata: { name: [unclosed\n',
    );
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each(databases.eachSupportedId())(
    'ingests the good entities and holds back the bad ones with their errors, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          mockServices.database.factory({ knex }),
          catalogPlugin,
          unprocessedModule,
          catalogModuleTierModel,
          mockServices.rootConfig.factory({
            data: {
              localplus: { tiers: tierModelConfig },
              catalog: {
                rules: [{ allow: ['Component', 'Location'] }],
                locations: ['good.yaml', 'bad.yaml', 'malformed.yaml'].map(
                  file => ({ type: 'file', target: path.join(root, file) }),
                ),
                processingInterval: { seconds: 1 },
              },
            },
          }),
        ],
      });
      try {
        const badRefs = bad.map(
          ({ entity }) => `component:default/${(entity as any).metadata.name}`,
        );
        let unprocessed: HeldBackEntity[] = [];
        const entities = await waitForCatalog(backend.server, async list => {
          unprocessed = await listUnprocessed(backend.server);
          const held = new Set(unprocessed.map(u => u.ref));
          return (
            list.filter(e => e.kind === 'Component').length >= good.length &&
            badRefs.every(ref => held.has(ref)) &&
            unprocessed.some(isMalformedFileError)
          );
        });

        const names = entities.map(e => e.metadata.name);
        for (const entity of good) {
          expect(names).toContain(entity.metadata.name);
        }
        for (const { entity } of bad) {
          expect(names).not.toContain((entity as any).metadata.name);
        }
        for (const entity of entities) {
          expect(statusItems(entity)).toEqual([]);
        }

        for (const [i, { expected }] of bad.entries()) {
          const held = unprocessed.find(u => u.ref === badRefs[i])!;
          const messages = held.errors!.map(e => e.message);
          expect(held.errors!.every(e => e.name === 'InputError')).toBe(true);
          expect(messages).toHaveLength(expected.length);
          expected.forEach((fragment, j) => {
            expect(messages[j]).toContain(fragment);
            expect(messages[j]).toMatch(
              new RegExp(`^${TIER_ERROR_PREFIX} ${badRefs[i]} .+ — .+`),
            );
          });
        }

        const malformed = unprocessed.find(isMalformedFileError)!;
        expect(malformed.unprocessed_entity.kind).toBe('Location');
        expect(malformed.errors).toHaveLength(1);
      } finally {
        await backend.stop();
      }
    },
  );
});

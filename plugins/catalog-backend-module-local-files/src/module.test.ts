import {
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { waitForCatalog } from '@localplus/plugin-catalog-backend-module-tier-model/testUtils';
import { catalogModuleLocalFiles } from './module';

jest.setTimeout(60_000);

describe('catalogModuleLocalFiles', () => {
  const databases = TestDatabases.create({ ids: ['POSTGRES_15', 'SQLITE_3'] });
  let root: string;

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-module-'));
    fs.writeFileSync(
      path.join(root, 'ledger.proto'),
      'service LedgerService {}',
    );
    fs.writeFileSync(
      path.join(root, 'apis.yaml'),
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: API',
        'metadata: { name: ledger-grpc }',
        'spec:',
        '  type: grpc',
        '  lifecycle: production',
        '  owner: backend-team',
        '  definition: { $text: ./ledger.proto }',
        '---',
        'apiVersion: backstage.io/v1alpha1',
        'kind: API',
        'metadata: { name: escaping-api }',
        'spec:',
        '  type: grpc',
        '  lifecycle: production',
        '  owner: backend-team',
        '  definition: { $text: ../../etc/passwd }',
        '---',
        'apiVersion: backstage.io/v1alpha1',
        'kind: Group',
        'metadata: { name: backend-team }',
        'spec: { type: team, children: [] }',
      ].join('\n'),
    );
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it.each(databases.eachSupportedId())(
    'fills definitions from files beside a file location, and rejects only the bad entity, on %p',
    async databaseId => {
      const knex = await databases.init(databaseId);
      const backend = await startTestBackend({
        features: [
          mockServices.database.factory({ knex }),
          catalogPlugin,
          catalogModuleLocalFiles,
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                rules: [{ allow: ['API', 'Group', 'Location'] }],
                locations: [
                  { type: 'file', target: path.join(root, 'apis.yaml') },
                ],
                processingInterval: { seconds: 1 },
              },
            },
          }),
        ],
      });
      try {
        const entities = await waitForCatalog(backend.server, list =>
          list.some(e => e.metadata.name === 'ledger-grpc'),
        );
        const ledger = entities.find(e => e.metadata.name === 'ledger-grpc');
        expect(ledger?.spec?.definition).toBe('service LedgerService {}');
        expect(entities.map(e => e.metadata.name)).toContain('backend-team');
        expect(entities.map(e => e.metadata.name)).not.toContain(
          'escaping-api',
        );
      } finally {
        await backend.stop();
      }
    },
  );
});

import fs from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { bufLint } from '@localplus/plugin-scaffolder-backend-module-localplus';
import { validateAsyncApi } from './validateAsyncApi';
import { validateOpenApi } from './validateOpenApi';

jest.setTimeout(120_000);

const apisDir = path.resolve(__dirname, '../../../catalog/apis');

type ApiEntity = {
  metadata: { name: string };
  spec: { type: string; definition: { $text?: string } | string };
};

function apiEntities(): Array<ApiEntity & { file: string }> {
  return fs
    .readdirSync(apisDir)
    .filter(name => name.endsWith('.yaml'))
    .flatMap(name =>
      parseAllDocuments(fs.readFileSync(path.join(apisDir, name), 'utf8'))
        .map(doc => doc.toJS() as ApiEntity & { kind: string })
        .filter(entity => entity?.kind === 'API')
        .map(entity => ({ ...entity, file: path.join(apisDir, name) })),
    );
}

function definitionPath(entity: ApiEntity & { file: string }) {
  const definition = entity.spec.definition;
  if (typeof definition === 'string' || !definition.$text) {
    throw new Error(`${entity.metadata.name} has no $text definition file`);
  }
  return path.resolve(path.dirname(entity.file), definition.$text);
}

describe('the API definitions of the bundled catalog', () => {
  const entities = apiEntities();

  it('has the gRPC, OpenAPI and AsyncAPI contracts of the seeds', () => {
    const byType = (type: string) =>
      entities
        .filter(e => e.spec.type === type)
        .map(e => e.metadata.name)
        .sort();
    expect(byType('grpc')).toEqual(['ledger-grpc', 'wallet-grpc']);
    expect(byType('openapi')).toEqual([
      'giftcard-rest',
      'ledger-rest',
      'merchant-rest',
      'wallet-rest',
    ]);
    expect(byType('asyncapi')).toEqual([
      'ledger-transactions-v1',
      'merchant-onboarded-v1',
      'wallet-balance-updated-v1',
    ]);
  });

  it('points every API at a definition file that exists', () => {
    for (const entity of entities) {
      expect(fs.existsSync(definitionPath(entity))).toBe(true);
    }
  });

  it('passes buf lint on the protobuf contracts', async () => {
    await expect(bufLint(path.join(apisDir, 'proto'))).resolves.toEqual([]);
  });

  it.each(
    apiEntities()
      .filter(e => e.spec.type === 'openapi')
      .map(e => [e.metadata.name, e]),
  )('validates %s as OpenAPI 3', async (_, entity) => {
    const document = parse(fs.readFileSync(definitionPath(entity), 'utf8'));
    await expect(validateOpenApi(document)).resolves.toEqual([]);
  });

  it.each(
    apiEntities()
      .filter(e => e.spec.type === 'asyncapi')
      .map(e => [e.metadata.name, e]),
  )('validates %s as AsyncAPI', async (_, entity) => {
    const text = fs.readFileSync(definitionPath(entity), 'utf8');
    await expect(validateAsyncApi(text)).resolves.toEqual([]);
  });
});

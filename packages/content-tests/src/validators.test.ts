import { validateAsyncApi } from './validateAsyncApi';
import { validateOpenApi } from './validateOpenApi';

jest.setTimeout(60_000);

const minimalOpenApi = () => ({
  openapi: '3.0.3',
  info: { title: 'Test', version: '1.0.0' },
  paths: {
    '/balances/{id}': {
      get: {
        parameters: [
          {
            name: 'id',
            in: 'path',
            required: true,
            schema: { type: 'string' },
          },
        ],
        responses: { '200': { description: 'ok' } },
      },
    },
  },
});

describe('validateOpenApi', () => {
  it('accepts a minimal valid document', async () => {
    await expect(validateOpenApi(minimalOpenApi())).resolves.toEqual([]);
  });

  it('rejects a document without info', async () => {
    const { info, ...withoutInfo } = minimalOpenApi();
    expect(info).toBeDefined();
    const errors = await validateOpenApi(withoutInfo);
    expect(errors.join()).toMatch(/info/);
  });

  it('rejects a Swagger 2 document', async () => {
    const errors = await validateOpenApi({
      swagger: '2.0',
      info: { title: 'Old', version: '1' },
      paths: {},
    });
    expect(errors).toEqual(['expected an OpenAPI 3 document, found Swagger 2']);
  });

  it('refuses to follow a $ref to a local file', async () => {
    const hostile = minimalOpenApi() as any;
    hostile.components = { schemas: { Secret: { $ref: '/etc/passwd' } } };
    hostile.paths['/balances/{id}'].get.responses['200'].content = {
      'application/json': { schema: { $ref: '#/components/schemas/Secret' } },
    };
    await expect(validateOpenApi(hostile)).resolves.toEqual([
      '/components/schemas/Secret: external $ref /etc/passwd is not allowed',
    ]);
  });

  it('refuses to follow a $ref to a URL', async () => {
    const hostile = minimalOpenApi() as any;
    hostile.paths['/balances/{id}'].get.responses['200'].content = {
      'application/json': {
        schema: { $ref: 'http://127.0.0.1:9/schema.json' },
      },
    };
    const errors = await validateOpenApi(hostile);
    expect(errors).toEqual([
      expect.stringContaining(
        'external $ref http://127.0.0.1:9/schema.json is not allowed',
      ),
    ]);
  });

  it('rejects an oversized document with thousands of broken operations quickly', async () => {
    const big = minimalOpenApi() as any;
    for (let i = 0; i < 5000; i++) {
      big.paths[`/p${i}`] = { get: { responses: {} } };
    }
    const started = Date.now();
    const errors = await validateOpenApi(big);
    expect(errors.length).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

const minimalAsyncApi = `
asyncapi: 2.6.0
info: { title: Test events, version: 1.0.0 }
channels:
  ledger.transactions.v1:
    subscribe:
      message:
        payload: { type: object, properties: { id: { type: string } } }
`;

describe('validateAsyncApi', () => {
  it('accepts a minimal valid document', async () => {
    await expect(validateAsyncApi(minimalAsyncApi)).resolves.toEqual([]);
  });

  it('rejects malformed YAML', async () => {
    const errors = await validateAsyncApi('asyncapi: 2.6.0\ninfo: [unclosed');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('rejects a document missing its info', async () => {
    const errors = await validateAsyncApi('asyncapi: 2.6.0\nchannels: {}\n');
    expect(errors.join()).toMatch(/info/);
  });

  it('rejects something that is not AsyncAPI at all', async () => {
    const errors = await validateAsyncApi('just: a map\n');
    expect(errors.length).toBeGreaterThan(0);
  });
});

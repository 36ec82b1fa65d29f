import { Readable } from 'node:stream';
import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { adrReadPermission } from '@localplus/plugin-adr-common';
import { HttpResponse } from 'msw';
import {
  centralArgoCd,
  manyDecisions,
  rabbitMq,
  useKafka,
} from '../__fixtures__/decisions';
import { backstageError, setupAdrApiMock } from '../__testUtils__/adrApiMock';
import { AdrCollatorFactory } from './AdrCollatorFactory';
import { AdrDocument } from './decisionDocument';

const adr = setupAdrApiMock();

function factory(pageSize?: number) {
  return new AdrCollatorFactory({
    discovery: mockServices.discovery(),
    auth: mockServices.auth({ pluginId: 'search' }),
    pageSize,
  });
}

async function collect(collator: Readable): Promise<AdrDocument[]> {
  const documents: AdrDocument[] = [];
  for await (const document of collator) documents.push(document);
  return documents;
}

const searchToken = mockCredentials.service.token({
  onBehalfOf: mockCredentials.service('plugin:search'),
  targetPluginId: 'adr',
});

describe('AdrCollatorFactory', () => {
  it('is the adr type, visible to those who may read the decision log', () => {
    const adrFactory = factory();
    expect(adrFactory.type).toBe('adr');
    expect(adrFactory.visibilityPermission).toBe(adrReadPermission);
  });

  it('reads every page of the log with its text, as the search plugin', async () => {
    adr.serve([centralArgoCd, rabbitMq, useKafka]);
    const documents = await collect(await factory(2).getCollator());

    expect(documents.map(document => document.location)).toEqual([
      '/adr/decisions/component/default/docs/0005-central-argocd',
      '/adr/decisions/system/default/ecommerce-platform/0005-rabbitmq-for-asynchronous-messages',
      '/adr/decisions/component/default/svc-ledger/2024-03-01-use-kafka',
    ]);
    expect(documents[1]).toMatchObject({
      title: 'RabbitMQ for asynchronous messages',
      text: 'Services exchange messages through a three-node RabbitMQ cluster.',
      system: 'system:default/ecommerce-platform',
    });
    expect(
      adr.requests.map(request => Object.fromEntries(request.query)),
    ).toEqual([
      { include: 'text', limit: '2', offset: '0' },
      { include: 'text', limit: '2', offset: '2' },
    ]);
    expect(adr.requests.map(request => request.authorization)).toEqual([
      `Bearer ${searchToken}`,
      `Bearer ${searchToken}`,
    ]);
  });

  it('asks for 500 decisions a page by default', async () => {
    adr.serve(manyDecisions(501));
    const documents = await collect(await factory().getCollator());
    expect(documents).toHaveLength(501);
    expect(documents[500].title).toBe('Decision 501');
    expect(adr.requests.map(request => request.query.get('offset'))).toEqual([
      '0',
      '500',
    ]);
    expect(adr.requests[0].query.get('limit')).toBe('500');
  });

  it('indexes nothing, in one request, when the log is empty', async () => {
    adr.serve([]);
    expect(await collect(await factory().getCollator())).toEqual([]);
    expect(adr.requests).toHaveLength(1);
  });

  it('stops when the log shrinks while it is read', async () => {
    let calls = 0;
    adr.answer(() =>
      HttpResponse.json({
        decisions: calls++ === 0 ? [centralArgoCd] : [],
        total: 3,
        facets: {},
      }),
    );
    const documents = await collect(await factory(1).getCollator());
    expect(documents.map(document => document.decisionId)).toEqual([
      centralArgoCd.id,
    ]);
    expect(adr.requests).toHaveLength(2);
  });

  it('indexes a decision once when a new one shifts the pages', async () => {
    const pages = [[centralArgoCd, rabbitMq], [rabbitMq, useKafka], []];
    let calls = 0;
    adr.answer(() =>
      HttpResponse.json({ decisions: pages[calls++], total: 4, facets: {} }),
    );
    const documents = await collect(await factory(2).getCollator());
    expect(documents.map(document => document.decisionId)).toEqual([
      centralArgoCd.id,
      rabbitMq.id,
      useKafka.id,
    ]);
  });

  it.each([
    [
      401,
      'AuthenticationError',
      'Missing credentials',
      'answered 401 Unauthorized: Missing credentials',
    ],
    [
      403,
      'NotAllowedError',
      'Unauthorized',
      'answered 403 Forbidden: Unauthorized',
    ],
    [
      500,
      'Error',
      'database is locked',
      'answered 500 Internal Server Error: database is locked',
    ],
  ])(
    'fails the collation when the ADR backend answers %d',
    async (status, name, message, expected) => {
      adr.answer(() => backstageError(status, name, message));
      await expect(collect(await factory().getCollator())).rejects.toThrow(
        `Could not read the decision log for search: GET http://localhost:0/api/adr/decisions?include=text&limit=500&offset=0 ${expected}`,
      );
    },
  );

  it('fails the collation on an error page that is not JSON', async () => {
    adr.answer(
      () => new HttpResponse('<html>Bad gateway</html>', { status: 502 }),
    );
    await expect(collect(await factory().getCollator())).rejects.toThrow(
      /answered 502 Bad Gateway: .*<html>Bad gateway<\/html>/,
    );
  });

  it('fails the collation on malformed JSON', async () => {
    adr.answer(
      () =>
        new HttpResponse('{"decisions": [', {
          headers: { 'Content-Type': 'application/json' },
        }),
    );
    await expect(collect(await factory().getCollator())).rejects.toThrow(
      /GET .* gave an unreadable answer: .*JSON/,
    );
  });

  it('fails the collation on JSON that is not a decision list', async () => {
    adr.answer(() => HttpResponse.json({ items: [] }));
    await expect(collect(await factory().getCollator())).rejects.toThrow(
      'gave an unreadable answer: the answer has no "decisions" list',
    );
  });

  it('fails the whole collation when a later page fails', async () => {
    let calls = 0;
    adr.answer(() =>
      calls++ === 0
        ? HttpResponse.json({ decisions: [centralArgoCd], total: 2 })
        : backstageError(500, 'Error', 'index is being rebuilt'),
    );
    const collator = await factory(1).getCollator();
    const received: string[] = [];
    await expect(
      (async () => {
        for await (const document of collator) {
          received.push(document.decisionId);
        }
      })(),
    ).rejects.toThrow('offset=1 answered 500 Internal Server Error');
    // The search backend gets the error, not a quietly shorter index.
    expect(received).toEqual([centralArgoCd.id]);
  });

  it('fails the collation on a decision id it cannot turn into a page', async () => {
    adr.serve([{ ...centralArgoCd, id: 'not-an-id' }]);
    await expect(collect(await factory().getCollator())).rejects.toThrow(
      'The ADR backend returned a decision with the invalid id "not-an-id"',
    );
  });
});

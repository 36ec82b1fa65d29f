import { mockCredentials } from '@backstage/backend-test-utils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { DOCS, MARC, startAdrBackend } from './__testUtils__/startAdrBackend';

jest.setTimeout(60_000);

const record = {
  entityRef: DOCS,
  title: 'Adopt OpenSLO',
  context: 'We need one format for objectives.',
  decision: 'We adopt OpenSLO v1.',
};
const words = (count: number) =>
  Array.from({ length: count }, (_, i) => `w${i}`).join('%20');

/** Requests that must answer 400 with a message naming the parameter at fault. */
const BAD_REQUESTS: Array<[label: string, url: string, named: RegExp]> = [
  ['an unknown parameter', '/decisions?sort=title', /unknown parameter sort/],
  ['an unknown status', '/decisions?status=accepted,bogus', /status/],
  ['an empty status', '/decisions?status=', /status/],
  [
    'a repeated status',
    '/decisions?status=accepted,accepted',
    /status: lists a status more than once/,
  ],
  [
    'a status given twice',
    '/decisions?status=accepted&status=proposed',
    /status/,
  ],
  ['a status as an object', '/decisions?status[$ne]=x', /status/],
  [
    'a date that does not exist',
    '/decisions?from=2026-02-30',
    /from: must be a date that exists/,
  ],
  [
    'a date of another shape',
    '/decisions?to=01/02/2026',
    /to: must be a date like/,
  ],
  [
    'a range running backwards',
    '/decisions?from=2026-03-01&to=2026-01-01',
    /from: must not be after to/,
  ],
  ['a limit of 0', '/decisions?limit=0', /limit: must be at least 1/],
  ['a limit over 500', '/decisions?limit=501', /limit: must be at most 500/],
  ['a limit that is not a number', '/decisions?limit=ten', /limit/],
  ['a fractional limit', '/decisions?limit=1.5', /limit/],
  ['a negative offset', '/decisions?offset=-1', /offset/],
  [
    'an unknown order',
    '/decisions?order=random',
    /order: must be date or number/,
  ],
  ['an unknown include', '/decisions?include=body', /include/],
  [
    'a malformed entity ref',
    '/decisions?entityRef=docs',
    /entityRef: must be an entity ref/,
  ],
  [
    'an entity ref with a path',
    '/decisions?system=system:default/a/../b',
    /system: must be an entity ref/,
  ],
  [
    'an over-long owner',
    `/decisions?owner=group:default/${'a'.repeat(400)}`,
    /owner/,
  ],
  [
    'an over-long decision-maker',
    `/decisions?decisionMaker=${'a'.repeat(201)}`,
    /decisionMaker: must be at most 200/,
  ],
  ['a blank tag', '/decisions?tag=%20', /tag: must not be empty/],
  [
    'a control character in q',
    '/decisions?q=a%00b',
    /q: must not contain control characters/,
  ],
  [
    'too many words',
    `/decisions?q=${words(21)}`,
    /q: must be at most 20 words/,
  ],
  [
    'an over-long q',
    `/decisions?q=${'a'.repeat(501)}`,
    /q: must be at most 500/,
  ],
  [
    'a query on one decision',
    '/decisions/component/default/docs/0001-use-kafka?x=1',
    /unknown parameter x/,
  ],
  ['a dot-dot slug', '/decisions/component/default/docs/..', /slug/],
  [
    'an encoded slash in the slug',
    '/decisions/component/default/docs/a%2F..%2Fb',
    /slug/,
  ],
  ['a bad kind', '/decisions/comp%20onent/default/docs/x', /kind/],
  [
    'a graph focus that is no id',
    '/graph?decision=nothing',
    /decision: must be a decision id/,
  ],
  ['a graph depth of 0', `/graph?depth=0`, /depth: must be at least 1/],
  ['a graph depth of 6', `/graph?depth=6`, /depth: must be at most 5/],
  ['an unknown graph parameter', '/graph?focus=x', /unknown parameter focus/],
  [
    'a malformed problems filter',
    '/problems?entityRef=%27%20or%201=1',
    /entityRef/,
  ],
  ['any review parameter', '/review?user=someone', /unknown parameter user/],
];

const BAD_BODIES: Array<
  [label: string, url: string, body: unknown, named: RegExp]
> = [
  ['a refresh without entity', '/refresh', {}, /entityRef/],
  [
    'a refresh of a malformed ref',
    '/refresh',
    { entityRef: '../../etc' },
    /entityRef: must be an entity ref/,
  ],
  [
    'a refresh with more fields',
    '/refresh',
    { entityRef: DOCS, all: true },
    /unknown parameter all/,
  ],
  ['a refresh body that is a list', '/refresh', [DOCS], /refresh/],
  [
    'a record without a title',
    '/records',
    { ...record, title: undefined },
    /title/,
  ],
  [
    'a record with an unknown field',
    '/records',
    { ...record, author: 'me' },
    /unknown field author/,
  ],
  [
    'a record with an over-long title',
    '/records',
    { ...record, title: 'a'.repeat(121) },
    /title: must be at most 120/,
  ],
  [
    'a record with a multi-line title',
    '/records',
    { ...record, title: 'A\n# injected' },
    /title/,
  ],
  [
    'a record with a bad status',
    '/records',
    { ...record, status: 'superseded' },
    /status/,
  ],
  [
    'a record with too many tags',
    '/records',
    { ...record, tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
    /tags/,
  ],
  [
    'a record of a malformed entity ref',
    '/records',
    { ...record, entityRef: 'docs' },
    /entityRef: must be an entity ref/,
  ],
  [
    "a record superseding another entity's decision",
    '/records',
    {
      ...record,
      supersedes: ['component:default/svc-ledger/0001-double-entry'],
    },
    /supersedes\[0\]/,
  ],
];

describe('the ADR backend under bad input', () => {
  let harness: Awaited<ReturnType<typeof startAdrBackend>>;
  const asMarc = mockCredentials.user.header(MARC);

  beforeAll(async () => {
    harness = await startAdrBackend();
  });

  afterAll(() => harness?.stop());

  const snapshot = async () => {
    const list = await request(harness.server)
      .get('/api/adr/decisions?include=text')
      .set('Authorization', asMarc);
    const problems = await request(harness.server)
      .get('/api/adr/problems')
      .set('Authorization', asMarc);
    return { decisions: list.body.decisions, problems: problems.body };
  };

  it.each(BAD_REQUESTS)('answers 400 to %s', async (_, url, named) => {
    const response = await request(harness.server)
      .get(`/api/adr${url}`)
      .set('Authorization', asMarc);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toMatch(named);
  });

  it.each(BAD_BODIES)(
    'answers 400 to %s and changes nothing',
    async (_, url, body, named) => {
      const before = await snapshot();
      const response = await request(harness.server)
        .post(`/api/adr${url}`)
        .set('Authorization', asMarc)
        .send(body as object);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(named);
      expect(await snapshot()).toEqual(before);
      expect(
        fs.existsSync(path.join(harness.rootDir, 'drafts', 'component')),
      ).toBe(false);
    },
  );

  it('answers 400 to a body that is not JSON', async () => {
    const response = await request(harness.server)
      .post('/api/adr/records')
      .set('Authorization', asMarc)
      .set('Content-Type', 'application/json')
      .send('{"entityRef": ');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'The request body is not valid JSON',
    );
  });

  it('refuses a record body over 64 kB with 413, writing nothing', async () => {
    const response = await request(harness.server)
      .post('/api/adr/records')
      .set('Authorization', asMarc)
      .send({ ...record, context: 'a'.repeat(65 * 1024) });
    expect(response.status).toBe(413);
    expect(
      fs.existsSync(path.join(harness.rootDir, 'drafts', 'component')),
    ).toBe(false);
  });

  it('keeps hostile text in a record as text', async () => {
    const response = await request(harness.server)
      .post('/api/adr/records')
      .set('Authorization', asMarc)
      .send({
        ...record,
        title: `Robert'); DROP TABLE adr_decisions;--`,
        context: '<script>alert(1)</script>',
      });
    expect(response.status).toBe(201);
    const list = await request(harness.server)
      .get('/api/adr/decisions?q=robert')
      .set('Authorization', asMarc);
    expect(list.body.total).toBe(1);
  });
});

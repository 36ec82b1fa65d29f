import { mockCredentials } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  ALICE,
  databaseSnapshot,
  SAM,
  startComplianceBackend,
} from './__testUtils__/startComplianceBackend';

jest.setTimeout(60_000);

import {
  BAD_BODIES,
  BAD_QUERIES,
  exemption,
} from './__testUtils__/badRequests';

describe('the compliance backend under bad input', () => {
  let harness: Awaited<ReturnType<typeof startComplianceBackend>>;
  const asSam = mockCredentials.user.header(SAM);

  beforeAll(async () => {
    harness = await startComplianceBackend();
    const run = await request(harness.server)
      .post('/api/compliance/runs')
      .set('Authorization', asSam);
    if (run.status !== 202) {
      throw new Error(`The first run did not start: ${run.status}`);
    }
  });

  afterAll(() => harness?.stop());

  const snapshot = () => databaseSnapshot(harness.database);

  it.each(BAD_QUERIES)('answers 400 to %s', async (_, url, named) => {
    const response = await request(harness.server)
      .get(`/api/compliance${url}`)
      .set('Authorization', asSam);
    expect(response.status).toBe(400);
    expect(response.body.error.name).toBe('InputError');
    expect(response.body.error.message).toMatch(named);
  });

  it.each(BAD_BODIES)(
    'answers 400 to %s and writes nothing',
    async (_, url, body, named) => {
      const before = await snapshot();
      const response = await request(harness.server)
        .post(`/api/compliance${url}`)
        .set('Authorization', asSam)
        .send(body as object);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(named);
      expect(await snapshot()).toEqual(before);
    },
  );

  it('refuses a 1 MB exemption with 413, writing nothing', async () => {
    const before = await snapshot();
    const response = await request(harness.server)
      .post('/api/compliance/exemptions')
      .set('Authorization', asSam)
      .send({ ...exemption, justification: 'a'.repeat(1024 * 1024) });
    expect(response.status).toBe(413);
    expect(await snapshot()).toEqual(before);
  });

  it('answers 400 to a body that is not JSON, writing nothing', async () => {
    const before = await snapshot();
    const response = await request(harness.server)
      .post('/api/compliance/exemptions')
      .set('Authorization', asSam)
      .set('Content-Type', 'application/json')
      .send('{"controlId": ');
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'The request body is not valid JSON',
    );
    expect(await snapshot()).toEqual(before);
  });

  describe('deciding exemptions', () => {
    let id: string;

    beforeAll(async () => {
      const asked = await request(harness.server)
        .post('/api/compliance/exemptions')
        .set('Authorization', mockCredentials.user.header(ALICE))
        .send(exemption);
      if (asked.status !== 201) {
        throw new Error(`The exemption was not asked for: ${asked.status}`);
      }
      id = asked.body.id;
    });

    it.each([
      [
        'an approval with more fields',
        'approve',
        { comment: 'ok', expiresAt: '2030-01-01' },
        400,
        /unknown parameter expiresAt/,
      ],
      [
        'an approval with an over-long comment',
        'approve',
        { comment: 'a'.repeat(2001) },
        400,
        /comment: must be at most 2000/,
      ],
      ['a rejection without a comment', 'reject', {}, 400, /comment/],
      [
        'a rejection with a comment as a number',
        'reject',
        { comment: 7 },
        400,
        /comment/,
      ],
    ] as const)(
      'answers %s with %i and leaves it requested',
      async (_, decision, body, status, named) => {
        const before = await snapshot();
        const response = await request(harness.server)
          .post(`/api/compliance/exemptions/${id}/${decision}`)
          .set('Authorization', asSam)
          .send(body);
        expect(response.status).toBe(status);
        expect(response.body.error.message).toMatch(named);
        expect(await snapshot()).toEqual(before);
      },
    );

    it('answers 404 to a decision on an exemption that does not exist', async () => {
      const response = await request(harness.server)
        .post(
          '/api/compliance/exemptions/00000000-0000-0000-0000-000000000000/approve',
        )
        .set('Authorization', asSam)
        .send({});
      expect(response.status).toBe(404);
    });

    it('answers 400 to an exemption id of another shape', async () => {
      const response = await request(harness.server)
        .post('/api/compliance/exemptions/..%2F..%2Fetc/approve')
        .set('Authorization', asSam)
        .send({});
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(
        /id: must be an exemption id/,
      );
    });

    it('answers 409 to a second request while one stands, writing nothing', async () => {
      const before = await snapshot();
      const response = await request(harness.server)
        .post('/api/compliance/exemptions')
        .set('Authorization', asSam)
        .send(exemption);
      expect(response.status).toBe(409);
      expect(response.body.error.message).toMatch(/already requested/);
      expect(await snapshot()).toEqual(before);
    });
  });

  it('answers 404 to an unknown control and an unknown route', async () => {
    for (const url of [
      '/controls/no-such-control',
      '/nothing-here',
      '/ledger',
    ]) {
      const response = await request(harness.server)
        .get(`/api/compliance${url}`)
        .set('Authorization', asSam);
      expect({ url, status: response.status }).toEqual({ url, status: 404 });
    }
  });

  it('keeps hostile text as text', async () => {
    const subject = `repository:localplus/<script>alert(1)</script>`;
    const response = await request(harness.server)
      .post('/api/compliance/exemptions')
      .set('Authorization', mockCredentials.user.header(ALICE))
      .send({
        ...exemption,
        subject,
        justification: "Robert'); DROP TABLE compliance_ledger;-- needs this.",
      });
    expect(response.status).toBe(201);
    const listed = await request(harness.server)
      .get('/api/compliance/exemptions?status=requested')
      .set('Authorization', asSam);
    expect(
      listed.body.items.map((e: { subject: string }) => e.subject),
    ).toContain(subject);
    const verify = await request(harness.server)
      .get('/api/compliance/ledger/verify')
      .set('Authorization', asSam);
    expect(verify.body.ok).toBe(true);
  });
});

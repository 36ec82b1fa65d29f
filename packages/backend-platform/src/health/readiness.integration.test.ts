import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import request from 'supertest';
import { ThrowawayPostgres } from '@localplus/server-kit';
import { databaseAwareHealthServiceFactory } from './databaseAwareHealthServiceFactory';

jest.setTimeout(60_000);

const READINESS = '/.backstage/health/v1/readiness';

describe('readiness against a real PostgreSQL that goes away and comes back', () => {
  let postgres: ThrowawayPostgres;

  beforeAll(async () => {
    postgres = await ThrowawayPostgres.create();
    postgres.start();
  });
  afterAll(() => postgres?.destroy());

  it('turns red while PostgreSQL is stopped and green once it restarts, without a backend restart', async () => {
    const backend = await startTestBackend({
      features: [
        databaseAwareHealthServiceFactory,
        mockServices.rootConfig.factory({
          data: {
            backend: {
              database: { client: 'pg', connection: postgres.connection },
            },
          },
        }),
      ],
    });
    try {
      const ready = await request(backend.server).get(READINESS);
      expect(ready.status).toBe(200);
      expect(ready.body).toEqual({ status: 'ok', checks: { database: 'ok' } });

      postgres.stop();
      await new Promise(resolve => setTimeout(resolve, 1100));
      const down = await request(backend.server).get(READINESS);
      expect(down.status).toBe(503);
      expect(down.body.message).toMatch(/^Database is unreachable/);

      postgres.start();
      await new Promise(resolve => setTimeout(resolve, 1100));
      const back = await request(backend.server).get(READINESS);
      expect(back.status).toBe(200);

      const live = await request(backend.server).get(
        '/.backstage/health/v1/liveness',
      );
      expect(live.status).toBe(200);
    } finally {
      await backend.stop();
    }
  });
});

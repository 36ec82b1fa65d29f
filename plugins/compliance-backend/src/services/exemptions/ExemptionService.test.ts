import { TestDatabases } from '@backstage/backend-test-utils';
import { createTestStores } from '../store/__testUtils__/testStores';
import { ExemptionService } from './ExemptionService';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });
const testStore = createTestStores(databases);

const MARC = 'user:default/marc';
const SOFIA = 'user:default/sofia';

const asked = (overrides: Partial<Record<string, string>> = {}) => ({
  controlId: 'branch-protection',
  subject: 'repository:localplus/svc-legacy',
  justification: 'Archived in January; nobody merges there any more.',
  expiresAt: '2027-01-31T00:00:00.000Z',
  ...overrides,
});

async function setUp() {
  const { store, clock } = await testStore(
    'SQLITE_3',
    '2026-12-05T09:00:00.000Z',
  );
  return {
    store,
    clock,
    service: new ExemptionService({ store, now: clock.now }),
  };
}

describe('ExemptionService', () => {
  it('names the entity of the subject from its latest evaluation', async () => {
    const { store, service } = await setUp();
    await store.createRun({
      id: 'run-1',
      trigger: 'schedule',
      startedAt: '2026-12-05T08:00:00.000Z',
    });
    await store.finishRun(
      {
        id: 'run-1',
        trigger: 'schedule',
        startedAt: '2026-12-05T08:00:00.000Z',
        finishedAt: '2026-12-05T08:00:00.000Z',
        status: 'succeeded',
        observationCount: 0,
        collectorErrors: [],
      },
      [
        {
          runId: 'run-1',
          controlId: 'branch-protection',
          subject: 'repository:localplus/svc-legacy',
          entityRef: 'component:default/svc-legacy',
          status: 'not-satisfied',
          reason: 'main is not protected',
          observations: [],
          evaluatedAt: '2026-12-05T08:00:00.000Z',
        },
      ],
    );

    const fromEvaluation = await service.request(asked(), MARC);
    expect(fromEvaluation.entityRef).toBe('component:default/svc-legacy');

    const entitySubject = await service.request(
      asked({ subject: 'component:default/svc-other' }),
      MARC,
    );
    expect(entitySubject.entityRef).toBe('component:default/svc-other');

    // `repository:owner/name` looks like a ref but is no catalog entity.
    const unknown = await service.request(
      asked({ subject: 'repository:localplus/never-evaluated' }),
      MARC,
    );
    expect(unknown.entityRef).toBeUndefined();
  });

  it('lets one request or approval stand per control and subject', async () => {
    const { service, clock } = await setUp();
    const first = await service.request(asked(), MARC);
    await expect(service.request(asked(), SOFIA)).rejects.toMatchObject({
      name: 'ConflictError',
      message: `Exemption ${first.id} of branch-protection for repository:localplus/svc-legacy is already requested`,
    });
    // Another control, or another subject, is another exemption.
    await service.request(asked({ controlId: 'code-review' }), MARC);
    await service.request(asked({ subject: 'repository:localplus/b' }), MARC);

    await service.approve(first.id, SOFIA);
    await expect(service.request(asked(), MARC)).rejects.toThrow(
      /already approved/,
    );
    // Once expired, the subject may be asked for again.
    clock.set('2027-02-01T00:00:00.000Z');
    await expect(
      service.request(asked({ expiresAt: '2027-06-01T00:00:00.000Z' }), MARC),
    ).resolves.toMatchObject({ status: 'requested' });
  });

  it('refuses a decision by the requester, on an unknown id, twice, or after expiry', async () => {
    const { service, clock } = await setUp();
    const exemption = await service.request(
      asked({ expiresAt: '2026-12-10T00:00:00.000Z' }),
      MARC,
    );

    await expect(service.approve(exemption.id, MARC)).rejects.toMatchObject({
      name: 'NotAllowedError',
    });
    await expect(
      service.reject('no-such-id', SOFIA, 'no'),
    ).rejects.toMatchObject({
      name: 'NotFoundError',
    });

    clock.set('2026-12-10T00:00:00.000Z');
    await expect(service.approve(exemption.id, SOFIA)).rejects.toMatchObject({
      name: 'ConflictError',
      message: `Exemption ${exemption.id} expired on 2026-12-10T00:00:00.000Z; ask for a new one`,
    });
    // Rejecting what expired is still a decision worth recording.
    const rejected = await service.reject(exemption.id, SOFIA, 'Too late.');
    expect(rejected).toMatchObject({ status: 'rejected', decidedBy: SOFIA });
    await expect(service.approve(exemption.id, SOFIA)).rejects.toMatchObject({
      name: 'ConflictError',
      message: `Exemption ${exemption.id} was already rejected by ${SOFIA}; a decision is final`,
    });
  });

  it('lists by status, control and entity', async () => {
    const { service } = await setUp();
    const a = await service.request(
      asked({ subject: 'component:default/svc-a' }),
      MARC,
    );
    await service.request(asked({ subject: 'component:default/svc-b' }), MARC);
    await service.approve(a.id, SOFIA);

    expect((await service.list({ status: 'approved' })).map(e => e.id)).toEqual(
      [a.id],
    );
    expect(
      (await service.list({ entityRef: 'component:default/svc-b' })).map(
        e => e.subject,
      ),
    ).toEqual(['component:default/svc-b']);
    expect(await service.list({ controlId: 'other' })).toEqual([]);
  });
});

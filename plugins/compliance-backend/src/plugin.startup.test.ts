import {
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import request from 'supertest';
import { startComplianceTestBackend } from './__testUtils__/complianceTestBackend';
import {
  CONTROL_FILES,
  SAM,
  startComplianceBackend,
} from './__testUtils__/startComplianceBackend';
import { createTestCollector } from './__testUtils__/testCollector';
import { createCompliancePlugin } from './plugin';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

const collector = (id: string) =>
  createTestCollector({ id, checks: ['owner'], observations: [] });

describe('the compliance plugin at startup', () => {
  it.each([
    [
      'two collectors with one id',
      [collector('catalog'), collector('catalog')],
      /id "catalog" is already installed/,
    ],
    [
      'a collector taking the built-in ledger id',
      [collector('ledger')],
      /id "ledger" is already installed/,
    ],
  ])('refuses %s', async (_, collectors, message) => {
    await expect(
      startComplianceTestBackend({ controlFiles: CONTROL_FILES, collectors }),
    ).rejects.toThrow(message);
  });

  it('refuses a control file with a mistake, naming the file and the field', async () => {
    await expect(
      startComplianceTestBackend({
        controlFiles: {
          ...CONTROL_FILES,
          'broken.yaml': CONTROL_FILES['controls.yaml'].replace(
            'frequency: daily',
            'frequency: hourly',
          ),
        },
      }),
    ).rejects.toThrow(/broken\.yaml.*spec\.frequency/);
  });

  it.each([
    [
      { maxPeriodDays: 0 },
      /compliance.maxPeriodDays must be a whole number of days from 1 to 3660, got 0/,
    ],
    [
      { maxExemptionDays: 36500 },
      /compliance.maxExemptionDays must be a whole number/,
    ],
    [{ system: { title: ' ' } }, /compliance.system.title must be a name/],
  ])('refuses the configuration %j', async (compliance, message) => {
    await expect(
      startComplianceTestBackend({
        controlFiles: CONTROL_FILES,
        config: { compliance },
      }),
    ).rejects.toThrow(message);
  });

  it('answers for periods and expiries within the configured bounds', async () => {
    const harness = await startComplianceBackend({
      config: { compliance: { maxPeriodDays: 90, maxExemptionDays: 30 } },
    });
    try {
      const period = await request(harness.server)
        .get('/api/compliance/status?from=2026-08-01&to=2026-11-30')
        .set('Authorization', mockCredentials.user.header(SAM));
      expect(period.status).toBe(400);
      expect(period.body.error.message).toMatch(
        /at most 90 days long, it is 122/,
      );

      const exemption = await request(harness.server)
        .post('/api/compliance/exemptions')
        .set('Authorization', mockCredentials.user.header(SAM))
        .send({
          controlId: 'service-tier',
          subject: 'component:default/svc-ledger',
          justification: 'Decommissioned before the end of the quarter.',
          expiresAt: '2027-01-31T00:00:00Z',
        });
      expect(exemption.status).toBe(400);
      expect(exemption.body.error.message).toMatch(
        /expiresAt: must be at most 30 days from now/,
      );
    } finally {
      await harness.stop();
    }
  });

  it.each([
    [true, false],
    [false, true],
  ])(
    'with migrations.skip %p, creates the tables: %p',
    async (skip, created) => {
      const knex = await databases.init('SQLITE_3');
      const backend = await startTestBackend({
        features: [
          createCompliancePlugin(),
          catalogServiceMock.factory({ entities: [] }),
          mockServices.database.factory({ knex, migrations: { skip } }),
          mockServices.scheduler.factory({ skipTaskRunOnStartup: true }),
        ],
      });
      try {
        expect(await knex.schema.hasTable('compliance_ledger')).toBe(created);
      } finally {
        await backend.stop();
      }
    },
  );
});

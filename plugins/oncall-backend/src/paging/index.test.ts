import {
  mockErrorHandler,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import type { SchedulerServiceTaskInvocationDefinition } from '@backstage/backend-plugin-api';
import { ConfigReader } from '@backstage/config';
import express from 'express';
import request from 'supertest';
import { createFakeRotationService } from './__testUtils__/fakeRotationService';
import { migrate } from './__testUtils__/pagingHarness';
import { recordingAuditor } from './__testUtils__/recordingAuditor';
import { createPaging, ESCALATION_TASK_ID } from './index';
import { WEBHOOK_PATH } from './routes/webhookRoute';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3'] });

async function start(oncall: object) {
  const scheduler = mockServices.scheduler.mock();
  const logger = mockServices.logger.mock();
  const paging = await createPaging({
    knex: await migrate(await databases.init('SQLITE_3')),
    rotations: createFakeRotationService(),
    config: new ConfigReader({ oncall }),
    logger,
    scheduler,
    auditor: recordingAuditor(),
    permissions: mockServices.permissions(),
    httpAuth: mockServices.httpAuth(),
    externalBaseUrl: 'http://localhost:7007/api/oncall',
  });
  const task = scheduler.scheduleTask.mock.calls[0][0];
  return { paging, scheduler, logger, task };
}

describe('createPaging', () => {
  it('opens only the webhook and the feeds, and schedules escalation once across replicas', async () => {
    const { paging, task } = await start({
      pages: { webhookSecret: 'w'.repeat(16), escalationCheckInterval: '30s' },
      calendar: { signingSecret: 's'.repeat(32) },
    });
    expect(paging.authPolicies).toEqual([
      { path: '/webhook/alertmanager', allow: 'unauthenticated' },
      { path: '/calendar', allow: 'unauthenticated' },
    ]);
    expect(task).toMatchObject({ id: ESCALATION_TASK_ID, scope: 'global' });
    expect((task.frequency as { as(unit: string): number }).as('seconds')).toBe(
      30,
    );
  });

  it('escalates overdue pages when the task runs', async () => {
    const { paging, task } = await start({});
    const firedAt = new Date(Date.now() - 20 * 60_000).toISOString();
    const { page } = await paging.pageStore.record({
      fingerprint: 'a1',
      firedAt,
      alertName: 'SloErrorBudgetBurn',
      summary: 'overdue',
      severity: 'P2',
      rotation: 'localplus-weekly',
      labels: {},
    });
    await (task as SchedulerServiceTaskInvocationDefinition).fn(
      new AbortController().signal,
    );
    const escalated = await paging.pageStore.get(page.id);
    expect(escalated?.notified.map(n => n.step)).toEqual([0, 1]);
  });

  it('warns at startup and answers 503 when the secrets are missing', async () => {
    const { paging, logger } = await start({});
    const warnings = logger.warn.mock.calls.map(([message]) => message);
    expect(warnings).toEqual([
      expect.stringContaining('oncall.pages.webhookSecret is not configured'),
      expect.stringContaining(
        'oncall.calendar.signingSecret is not configured',
      ),
    ]);
    const app = express().use(paging.router).use(mockErrorHandler());
    const response = await request(app)
      .post(WEBHOOK_PATH)
      .set('Authorization', 'Bearer anything-at-all-here')
      .send({});
    expect(response.status).toBe(503);
  });

  it('refuses to start on a bad setting', async () => {
    await expect(start({ pages: { webhookSecret: 'short' } })).rejects.toThrow(
      'oncall.pages.webhookSecret must be at least 16 characters',
    );
  });
});

import {
  mockCredentials,
  mockErrorHandler,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConflictError } from '@backstage/errors';
import express from 'express';
import request from 'supertest';
import { BasicPermissionGate } from '@localplus/plugin-access-node';
import { createRequestSchemas } from './requestSchemas';
import { createRouter, RouterOptions } from './router';

/**
 * The routes over stand-in services, for what the whole plugin cannot show
 * on demand: a run already going when another is asked for.
 */
async function app(evaluation: RouterOptions['evaluation']) {
  const events: Array<{ eventId: string; outcome: string }> = [];
  const auditor = mockServices.auditor.mock({
    createEvent: async options => ({
      success: async () => {
        events.push({ eventId: options.eventId, outcome: 'succeeded' });
      },
      fail: async () => {
        events.push({ eventId: options.eventId, outcome: 'failed' });
      },
    }),
  });
  const router = await createRouter({
    httpAuth: mockServices.httpAuth({
      defaultCredentials: mockCredentials.none(),
    }),
    access: new BasicPermissionGate(mockServices.permissions()),
    auditor,
    schemas: createRequestSchemas({
      maxPeriodDays: 366,
      maxExemptionDays: 365,
      now: () => new Date('2026-12-05T09:00:00Z'),
      isKnownControl: () => true,
      isKnownFramework: () => true,
    }),
    controls: [],
    collectors: [],
    evaluation,
  } as unknown as RouterOptions);
  return {
    events,
    server: express().use(router).use(mockErrorHandler()),
  };
}

describe('POST /runs', () => {
  it('answers 202 with the run id of the request', async () => {
    const triggerNow = jest.fn(async () => ({ runId: 'run-7' }));
    const { server, events } = await app({ triggerNow });
    const response = await request(server)
      .post('/runs')
      .set('Authorization', mockCredentials.user.header('user:default/sam'));
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ runId: 'run-7', triggered: true });
    expect(triggerNow).toHaveBeenCalledWith('user:default/sam');
    expect(events).toEqual([
      { eventId: 'compliance-evaluation-run', outcome: 'succeeded' },
    ]);
  });

  it('answers 409 while a run is going, and audits the refusal', async () => {
    const { server, events } = await app({
      triggerNow: async () => {
        throw new ConflictError(
          'Task compliance-evaluate is currently running',
        );
      },
    });
    const response = await request(server)
      .post('/runs')
      .set('Authorization', mockCredentials.service.header());
    expect(response.status).toBe(409);
    expect(response.body.error.message).toBe(
      'Task compliance-evaluate is currently running',
    );
    expect(events).toEqual([
      { eventId: 'compliance-evaluation-run', outcome: 'failed' },
    ]);
  });

  it('answers 401 without credentials, before anything is triggered', async () => {
    const triggerNow = jest.fn();
    const { server, events } = await app({ triggerNow });
    const response = await request(server).post('/runs');
    expect(response.status).toBe(401);
    expect(triggerNow).not.toHaveBeenCalled();
    expect(events).toEqual([]);
  });
});

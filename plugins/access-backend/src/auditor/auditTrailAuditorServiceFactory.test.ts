import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import {
  mockServices,
  ServiceFactoryTester,
} from '@backstage/backend-test-utils';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { ACCESS_DECISION_TOPIC } from '@localplus/plugin-access-node';
import { LoggedLine, recordingLogger } from '../__testUtils__/recordingLogger';
import { auditTrailAuditorServiceFactory } from './auditTrailAuditorServiceFactory';

function tester(options: {
  lines: LoggedLine[];
  published: unknown[];
  publishFails?: boolean;
  config?: object;
}) {
  return ServiceFactoryTester.from(auditTrailAuditorServiceFactory, {
    dependencies: [
      mockServices.rootConfig.factory({ data: options.config ?? {} }),
      createServiceFactory({
        service: coreServices.logger,
        deps: {},
        factory: () => recordingLogger(options.lines),
      }),
      createServiceFactory({
        service: eventsServiceRef,
        deps: {},
        factory: () => ({
          async publish(params) {
            if (options.publishFails)
              throw new Error('Service is shutting down');
            options.published.push(params);
          },
          async subscribe() {},
        }),
      }),
    ],
  });
}

describe('auditTrailAuditorServiceFactory', () => {
  it('logs as Backstage does and publishes the completed change', async () => {
    const lines: LoggedLine[] = [];
    const published: unknown[] = [];
    const auditor = await tester({ lines, published }).getSubject('catalog');

    const change = await auditor.createEvent({
      eventId: 'entity-mutate',
      severityLevel: 'medium',
      meta: { actionType: 'delete', entityRef: 'component:default/svc-a' },
    });
    await change.success();

    expect(lines.map(l => [l.level, l.message, l.fields])).toEqual([
      ['info', 'catalog.entity-mutate', { isAuditEvent: true }],
      ['info', 'catalog.entity-mutate', { isAuditEvent: true }],
    ]);
    expect(lines[1].meta).toMatchObject({ status: 'succeeded' });
    expect(published).toEqual([
      {
        topic: ACCESS_DECISION_TOPIC,
        eventPayload: expect.objectContaining({
          actor: 'plugin:catalog',
          action: 'entity-mutate',
          outcome: 'succeeded',
          resourceRef: 'component:default/svc-a',
          pluginId: 'catalog',
        }),
      },
    ]);
  });

  it('keeps the configured log levels and publishes nothing for reads', async () => {
    const lines: LoggedLine[] = [];
    const published: unknown[] = [];
    const auditor = await tester({
      lines,
      published,
      config: {
        backend: { auditor: { severityLogLevelMappings: { low: 'warn' } } },
      },
    }).getSubject('catalog');

    const read = await auditor.createEvent({ eventId: 'entity-fetch' });
    await read.success();

    expect(lines.map(l => l.level)).toEqual(['warn', 'warn']);
    expect(published).toEqual([]);
  });

  it('refuses a log level Backstage does not know, naming the key', async () => {
    const error = await tester({
      lines: [],
      published: [],
      config: {
        backend: { auditor: { severityLogLevelMappings: { high: 'loud' } } },
      },
    })
      .getSubject('catalog')
      .catch(e => e);
    expect(String(error)).toContain(
      'backend.auditor.severityLogLevelMappings.high',
    );
  });

  it('lets the audited action finish when publishing fails', async () => {
    const lines: LoggedLine[] = [];
    const auditor = await tester({
      lines,
      published: [],
      publishFails: true,
    }).getSubject('scaffolder');

    const run = await auditor.createEvent({
      eventId: 'task',
      severityLevel: 'medium',
    });
    await expect(
      run.fail({ error: new Error('step 3 failed') }),
    ).resolves.toBeUndefined();
    expect(lines.map(l => [l.level, l.message])).toEqual([
      ['info', 'scaffolder.task'],
      ['info', 'scaffolder.task'],
      ['warn', 'Could not publish scaffolder.task to the audit trail'],
    ]);
  });
});

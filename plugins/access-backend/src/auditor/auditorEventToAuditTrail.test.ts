import type { AuditorEvent } from '@backstage/backend-defaults/auditor';
import {
  auditorEventToAuditTrail,
  isAuditTrailEvent,
} from './auditorEventToAuditTrail';

const AT = new Date('2026-12-04T10:00:00.000Z');

function event(overrides: Partial<AuditorEvent> = {}): AuditorEvent {
  return {
    plugin: 'catalog',
    eventId: 'entity-mutate',
    severityLevel: 'medium',
    actor: { actorId: 'user:default/pat', ip: '10.0.0.1' },
    meta: { actionType: 'delete', uid: 'b2b7' },
    request: {
      method: 'DELETE',
      url: '/api/catalog/entities/by-uid/b2b7?token=secret',
    },
    status: 'succeeded',
    ...overrides,
  } as AuditorEvent;
}

describe('auditorEventToAuditTrail', () => {
  it('keeps a completed change with its actor, plugin and a short detail', () => {
    expect(auditorEventToAuditTrail(event(), AT)).toEqual({
      at: '2026-12-04T10:00:00.000Z',
      actor: 'user:default/pat',
      action: 'entity-mutate',
      outcome: 'succeeded',
      source: 'auditor',
      pluginId: 'catalog',
      detail:
        'actionType=delete; uid=b2b7; DELETE /api/catalog/entities/by-uid/b2b7',
    });
  });

  it('records a failure with its error, and the entity the change was about', () => {
    const failed = event({
      status: 'failed',
      error: new Error('Refused'),
      meta: { queryType: 'refresh', entityRef: 'Component:default/svc-ledger' },
      request: undefined,
    } as Partial<AuditorEvent>);
    expect(auditorEventToAuditTrail(failed, AT)).toMatchObject({
      outcome: 'failed',
      resourceRef: 'component:default/svc-ledger',
      detail:
        'queryType=refresh; entityRef=Component:default/svc-ledger; error: Refused',
    });
  });

  it('names a template run after its template, and never copies its parameters', () => {
    const run = event({
      plugin: 'scaffolder',
      eventId: 'task',
      actor: {},
      meta: {
        actionType: 'execution',
        taskId: 't-1',
        templateRef: 'template:default/golden-path',
        createdBy: 'user:default/dana',
        taskParameters: { token: 'ghp_secret' },
      },
      request: undefined,
    });
    const entry = auditorEventToAuditTrail(run, AT)!;
    expect(entry).toMatchObject({
      actor: 'plugin:scaffolder',
      resourceRef: 'template:default/golden-path',
      detail:
        'actionType=execution; templateRef=template:default/golden-path; taskId=t-1; createdBy=user:default/dana',
    });
    expect(JSON.stringify(entry)).not.toContain('ghp_secret');
  });

  it('bounds the detail at 1000 characters', () => {
    const long = event({ meta: { actionType: 'x'.repeat(2000) } });
    expect(auditorEventToAuditTrail(long, AT)!.detail).toHaveLength(1000);
  });

  it.each([
    ['the initiated step of a change', event({ status: 'initiated' })],
    [
      'a low-severity read',
      event({ eventId: 'entity-fetch', severityLevel: 'low' }),
    ],
    [
      'a dry run of a location',
      event({
        eventId: 'location-mutate',
        severityLevel: 'low',
        meta: { actionType: 'create', isDryRun: true },
      }),
    ],
  ])('leaves out %s', (_, skipped) => {
    expect(isAuditTrailEvent(skipped)).toBe(false);
    expect(auditorEventToAuditTrail(skipped, AT)).toBeUndefined();
  });

  it('keeps a low-severity mutation and anything of medium severity or more', () => {
    expect(isAuditTrailEvent(event({ severityLevel: 'low' }))).toBe(true);
    expect(
      isAuditTrailEvent(
        event({ eventId: 'user-login', severityLevel: 'high' }),
      ),
    ).toBe(true);
  });
});

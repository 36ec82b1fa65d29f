import type { AuditorServiceCreateEventOptions } from '@backstage/backend-plugin-api';
import { mockServices } from '@backstage/backend-test-utils';
import { NotAllowedError } from '@backstage/errors';
import { createAuditedChange } from './auditedChange';

type ExampleEvent = 'example-thing-create' | 'example-thing-delete';

function recordingAuditor() {
  const calls: string[] = [];
  const event = {
    success: jest.fn(async () => {
      calls.push('success');
    }),
    fail: jest.fn(async () => {
      calls.push('fail');
    }),
  };
  const auditor = mockServices.auditor.mock({
    createEvent: jest.fn(async () => {
      calls.push('open');
      return event;
    }),
  });
  return { auditor, event, calls };
}

const request = { method: 'POST', path: '/things' } as unknown as NonNullable<
  AuditorServiceCreateEventOptions['request']
>;

describe('createAuditedChange', () => {
  it('opens the event before the change and closes it with the meta of its success', async () => {
    const { auditor, event, calls } = recordingAuditor();
    const audited = createAuditedChange<ExampleEvent, 'low' | 'medium'>(
      auditor,
    );
    const result = await audited(
      {
        eventId: 'example-thing-create',
        severityLevel: 'medium',
        request,
        meta: { action: 'create' },
      },
      async () => {
        calls.push('change');
        return { result: { id: 'thing-1' }, meta: { thingId: 'thing-1' } };
      },
    );
    expect(result).toEqual({ id: 'thing-1' });
    expect(calls).toEqual(['open', 'change', 'success']);
    expect(auditor.createEvent).toHaveBeenCalledWith({
      eventId: 'example-thing-create',
      severityLevel: 'medium',
      request,
      meta: { action: 'create' },
    });
    expect(event.success).toHaveBeenCalledWith({
      meta: { thingId: 'thing-1' },
    });
    expect(event.fail).not.toHaveBeenCalled();
  });

  it('records a refused or failed change on the event and rethrows it', async () => {
    const { auditor, event, calls } = recordingAuditor();
    const audited = createAuditedChange<ExampleEvent>(auditor);
    const refusal = new NotAllowedError('not yours');
    await expect(
      audited(
        { eventId: 'example-thing-delete', severityLevel: 'high' },
        async () => {
          throw refusal;
        },
      ),
    ).rejects.toBe(refusal);
    expect(calls).toEqual(['open', 'fail']);
    expect(event.fail).toHaveBeenCalledWith({ error: refusal });
    expect(event.success).not.toHaveBeenCalled();
  });

  it("is typed by the plugin's own event ids and severities", async () => {
    const audited = createAuditedChange<ExampleEvent, 'low'>(
      recordingAuditor().auditor,
    );
    const change = async () => ({ result: 1, meta: {} });
    const otherId = { eventId: 'example-other', severityLevel: 'low' } as const;
    const tooSevere = {
      eventId: 'example-thing-create',
      severityLevel: 'high',
    } as const;
    // The type check (yarn tsc) holds these two lines; at run time they pass.
    // @ts-expect-error not one of ExampleEvent
    await expect(audited(otherId, change)).resolves.toBe(1);
    // @ts-expect-error not a severity this plugin uses
    await expect(audited(tooSevere, change)).resolves.toBe(1);
  });
});

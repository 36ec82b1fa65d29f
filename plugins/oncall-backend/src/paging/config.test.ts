import { ConfigReader } from '@backstage/config';
import { DEFAULT_SEVERITY_FROM_LABELS, readPagingConfig } from './config';

const WEBHOOK = 'w'.repeat(16);
const SIGNING = 's'.repeat(32);

const read = (oncall: object) => readPagingConfig(new ConfigReader({ oncall }));

describe('readPagingConfig', () => {
  it('reads the secrets, the severity map and the interval', () => {
    const config = read({
      pages: {
        webhookSecret: WEBHOOK,
        severityFromLabels: { Critical: 'P1', minor: 'P4' },
        escalationCheckInterval: '30s',
      },
      calendar: { signingSecret: SIGNING },
    });
    expect(config.webhookSecret).toBe(WEBHOOK);
    expect(config.calendarSigningSecret).toBe(SIGNING);
    expect(config.severityFromLabels).toEqual({ critical: 'P1', minor: 'P4' });
    expect(config.escalationCheckInterval.as('seconds')).toBe(30);
    expect(
      read({
        pages: { escalationCheckInterval: { minutes: 2 } },
      }).escalationCheckInterval.as('seconds'),
    ).toBe(120);
  });

  it('defaults to the seeds’ severities, a one-minute check and no secrets', () => {
    const config = read({});
    expect(config).toMatchObject({
      webhookSecret: undefined,
      calendarSigningSecret: undefined,
      severityFromLabels: DEFAULT_SEVERITY_FROM_LABELS,
    });
    expect(config.escalationCheckInterval.as('seconds')).toBe(60);
    expect(readPagingConfig(new ConfigReader({})).webhookSecret).toBe(
      undefined,
    );
  });

  it.each([
    [
      { pages: { webhookSecret: 'short' } },
      'oncall.pages.webhookSecret must be at least 16 characters long, got 5',
    ],
    [
      { calendar: { signingSecret: 'x'.repeat(31) } },
      'oncall.calendar.signingSecret must be at least 32',
    ],
    [
      { pages: { severityFromLabels: { page: 'P5' } } },
      'oncall.pages.severityFromLabels.page must be one of P1, P2, P3, P4, got "P5"',
    ],
    [
      { pages: { escalationCheckInterval: '1s' } },
      'oncall.pages.escalationCheckInterval must be from 10 seconds to 1 hour, got 1 seconds',
    ],
    [
      { pages: { escalationCheckInterval: '2h' } },
      'oncall.pages.escalationCheckInterval must be from 10 seconds',
    ],
    [
      { pages: { escalationCheckInterval: 'soon' } },
      'oncall.pages.escalationCheckInterval is not a duration',
    ],
    [{ pages: { webhookSecret: 42 } }, 'oncall.pages.webhookSecret'],
  ])('refuses %j, naming the key', (oncall, message) => {
    expect(() => read(oncall)).toThrow(message);
  });

  it('never repeats a secret in its error', () => {
    const secret = 'too-short-secret';
    expect(() => read({ calendar: { signingSecret: secret } })).toThrow(
      expect.objectContaining({
        message: expect.not.stringContaining(secret),
      }),
    );
  });
});

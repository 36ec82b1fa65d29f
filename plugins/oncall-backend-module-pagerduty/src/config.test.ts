import { ConfigReader } from '@backstage/config';
import { readPagerDutyConfig } from './config';

const TOKEN = 'y_NbAkKc66ryYTWUXYEu';

type AppConfigData = ConstructorParameters<typeof ConfigReader>[0];

const read = (pagerduty: object) =>
  readPagerDutyConfig(
    new ConfigReader({ oncall: { pagerduty } } as AppConfigData),
  );

describe('readPagerDutyConfig', () => {
  it('applies the defaults around a token', () => {
    expect(read({ token: TOKEN })).toEqual({
      token: TOKEN,
      baseUrl: 'https://api.pagerduty.com',
      timeZone: 'UTC',
      requestTimeoutMs: 10_000,
      acknowledgeTargets: { P1: 5, P2: 15, P3: 60 },
    });
  });

  it('reads every setting', () => {
    expect(
      read({
        token: TOKEN,
        baseUrl: 'http://127.0.0.1:7705/',
        timeZone: 'America/New_York',
        requestTimeout: { seconds: 30 },
        acknowledgeTargets: { P1: 3, P2: 10 },
      }),
    ).toEqual({
      token: TOKEN,
      baseUrl: 'http://127.0.0.1:7705',
      timeZone: 'America/New_York',
      requestTimeoutMs: 30_000,
      acknowledgeTargets: { P1: 3, P2: 10 },
    });
    expect(
      read({ token: TOKEN, requestTimeout: '1500ms' })?.requestTimeoutMs,
    ).toBe(1500);
  });

  it('is off without the section or without a token', () => {
    expect(readPagerDutyConfig(new ConfigReader({}))).toBeUndefined();
    expect(read({ timeZone: 'Europe/Paris' })).toBeUndefined();
  });

  it.each([
    [{ token: '' }, 'oncall.pagerduty.token: must not be empty'],
    [
      { token: `${TOKEN} extra` },
      'oncall.pagerduty.token: must be one word without spaces or control characters',
    ],
    [{ token: 42 }, 'oncall.pagerduty.token: must be a string'],
    [
      { token: TOKEN, baseUrl: 'https://user:pw@api.pagerduty.com' },
      'oncall.pagerduty.baseUrl: must not contain credentials; put them in token',
    ],
    [
      { token: TOKEN, baseUrl: 'https://api.pagerduty.com/?x=1' },
      'oncall.pagerduty.baseUrl: must not have a query string or fragment',
    ],
    [
      { token: TOKEN, timeZone: 'Eastern Time (US & Canada)' },
      'oncall.pagerduty.timeZone: must be an IANA time zone such as America/New_York',
    ],
    [
      { token: TOKEN, requestTimeout: '10 minutes' },
      'oncall.pagerduty.requestTimeout: must be at most 2 minutes',
    ],
    [
      { token: TOKEN, acknowledgeTargets: { P1: 2.5 } },
      'oncall.pagerduty.acknowledgeTargets.P1: must be a whole number of minutes',
    ],
    [
      { token: TOKEN, acknowledgeTargets: { P5: 10 } },
      'oncall.pagerduty.acknowledgeTargets: unknown key P5',
    ],
    [{ token: TOKEN, tokne: 'x' }, 'oncall.pagerduty: unknown key tokne'],
  ])('refuses %j, naming the key and never the token', (pagerduty, detail) => {
    let message = '';
    try {
      read(pagerduty);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toBe(`Invalid oncall.pagerduty config: ${detail}`);
    expect(message).not.toContain(TOKEN);
  });

  it('names the key of an unreadable duration', () => {
    expect(() => read({ token: TOKEN, requestTimeout: 'soon' })).toThrow(
      /^Invalid oncall.pagerduty config: oncall.pagerduty.requestTimeout: /,
    );
  });
});

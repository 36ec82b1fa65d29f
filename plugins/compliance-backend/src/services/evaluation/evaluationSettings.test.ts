import { ConfigReader } from '@backstage/config';
import {
  DEFAULT_EVALUATION_SETTINGS,
  readEvaluationSettings,
} from './evaluationSettings';

const read = (compliance: object) =>
  readEvaluationSettings(new ConfigReader({ compliance }));

describe('readEvaluationSettings', () => {
  it('defaults to a 30-day window, 2-minute collectors and a run every 6 hours', () => {
    expect(readEvaluationSettings(new ConfigReader({}))).toEqual(
      DEFAULT_EVALUATION_SETTINGS,
    );
    expect(read({ controls: ['./compliance'] })).toEqual({
      lookbackDays: 30,
      collectorTimeoutMs: 120_000,
      schedule: {
        frequency: { hours: 6 },
        intervalMs: 21_600_000,
        initialDelay: { minutes: 1 },
        timeout: { minutes: 30 },
      },
    });
  });

  it('reads durations as objects or text', () => {
    const settings = read({
      lookbackDays: 90,
      collectorTimeout: '45s',
      schedule: {
        frequency: { minutes: 15 },
        initialDelay: 'PT40S',
        timeout: '1h',
      },
    });
    expect(settings).toEqual({
      lookbackDays: 90,
      collectorTimeoutMs: 45_000,
      schedule: {
        frequency: { minutes: 15 },
        intervalMs: 900_000,
        initialDelay: { seconds: 40 },
        timeout: { hours: 1 },
      },
    });
  });

  it.each([
    [
      { lookbackDays: 0 },
      'compliance.lookbackDays must be a whole number of days from 1 to 366, got 0',
    ],
    [
      { lookbackDays: 1e9 },
      'compliance.lookbackDays must be a whole number of days from 1 to 366',
    ],
    [{ lookbackDays: 2.5 }, 'compliance.lookbackDays must be'],
    [
      { collectorTimeout: { hours: 2 } },
      'compliance.collectorTimeout must be from 1 second to 1 hour',
    ],
    [
      { schedule: { frequency: { seconds: 5 } } },
      'compliance.schedule.frequency must be from 1 minute to 31 days',
    ],
    [
      { schedule: { frequency: 'often' } },
      'compliance.schedule.frequency must be a duration',
    ],
    [
      { schedule: { initialDelay: { days: 2 } } },
      'compliance.schedule.initialDelay must be at most 1 day',
    ],
    [
      { schedule: { timeout: { seconds: 1 } } },
      'compliance.schedule.timeout must be from 1 minute to 1 day',
    ],
  ])('refuses %j at startup, naming the key', (compliance, message) => {
    expect(() => read(compliance)).toThrow(message);
  });
});

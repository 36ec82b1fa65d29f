import { ConfigReader } from '@backstage/config';
import { readOnCallBackendConfig } from './config';

const read = (oncall: object) =>
  readOnCallBackendConfig(new ConfigReader({ oncall }));

describe('readOnCallBackendConfig', () => {
  it('defaults to a refresh every 5 minutes and 4 weeks of coverage', () => {
    const settings = readOnCallBackendConfig(new ConfigReader({}));
    expect(settings.refreshInterval.as('minutes')).toBe(5);
    expect(settings.coverageWeeks).toBe(4);
  });

  it.each([
    ['2m', 120],
    ['PT1H', 3600],
    ['30s', 30],
    ['1d', 86_400],
  ])('reads the refresh interval %s', (interval, seconds) => {
    expect(
      read({ refreshInterval: interval }).refreshInterval.as('seconds'),
    ).toBe(seconds);
  });

  it.each([
    ['10s', /from 30 seconds to 1 day, got 10 seconds/],
    ['2d', /from 30 seconds to 1 day/],
    ['soon', /oncall.refreshInterval is not a duration/],
  ])('refuses the refresh interval %s, naming the key', (interval, message) => {
    expect(() => read({ refreshInterval: interval })).toThrow(message);
  });

  it.each([0, 13, 2.5, -1])('refuses %p coverage weeks', weeks => {
    expect(() => read({ coverageWeeks: weeks })).toThrow(
      `oncall.coverageWeeks must be a whole number from 1 to 12, got ${weeks}`,
    );
  });
});

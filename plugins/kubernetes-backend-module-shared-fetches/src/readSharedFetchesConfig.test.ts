import { ConfigReader } from '@backstage/config';
import type { JsonValue } from '@backstage/types';
import { readSharedFetchMaxAgeMs } from './readSharedFetchesConfig';

const withSeconds = (sharedFetchSeconds: JsonValue) =>
  new ConfigReader({ localplus: { kubernetes: { sharedFetchSeconds } } });

describe('readSharedFetchMaxAgeMs', () => {
  it('defaults to 5 s', () => {
    expect(readSharedFetchMaxAgeMs(new ConfigReader({}))).toBe(5_000);
  });

  it('reads seconds, fractions and 0 (off)', () => {
    expect(readSharedFetchMaxAgeMs(withSeconds(2))).toBe(2_000);
    expect(readSharedFetchMaxAgeMs(withSeconds(0.5))).toBe(500);
    expect(readSharedFetchMaxAgeMs(withSeconds(0))).toBe(0);
    expect(readSharedFetchMaxAgeMs(withSeconds(60))).toBe(60_000);
  });

  it.each([-1, 61, 1e9])('refuses %p, naming the key', value => {
    expect(() => readSharedFetchMaxAgeMs(withSeconds(value))).toThrow(
      'localplus.kubernetes.sharedFetchSeconds must be a number of seconds from 0 to 60',
    );
  });

  it.each(['five', true, { seconds: 5 }])('refuses %p', value => {
    expect(() => readSharedFetchMaxAgeMs(withSeconds(value))).toThrow(
      /sharedFetchSeconds/,
    );
  });
});

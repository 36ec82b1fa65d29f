import { ConfigReader } from '@backstage/config';
import { DEFAULT_MATRIX_PLUGINS, readAccessBackendConfig } from './config';

const read = (access: object | undefined) =>
  readAccessBackendConfig(
    new ConfigReader(access ? { localplus: { access } } : {}),
  );

describe('readAccessBackendConfig', () => {
  it('keeps a year and some weeks of audit trail, purged daily, by default', () => {
    expect(read(undefined)).toEqual({
      retentionDays: 400,
      purgeSchedule: {
        frequency: { hours: 24 },
        timeout: { minutes: 30 },
        initialDelay: { minutes: 10 },
      },
      matrixPlugins: DEFAULT_MATRIX_PLUGINS,
    });
  });

  it('reads the retention, the purge schedule and the matrix plugins', () => {
    expect(
      read({
        auditTrail: {
          retentionDays: 730,
          purgeSchedule: { frequency: { hours: 6 }, timeout: { minutes: 5 } },
        },
        matrixPlugins: ['catalog', 'slo', 'catalog'],
      }),
    ).toEqual({
      retentionDays: 730,
      purgeSchedule: { frequency: { hours: 6 }, timeout: { minutes: 5 } },
      matrixPlugins: ['catalog', 'slo'],
    });
  });

  it.each([29, 3651, 1.5, -400])(
    'refuses a retention of %p days, naming the key',
    days => {
      expect(() => read({ auditTrail: { retentionDays: days } })).toThrow(
        `localplus.access.auditTrail.retentionDays must be a whole number of days from 30 to 3650, got ${days}`,
      );
    },
  );

  it.each([
    [['catalog', '../etc'], '"../etc"'],
    [['Catalog'], '"Catalog"'],
    [[], 'must name a plugin'],
  ])('refuses the matrix plugins %p', (plugins, message) => {
    expect(() => read({ matrixPlugins: plugins })).toThrow(message);
  });
});

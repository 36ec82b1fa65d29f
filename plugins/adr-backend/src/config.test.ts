import { ConfigReader } from '@backstage/config';
import path from 'node:path';
import { readAdrBackendConfig } from './config';

const read = (adr?: object) =>
  readAdrBackendConfig(new ConfigReader(adr === undefined ? {} : { adr }));

describe('readAdrBackendConfig', () => {
  it('defaults to a 30-minute refresh, GitHub pull requests and their review', () => {
    expect(read()).toEqual({
      refreshInterval: { minutes: 30 },
      authoring: { target: 'github' },
      reviewPullRequests: true,
    });
  });

  it.each([
    ['a string', '5m', { minutes: 5 }],
    ['an ISO duration', 'PT2H', { hours: 2 }],
    ['an object', { minutes: 1 }, { minutes: 1 }],
    ['a whole day', '1d', { days: 1 }],
  ])('reads the refresh interval as %s', (_, value, expected) => {
    expect(read({ refreshInterval: value }).refreshInterval).toEqual(expected);
  });

  it.each([
    ['too short', '30s', 'must be from 1 minute to 1 day, got 30 seconds'],
    ['too long', { days: 2 }, 'must be from 1 minute to 1 day'],
    ['not a duration', 'soon', 'adr.refreshInterval is not a duration'],
    [
      'an unknown unit',
      { fortnights: 1 },
      'adr.refreshInterval is not a duration',
    ],
  ])('refuses a refresh interval %s', (_, value, message) => {
    expect(() => read({ refreshInterval: value })).toThrow(message);
  });

  it('resolves a relative development repository against the working directory', () => {
    expect(
      read({
        authoring: { target: 'local', localRepository: 'tmp/adr-drafts' },
      }),
    ).toEqual({
      refreshInterval: { minutes: 30 },
      authoring: {
        target: 'local',
        localRepository: path.resolve(process.cwd(), 'tmp/adr-drafts'),
      },
      reviewPullRequests: false,
    });
    expect(
      read({ authoring: { target: 'local', localRepository: '/srv/adr' } })
        .authoring,
    ).toEqual({ target: 'local', localRepository: '/srv/adr' });
  });

  it('requires the development repository when the target is local', () => {
    expect(() => read({ authoring: { target: 'local' } })).toThrow(
      'adr.authoring.localRepository is required when adr.authoring.target is local',
    );
    expect(() =>
      read({ authoring: { target: 'local', localRepository: '  ' } }),
    ).toThrow('adr.authoring.localRepository is required');
    expect(() =>
      read({ authoring: { target: 'local', localRepository: 'a\0b' } }),
    ).toThrow('adr.authoring.localRepository is not a usable path');
  });

  it('refuses an unknown target, naming the key', () => {
    expect(() => read({ authoring: { target: 'gitlab' } })).toThrow(
      'adr.authoring.target must be github or local, got gitlab',
    );
    expect(() => read({ authoring: { target: 3 } })).toThrow(
      /adr\.authoring\.target/,
    );
  });

  it('lets the review of pull requests be switched either way', () => {
    expect(read({ review: { pullRequests: false } }).reviewPullRequests).toBe(
      false,
    );
    expect(
      read({
        authoring: { target: 'local', localRepository: '/srv/adr' },
        review: { pullRequests: true },
      }).reviewPullRequests,
    ).toBe(true);
    expect(() => read({ review: { pullRequests: 'maybe' } })).toThrow(
      /adr\.review\.pullRequests/,
    );
  });
});

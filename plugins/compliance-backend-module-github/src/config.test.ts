import { ConfigReader } from '@backstage/config';
import { SEED_TIER_MODEL } from '@localplus/plugin-tiers-common/testUtils';
import { readGithubCollectorSettings } from './config';

const GITHUB_TOKEN = 'ghp_fromIntegration0123456789abcdefABCD';
const ENTERPRISE_TOKEN = 'ghp_enterprise0123456789abcdefABCDEFGH';
const OWN_TOKEN = 'ghp_ownToken0123456789abcdefABCDEFGHIJ';

const integrations = {
  github: [
    { host: 'github.com', token: GITHUB_TOKEN },
    {
      host: 'ghe.localplus.example',
      apiBaseUrl: 'https://ghe.localplus.example/api/v3',
      token: ENTERPRISE_TOKEN,
    },
  ],
};

const read = (data: object) =>
  readGithubCollectorSettings(new ConfigReader(data));

describe('readGithubCollectorSettings', () => {
  it("uses github.com and its integration's token by default", () => {
    expect(read({ integrations })).toEqual({
      apiBaseUrl: 'https://api.github.com',
      token: GITHUB_TOKEN,
      tokenSource: 'integrations.github[host=github.com].token',
      maxRepositories: 2000,
      requestTimeoutMs: 20_000,
      tiers: { annotation: 'localplus.io/tier', levels: [] },
    });
  });

  it("takes an Enterprise server's integration token for its API", () => {
    expect(
      read({
        integrations,
        compliance: {
          github: { baseUrl: 'https://ghe.localplus.example/api/v3/' },
        },
      }),
    ).toMatchObject({
      apiBaseUrl: 'https://ghe.localplus.example/api/v3',
      token: ENTERPRISE_TOKEN,
    });
  });

  it("never sends an integration's token to another server (the dev stack's simulator)", () => {
    const settings = read({
      integrations,
      compliance: { github: { baseUrl: 'http://127.0.0.1:7706' } },
    });
    expect(settings.token).toBeUndefined();
    expect(settings.tokenSource).toBeUndefined();
  });

  it('prefers compliance.github.token, and reads the cap and the request timeout', () => {
    expect(
      read({
        integrations,
        compliance: {
          github: {
            baseUrl: 'http://127.0.0.1:7706',
            token: OWN_TOKEN,
            maxRepositories: 50,
            requestTimeoutSeconds: 5,
          },
        },
      }),
    ).toEqual({
      apiBaseUrl: 'http://127.0.0.1:7706',
      token: OWN_TOKEN,
      tokenSource: 'compliance.github.token',
      maxRepositories: 50,
      requestTimeoutMs: 5_000,
      tiers: { annotation: 'localplus.io/tier', levels: [] },
    });
  });

  it('takes the tiers from the tier model: its annotation and its levels in order', () => {
    const { tiers } = read({
      localplus: {
        tiers: {
          ...SEED_TIER_MODEL,
          annotation: 'example.com/tier',
          levels: [...SEED_TIER_MODEL.levels].reverse(),
        },
      },
    });
    expect(tiers.annotation).toBe('example.com/tier');
    expect(tiers.levels.map(({ id }) => id)).toEqual([
      'T5',
      'T4',
      'T3',
      'T2',
      'T1',
      'T0',
    ]);
  });

  it('refuses an invalid tier model, naming the key', () => {
    expect(() =>
      read({ localplus: { tiers: { annotation: 'example.com/tier' } } }),
    ).toThrow('Invalid tier model at localplus.tiers.levels');
  });

  it('refuses bad settings, naming the key and never the token', () => {
    const cases: Array<[object, string]> = [
      [
        { baseUrl: 'ftp://github' },
        'compliance.github.baseUrl: must be an http or https URL',
      ],
      [
        { baseUrl: 'https://user:pw@ghe/api' },
        'compliance.github.baseUrl: must not contain credentials',
      ],
      [
        { baseUrl: 'not a url' },
        'compliance.github.baseUrl: must be an absolute http or https URL',
      ],
      [
        { maxRepositories: 0 },
        'compliance.github.maxRepositories: must be at least 1',
      ],
      [
        { maxRepositories: 1e12 },
        'compliance.github.maxRepositories: must be at most 100000',
      ],
      [
        { maxRepositories: 2.5 },
        'compliance.github.maxRepositories: must be a whole number',
      ],
      [
        { requestTimeoutSeconds: 0 },
        'compliance.github.requestTimeoutSeconds: must be at least 1',
      ],
      [
        { requestTimeoutSeconds: 301 },
        'compliance.github.requestTimeoutSeconds: must be at most 300',
      ],
      [
        { requestTimeoutSeconds: 0.5 },
        'compliance.github.requestTimeoutSeconds: must be a whole number of seconds',
      ],
      [
        { token: `${OWN_TOKEN} x` },
        'compliance.github.token: must be one word',
      ],
      [{ tokn: OWN_TOKEN }, 'compliance.github: unknown key tokn'],
    ];
    for (const [github, message] of cases) {
      let thrown: Error | undefined;
      try {
        read({ compliance: { github } });
      } catch (error) {
        thrown = error as Error;
      }
      expect(thrown?.message).toContain(
        `Invalid compliance.github config: ${message}`,
      );
      expect(thrown?.message).not.toContain(OWN_TOKEN);
    }
  });
});

import { ConfigReader } from '@backstage/config';
import {
  findSignInPolicyViolations,
  formatSignInPolicyRefusal,
} from './signInPolicy';

const github = { production: { clientId: 'id', clientSecret: 'secret' } };

describe('findSignInPolicyViolations', () => {
  it('accepts anything in development', () => {
    const config = new ConfigReader({ auth: { providers: { guest: {} } } });
    expect(findSignInPolicyViolations(config, {})).toEqual([]);
  });

  it('accepts GitHub sign-in in production', () => {
    const config = new ConfigReader({
      auth: { environment: 'production', providers: { github } },
    });
    expect(findSignInPolicyViolations(config, {})).toEqual([]);
  });

  it('refuses guest sign-in in production', () => {
    const config = new ConfigReader({
      auth: { environment: 'production', providers: { guest: {}, github } },
    });
    expect(findSignInPolicyViolations(config, {})).toEqual([
      'guest sign-in is enabled (remove auth.providers.guest)',
    ]);
  });

  it('refuses demo users sign-in in production', () => {
    const config = new ConfigReader({
      auth: {
        environment: 'production',
        providers: { demoUsers: { users: ['alice'] }, github },
      },
    });
    expect(findSignInPolicyViolations(config, {})).toEqual([
      'demo users sign-in is enabled (remove auth.providers.demoUsers)',
    ]);
  });

  it('does not count demo users as a production provider', () => {
    const config = new ConfigReader({
      auth: {
        environment: 'production',
        providers: { demoUsers: { production: { users: ['alice'] } } },
      },
    });
    expect(findSignInPolicyViolations(config, {})).toEqual([
      'demo users sign-in is enabled (remove auth.providers.demoUsers)',
      expect.stringContaining('no sign-in provider is configured'),
    ]);
  });

  it('refuses production without any provider', () => {
    const config = new ConfigReader({ auth: { environment: 'production' } });
    expect(findSignInPolicyViolations(config, {})).toEqual([
      expect.stringContaining(
        "no sign-in provider is configured for auth environment 'production'",
      ),
    ]);
  });

  it('refuses a provider configured only for another environment', () => {
    const config = new ConfigReader({
      auth: {
        environment: 'production',
        providers: {
          github: { development: { clientId: 'a', clientSecret: 'b' } },
        },
      },
    });
    expect(findSignInPolicyViolations(config, {})).toHaveLength(1);
  });

  it('treats NODE_ENV=production as production even when auth.environment says otherwise', () => {
    const config = new ConfigReader({ auth: { providers: { guest: {} } } });
    expect(
      findSignInPolicyViolations(config, { NODE_ENV: 'production' }),
    ).toEqual([
      'guest sign-in is enabled (remove auth.providers.guest)',
      expect.stringContaining("for auth environment 'development'"),
    ]);
  });

  it('honours a null override that removes the development guest provider', () => {
    const config = ConfigReader.fromConfigs([
      { context: 'dev', data: { auth: { providers: { guest: {} } } } },
      {
        context: 'prod',
        data: {
          auth: {
            environment: 'production',
            providers: { guest: null, github },
          },
        },
      },
    ]);
    expect(findSignInPolicyViolations(config, {})).toEqual([]);
  });
});

describe('formatSignInPolicyRefusal', () => {
  it('prints one line naming every violation', () => {
    const line = formatSignInPolicyRefusal(['first problem', 'second problem']);
    expect(line).toBe(
      'LOCAL-PLUS portal refused to start: first problem; second problem.',
    );
    expect(line).not.toContain('\n');
  });
});

import {
  describeIssues,
  serviceParametersSchema,
  withRequiredSecrets,
} from './serviceParameters';

const valid = {
  name: 'svc-loyalty-tiers',
  description: 'Computes loyalty tiers from earn and burn history.',
  owner: 'group:default/team-loyalty',
  system: 'system:default/localplus-core',
  criticality: 'P1',
  apiStyle: 'rest',
  database: 'postgresql',
  cache: 'none',
  kafka: 'none',
  publicPath: '',
  availabilityTarget: 99.9,
  latencyP99Ms: 200,
  secrets: [],
};

function problemsWith(overrides: Record<string, unknown>): string[] {
  const result = serviceParametersSchema.safeParse({ ...valid, ...overrides });
  return result.success ? [] : describeIssues(result.error);
}

describe('the golden-path parameters, checked on the server', () => {
  it('accepts the form defaults and normalises entity references to names', () => {
    const values = serviceParametersSchema.parse(valid);
    expect(values).toMatchObject({
      owner: 'team-loyalty',
      system: 'localplus-core',
    });
    expect(
      serviceParametersSchema.parse({ ...valid, owner: 'team-loyalty' }).owner,
    ).toBe('team-loyalty');
  });

  it.each([
    ['path traversal', '../../etc/passwd'],
    ['upper case', 'svc-Loyalty'],
    ['no svc- prefix', 'loyalty-tiers'],
    ['200 characters', `svc-${'a'.repeat(196)}`],
    ['shell metacharacters', 'svc-x;rm -rf /'],
    ['command substitution', 'svc-$(id)'],
    ['template expression', 'svc-${{ secrets.token }}'],
    ['nunjucks tag', 'svc-{% raw %}'],
    ['double hyphen', 'svc--x'],
    ['trailing hyphen', 'svc-x-'],
    ['newline', 'svc-x\ny'],
  ])('refuses a name with %s, naming the field', (_label, name) => {
    const problems = problemsWith({ name });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(/^name: /);
  });

  it.each([
    ['a double quote', 'Breaks "TOML" strings'],
    ['a template expression', 'Renders ${{ values.secret }} here'],
    ['a nunjucks tag', 'Runs {% include "x" %} here'],
    ['backticks', 'Runs `id` in a shell'],
    ['a backslash', 'Escapes \\ everything here'],
    ['a newline', 'First line\nkey: injected'],
    ['angle brackets', 'Injects <script>alert(1)</script>'],
    ['201 characters', 'a'.repeat(201)],
    ['too few characters', 'short'],
  ])('refuses a description with %s', (_label, description) => {
    expect(problemsWith({ description })[0]).toMatch(/^description: /);
  });

  it('refuses a value outside each enumerated option', () => {
    expect(problemsWith({ criticality: 'P3' })[0]).toMatch(/^criticality: /);
    expect(problemsWith({ apiStyle: 'graphql' })[0]).toMatch(/^apiStyle: /);
    expect(problemsWith({ database: 'mysql' })[0]).toMatch(/^database: /);
    expect(problemsWith({ cache: 'memcached' })[0]).toMatch(/^cache: /);
    expect(problemsWith({ kafka: 'both' })[0]).toMatch(/^kafka: /);
  });

  it('refuses owners and systems that are not plain references of the right kind', () => {
    expect(problemsWith({ owner: 'user:default/alice' })[0]).toMatch(
      /^owner: must be a group reference/,
    );
    expect(problemsWith({ owner: 'group:default/../admins' })[0]).toMatch(
      /^owner: /,
    );
    expect(problemsWith({ system: 'component:default/svc-ledger' })[0]).toMatch(
      /^system: /,
    );
  });

  it('refuses public paths that are not clean route prefixes', () => {
    for (const publicPath of [
      'loyalty',
      '/Loyalty',
      '/../admin',
      '/a//b',
      `/${'a'.repeat(120)}`,
      '/x?y=1',
    ]) {
      expect(problemsWith({ publicPath })[0]).toMatch(/^publicPath: /);
    }
    expect(problemsWith({ publicPath: '/loyalty-tiers/v1' })).toEqual([]);
  });

  it('bounds the SLO targets', () => {
    expect(problemsWith({ availabilityTarget: 100 })[0]).toMatch(
      /^availabilityTarget: /,
    );
    expect(problemsWith({ availabilityTarget: 50 })[0]).toMatch(
      /^availabilityTarget: /,
    );
    expect(problemsWith({ latencyP99Ms: 0 })[0]).toMatch(/^latencyP99Ms: /);
    expect(problemsWith({ latencyP99Ms: 12.5 })[0]).toMatch(/^latencyP99Ms: /);
  });

  it('keeps each service inside its own Vault subtree', () => {
    expect(
      problemsWith({
        secrets: [
          { name: 'stolen', vaultPath: 'localplus/svc-ledger/database' },
        ],
      }),
    ).toEqual([
      'secrets[0].vaultPath: must be under localplus/svc-loyalty-tiers/ (a service reads only its own secrets)',
    ]);
    expect(
      problemsWith({
        secrets: [
          { name: 'x', vaultPath: 'localplus/svc-loyalty-tiers/../svc-ledger' },
        ],
      }).join('\n'),
    ).toMatch(/secrets\[0\]\.vaultPath: must be a Vault path/);
    const duplicate = {
      name: 'api',
      vaultPath: 'localplus/svc-loyalty-tiers/api',
    };
    expect(problemsWith({ secrets: [duplicate, duplicate] })).toEqual([
      'secrets[1].name: "api" is listed twice',
    ]);
    const many = Array.from({ length: 11 }, (_, i) => ({
      name: `s${i}x`,
      vaultPath: `localplus/svc-loyalty-tiers/s${i}`,
    }));
    expect(problemsWith({ secrets: many })[0]).toMatch(/^secrets: at most 10/);
  });

  it('refuses parameters the form does not have', () => {
    expect(problemsWith({ image: 'evil:latest' })[0]).toMatch(/image/);
  });

  it('adds the database secret when a database is chosen', () => {
    const values = withRequiredSecrets(serviceParametersSchema.parse(valid));
    expect(values.secrets).toEqual([
      { name: 'database', vaultPath: 'localplus/svc-loyalty-tiers/database' },
    ]);
    const none = withRequiredSecrets(
      serviceParametersSchema.parse({ ...valid, database: 'none' }),
    );
    expect(none.secrets).toEqual([]);
  });
});

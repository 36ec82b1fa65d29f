import { ConfigReader } from '@backstage/config';
import type { JsonObject } from '@backstage/types';
import { accessFixturePolicyConfig } from '../testUtils';
import { readAccessPolicyConfig } from './readAccessPolicyConfig';

function read(access: unknown) {
  const data = (
    access === undefined ? {} : { localplus: { access } }
  ) as JsonObject;
  return readAccessPolicyConfig(new ConfigReader(data));
}

function withRule(index: number, patch: Record<string, unknown>) {
  const rules = accessFixturePolicyConfig.rules.map((rule, i) =>
    i === index ? { ...rule, ...patch } : rule,
  );
  return { ...accessFixturePolicyConfig, rules };
}

describe('readAccessPolicyConfig', () => {
  it('reads every role, with group refs made full and lowercase', () => {
    const policy = read(accessFixturePolicyConfig);
    expect(policy.roles.map(role => role.id)).toEqual([
      'admin',
      'platform-engineer',
      'developer',
      'tech-lead',
      'security',
      'auditor',
      'on-call-responder',
    ]);
    expect(policy.roles.find(r => r.id === 'developer')?.groups).toEqual([
      'group:default/engineering',
    ]);
    expect(policy.roles.find(r => r.id === 'auditor')?.groups).toEqual([
      'group:default/auditors',
    ]);
    expect(policy.rules.map(rule => rule.id)[0]).toBe('admins-do-everything');
  });

  it('keeps the Access backend keys of the section out of its way', () => {
    expect(() =>
      read({
        ...accessFixturePolicyConfig,
        auditTrail: { retentionDays: 400 },
      }),
    ).not.toThrow();
  });

  it('refuses a section that is not an object', () => {
    expect(() => read('allow-all')).toThrow(
      'localplus.access: Invalid input: expected object, received string',
    );
  });

  it('refuses a missing policy', () => {
    expect(() => read(undefined)).toThrow(
      'localplus.access is missing: the backend refuses to start without an access policy',
    );
  });

  it('refuses a policy without rules', () => {
    expect(() => read({ ...accessFixturePolicyConfig, rules: [] })).toThrow(
      /^localplus\.access\.rules(:| is required)/,
    );
    const { rules: _, ...noRules } = accessFixturePolicyConfig;
    expect(() => read(noRules)).toThrow(
      /^localplus\.access\.rules(:| is required)/,
    );
  });

  it('refuses a policy without roles or with a role missing', () => {
    const { roles: _, ...noRoles } = accessFixturePolicyConfig;
    expect(() => read(noRoles)).toThrow(
      /^localplus\.access\.roles is required/,
    );
    const { auditor: __, ...roles } = accessFixturePolicyConfig.roles;
    expect(() => read({ ...accessFixturePolicyConfig, roles })).toThrow(
      /^localplus\.access\.roles\.auditor is required/,
    );
  });

  it('names an unknown role key', () => {
    const roles = {
      ...accessFixturePolicyConfig.roles,
      superuser: accessFixturePolicyConfig.roles.admin,
    };
    expect(() => read({ ...accessFixturePolicyConfig, roles })).toThrow(
      'localplus.access.roles has unknown keys: superuser (the roles are admin,',
    );
  });

  it('names the rule and key at fault', () => {
    expect(() =>
      read(withRule(2, { roles: ['platform-engineer', 'root'] })),
    ).toThrow(
      /^localplus\.access\.rules\[2\]\.roles: must be '\*' or a list of role ids/,
    );
    expect(() => read(withRule(1, { decision: 'maybe' }))).toThrow(
      /^localplus\.access\.rules\[1\]\.decision: Invalid option/,
    );
    expect(() => read(withRule(0, { permissions: {} }))).toThrow(
      /^localplus\.access\.rules\[0\]\.permissions: must name at least one/,
    );
    expect(() =>
      read(withRule(3, { permissions: { actions: ['destroy'] } })),
    ).toThrow(/^localplus\.access\.rules\[3\]\.permissions\.actions\[0\]: /);
    expect(() => read(withRule(4, { id: 'Not An Id' }))).toThrow(
      /^localplus\.access\.rules\[4\]\.id: must be lowercase/,
    );
    expect(() => read(withRule(4, { id: 'default-deny' }))).toThrow(
      /^localplus\.access\.rules\[4\]\.id: "default-deny" is reserved/,
    );
    expect(() => read(withRule(5, { decison: 'allow' }))).toThrow(
      /^localplus\.access\.rules\[5\] has unknown keys: decison/,
    );
    expect(() => read(withRule(6, { description: '' }))).toThrow(
      /^localplus\.access\.rules\[6\]\.description: /,
    );
  });

  it('refuses a repeated rule id', () => {
    expect(() => read(withRule(3, { id: 'everyone-reads' }))).toThrow(
      'localplus.access.rules[3].id repeats the rule id "everyone-reads"',
    );
  });

  it('refuses a role group that is not a group', () => {
    const roles = {
      ...accessFixturePolicyConfig.roles,
      auditor: { title: 'A', description: 'B', groups: ['user:default/aude'] },
    };
    expect(() => read({ ...accessFixturePolicyConfig, roles })).toThrow(
      'localplus.access.roles.auditor.groups[0] must name a group, got the user "user:default/aude"',
    );
  });

  it('refuses oversized input', () => {
    const rules = Array.from({ length: 501 }, (_, i) => ({
      ...accessFixturePolicyConfig.rules[1],
      id: `rule-${i}`,
    }));
    expect(() => read({ ...accessFixturePolicyConfig, rules })).toThrow(
      /^localplus\.access\.rules(:| is required)/,
    );
    expect(() => read(withRule(1, { description: 'x'.repeat(501) }))).toThrow(
      /^localplus\.access\.rules\[1\]\.description: /,
    );
  });
});

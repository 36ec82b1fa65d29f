import {
  isInTierScope,
  TIER_ERROR_PREFIX,
} from '@localplus/plugin-tiers-common';
import {
  domainComponent,
  fixtureTierModel,
} from './__testUtils__/tierModelFixture';
import {
  checkKnownTier,
  checkNamePattern,
  checkOwner,
  checkRequiredAnnotations,
  checkTierDeclared,
  checkTierRules,
} from './checkTierRules';
import { compileTierModel } from './compileTierModel';

const model = compileTierModel(fixtureTierModel());
const t3 = model.levels.get('T3')!;

describe('checkTierRules', () => {
  it('accepts a component that meets every rule of its tier', () => {
    expect(checkTierRules(domainComponent(), model)).toEqual([]);
  });

  it('reports every violation of one entity, each a complete message', () => {
    const violations = checkTierRules(
      domainComponent({
        name: 'ledger',
        owner: 'platform-team',
        annotations: { 'backstage.io/kubernetes-id': '' },
      }),
      model,
    );
    expect(violations.map(v => v.rule)).toEqual([
      'name-pattern',
      'owner',
      'required-annotations',
    ]);
    for (const { message } of violations) {
      expect(
        message.startsWith(`${TIER_ERROR_PREFIX} component:default/ledger `),
      ).toBe(true);
      expect(message).toContain(' — ');
    }
  });

  it('reports an unknown tier, in scope or not, and nothing else', () => {
    expect(checkTierRules(domainComponent({ tier: 'T9' }), model)).toEqual([
      {
        rule: 'unknown-tier',
        message:
          'Tier model: component:default/svc-ledger declares tier T9, which is not one of T1, T3 — set localplus.io/tier to one of them',
      },
    ]);
    expect(
      checkTierRules(domainComponent({ tier: 't3', system: 'shop' }), model),
    ).toHaveLength(1);
    const api = { ...domainComponent({ tier: 'T7' }), kind: 'API' };
    expect(checkTierRules(api, model).map(v => v.rule)).toEqual([
      'unknown-tier',
    ]);
  });

  it('requires a tier on entities in scope', () => {
    expect(checkTierRules(domainComponent({ tier: null }), model)).toEqual([
      {
        rule: 'missing-tier',
        message:
          'Tier model: component:default/svc-ledger declares no tier, but every Component of a system matching ^localplus- must — set the localplus.io/tier annotation to one of T1, T3',
      },
    ]);
    expect(
      checkTierRules(domainComponent({ tier: '' }), model).map(v => v.rule),
    ).toEqual(['missing-tier']);
  });

  it('lets entities out of scope pass with a known tier or no tier', () => {
    const outOfScope = [
      domainComponent({ system: 'ecommerce-platform', name: 'shop-orders' }),
      domainComponent({ system: null, owner: 'someone-else' }),
      domainComponent({ system: 'ecommerce-platform', tier: null }),
      domainComponent({ kind: 'Resource', name: 'orders-db', tier: null }),
      domainComponent({ kind: 'API', name: 'orders-api', owner: 'nobody' }),
    ];
    for (const entity of outOfScope) {
      expect(checkTierRules(entity, model)).toEqual([]);
    }
  });
});

describe('isInTierScope', () => {
  it('matches the kind case-insensitively and the system by name', () => {
    expect(isInTierScope(domainComponent({ kind: 'component' }), model)).toBe(
      true,
    );
    expect(
      isInTierScope(
        domainComponent({ system: 'system:default/localplus-core' }),
        model,
      ),
    ).toBe(true);
    expect(
      isInTierScope(domainComponent({ system: 'ecommerce-platform' }), model),
    ).toBe(false);
    expect(isInTierScope(domainComponent({ system: null }), model)).toBe(false);
  });

  it('takes every entity of a listed kind when no system pattern is set', () => {
    const unscoped = compileTierModel({
      ...fixtureTierModel(),
      appliesTo: { kinds: ['Component', 'API'] },
    });
    expect(isInTierScope(domainComponent({ system: null }), unscoped)).toBe(
      true,
    );
    expect(isInTierScope(domainComponent({ kind: 'API' }), unscoped)).toBe(
      true,
    );
    expect(isInTierScope(domainComponent({ kind: 'Group' }), unscoped)).toBe(
      false,
    );
  });
});

describe('the single rules', () => {
  it('checkKnownTier lists the known levels', () => {
    expect(checkKnownTier(domainComponent(), 'T3', model)).toEqual([]);
    expect(checkKnownTier(domainComponent(), 'T0', model)[0].message).toContain(
      'declares tier T0, which is not one of T1, T3',
    );
  });

  it('checkTierDeclared passes a declared tier', () => {
    expect(checkTierDeclared(domainComponent(), 'T3', model)).toEqual([]);
    expect(checkTierDeclared(domainComponent(), undefined, model)).toHaveLength(
      1,
    );
  });

  it('checkNamePattern names the level, the pattern and the fix', () => {
    expect(checkNamePattern(domainComponent(), t3)).toEqual([]);
    expect(checkNamePattern(domainComponent({ name: 'foo' }), t3)).toEqual([
      {
        rule: 'name-pattern',
        message:
          'Tier model: component:default/foo is named foo but tier T3 (Domain) requires names matching ^svc-[a-z0-9-]+$ — rename it or declare the right tier',
      },
    ]);
  });

  it('checkOwner compares normalised refs', () => {
    const accepted = [
      'team-loyalty',
      'group:team-loyalty',
      'group:default/team-loyalty',
      'Group:Default/Team-Loyalty',
      'billing/team-billing',
      'group:billing/team-billing',
      'user:alice',
      'user:default/alice',
    ];
    for (const owner of accepted) {
      expect(checkOwner(domainComponent({ owner }), t3)).toEqual([]);
    }
  });

  it('checkOwner rejects other owners, kinds and namespaces', () => {
    const rejected: Array<[string, string]> = [
      ['platform-team', 'group:default/platform-team'],
      ['user:team-loyalty', 'user:default/team-loyalty'],
      ['group:sales/team-loyalty', 'group:sales/team-loyalty'],
      ['team-billing', 'group:default/team-billing'],
      ['user:bob', 'user:default/bob'],
    ];
    for (const [owner, shown] of rejected) {
      expect(checkOwner(domainComponent({ owner }), t3)).toEqual([
        {
          rule: 'owner',
          message: `Tier model: component:default/svc-ledger is owned by ${shown} but tier T3 (Domain) must be owned by one of group:default/team-loyalty, group:billing/team-billing, user:default/alice — set spec.owner to one of them or declare the right tier`,
        },
      ]);
    }
  });

  it('checkOwner resolves a plain owner in the entity namespace', () => {
    const inBilling = domainComponent({
      namespace: 'billing',
      owner: 'team-billing',
    });
    expect(checkOwner(inBilling, t3)).toEqual([]);
    const elsewhere = domainComponent({
      namespace: 'billing',
      owner: 'team-loyalty',
    });
    expect(checkOwner(elsewhere, t3)[0].message).toContain(
      'component:billing/svc-ledger is owned by group:billing/team-loyalty',
    );
  });

  it('checkOwner reports a missing owner', () => {
    expect(
      checkOwner(domainComponent({ owner: null }), t3)[0].message,
    ).toContain(
      'has no spec.owner but tier T3 (Domain) must be owned by one of',
    );
  });

  it('checkRequiredAnnotations reports one missing annotation', () => {
    const entity = domainComponent();
    delete entity.metadata.annotations!['localplus.io/criticality'];
    expect(checkRequiredAnnotations(entity, t3)).toEqual([
      {
        rule: 'required-annotations',
        message:
          'Tier model: component:default/svc-ledger lacks an annotation that tier T3 (Domain) requires: localplus.io/criticality — add it to metadata.annotations with a non-empty value',
      },
    ]);
  });

  it('checkRequiredAnnotations lists every missing or empty one in one message', () => {
    const entity = domainComponent({
      annotations: { 'backstage.io/kubernetes-id': '  ' },
    });
    delete entity.metadata.annotations!['github.com/project-slug'];
    delete entity.metadata.annotations!['localplus.io/criticality'];
    const violations = checkRequiredAnnotations(entity, t3);
    expect(violations).toHaveLength(1);
    expect(violations[0].message).toContain(
      'lacks annotations that tier T3 (Domain) requires: github.com/project-slug, backstage.io/kubernetes-id, localplus.io/criticality — add them',
    );
  });
});

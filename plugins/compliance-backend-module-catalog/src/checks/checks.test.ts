import { CheckParamsError } from '@localplus/plugin-compliance-node';
import { component, ComponentFixture } from '../__testUtils__/catalogEntities';
import { SEED_TIER_IDS } from '@localplus/plugin-tiers-common/testUtils';
import { componentFacts } from '../catalog/componentFacts';
import { dataClassificationCheck } from './dataClassificationCheck';
import { erasureProcedureCheck } from './erasureProcedureCheck';
import { lawfulBasisCheck } from './lawfulBasisCheck';
import { noCardDataCheck } from './noCardDataCheck';
import { ownerCheck } from './ownerCheck';
import { createRunbookCheck } from './runbookCheck';
import { createTierCheck } from './tierCheck';
import type { CatalogCheck } from './types';

const SEED_MODEL = { annotation: 'localplus.io/tier', levels: SEED_TIER_IDS };
const tierCheck = createTierCheck(SEED_MODEL);
const runbookCheck = createRunbookCheck(SEED_MODEL);

const groups = new Set([
  'group:default/team-loyalty',
  'group:payments/team-pay',
]);

function verdict<P>(
  check: CatalogCheck<P>,
  fixture: Omit<ComponentFixture, 'name'>,
  params?: P,
) {
  const facts = componentFacts(component({ name: 'svc-x', ...fixture }));
  return check.evaluate(facts, params as P, { groups });
}

describe('catalog.owner', () => {
  it.each([
    [{ owner: null }, 'fail', 'Has no spec.owner: no team answers for it.'],
    [
      { owner: 'group:payments/team-pay' },
      'pass',
      'Owned by group:payments/team-pay.',
    ],
    [{ owner: 'Team-Loyalty' }, 'pass', 'Owned by group:default/team-loyalty.'],
    [
      { owner: 'group:default/' },
      'fail',
      'Its spec.owner "group:default/" is not an entity reference.',
    ],
  ])('%j: %s', (fixture, result, summary) => {
    expect(verdict(ownerCheck, fixture as ComponentFixture)).toMatchObject({
      result,
      summary,
    });
  });

  it('counts an owner that is not text as missing', () => {
    expect(verdict(ownerCheck, { owner: 42 as unknown as string }).result).toBe(
      'fail',
    );
  });
});

describe('catalog.tier', () => {
  it.each([
    ['T0', 'pass'],
    [' T5 ', 'pass'],
    ['t3', 'fail'],
    ['T6', 'fail'],
    ['', 'fail'],
  ])('%j is %s', (tier, result) => {
    expect(
      verdict(tierCheck, { annotations: { 'localplus.io/tier': tier } }).result,
    ).toBe(result);
  });

  it('keeps an absurd value short in the summary', () => {
    const { summary } = verdict(tierCheck, {
      annotations: { 'localplus.io/tier': 'x'.repeat(10_000) },
    });
    expect(summary.length).toBeLessThan(200);
  });

  it("reads the tier model's annotation and takes only its levels, case included", () => {
    const check = createTierCheck({
      annotation: 'example.com/tier',
      levels: ['gold', 'silver'],
    });
    const of = (annotations: Record<string, string>) =>
      verdict(check, { annotations });
    expect(of({ 'example.com/tier': 'gold' })).toMatchObject({
      result: 'pass',
      summary: 'Declares tier gold.',
    });
    expect(of({ 'localplus.io/tier': 'T0' })).toMatchObject({
      result: 'fail',
      summary: 'Has no example.com/tier annotation.',
    });
    expect(of({ 'example.com/tier': 'T0' }).summary).toBe(
      'Declares tier "T0", which is not one of gold, silver.',
    );
    expect(of({ 'example.com/tier': 'Gold' }).result).toBe('fail');
    expect(check.description).toBe(
      "The component's example.com/tier annotation names one of the levels of the tier model (localplus.tiers): gold, silver.",
    );
  });

  it('is an error for every component without a tier model, never a pass', () => {
    const check = createTierCheck(undefined);
    expect(
      verdict(check, { annotations: { 'localplus.io/tier': 'T0' } }),
    ).toEqual({
      result: 'error',
      summary:
        'Its tier cannot be checked: no tier model is configured (localplus.tiers).',
    });
    expect(check.description).toContain(
      'no tier model is configured (localplus.tiers), every component is reported as error',
    );
  });
});

describe('catalog.runbook', () => {
  it('accepts a link titled Runbook in any case, and ignores other links', () => {
    expect(
      verdict(
        runbookCheck,
        {
          links: [
            { url: 'https://x/dash', title: 'Dashboard' },
            { url: 'https://x/rb', title: '  RUNBOOK - failover' },
          ],
        },
        {},
      ),
    ).toMatchObject({
      result: 'pass',
      details: { runbooks: ['https://x/rb'] },
    });
    expect(
      verdict(
        runbookCheck,
        { links: [{ url: 'https://x/rb', title: 'My runbook' }] },
        {},
      ).result,
    ).toBe('fail');
    expect(
      verdict(runbookCheck, { links: [{ url: 'https://x/rb' }] }, {}).result,
    ).toBe('fail');
  });

  it('refuses tiers that are not a list of tier names', () => {
    for (const tiers of ['T0', [], ['T9'], [1], Array(101).fill('T0')]) {
      expect(() => runbookCheck.readParams({ tiers })).toThrow(
        CheckParamsError,
      );
    }
    expect(runbookCheck.readParams({ tiers: ['T0'] })).toEqual({
      tiers: ['T0'],
    });
    expect(runbookCheck.readParams(undefined)).toEqual({ tiers: undefined });
  });

  it("limits the check to the tier model's levels and refuses others by name", () => {
    const check = createRunbookCheck({
      annotation: 'example.com/tier',
      levels: ['gold', 'silver'],
    });
    expect(check.readParams({ tiers: ['gold'] })).toEqual({ tiers: ['gold'] });
    // Compared as text, never as a pattern.
    for (const tiers of [
      ['.*'],
      ['gold|silver'],
      ['GOLD'],
      ['x'.repeat(101)],
    ]) {
      expect(() => check.readParams({ tiers })).toThrow(CheckParamsError);
    }
    expect(() => check.readParams({ tiers: ['gold', 'T0'] })).toThrow(
      new CheckParamsError(
        'tiers names "T0", which is not a level of the tier model (gold, silver)',
      ),
    );
    const silver = { annotations: { 'example.com/tier': 'silver' } };
    expect(verdict(check, silver, { tiers: ['gold'] }).result).toBe(
      'not-applicable',
    );
    // localplus.io/tier is not this model's annotation: no tier, so checked.
    const seedOnly = { annotations: { 'localplus.io/tier': 'T3' } };
    expect(verdict(check, seedOnly, { tiers: ['gold'] }).result).toBe('fail');
  });

  it('checks every component without a tier model, whatever the tiers asked', () => {
    const check = createRunbookCheck(undefined);
    const params = check.readParams({ tiers: ['T0'] });
    expect(
      verdict(check, { annotations: { 'localplus.io/tier': 'T3' } }, params)
        .result,
    ).toBe('fail');
    expect(() => check.readParams({ tiers: 'T0' })).toThrow(
      new CheckParamsError(
        'tiers must be a non-empty list of at most 100 tiers',
      ),
    );
    expect(check.description).toContain(
      'no tier model is configured (localplus.tiers), every component is checked',
    );
  });
});

describe('catalog.data-classification', () => {
  it.each([
    [{}, 'not-applicable'],
    [{ 'localplus.io/data-classification': 'public' }, 'pass'],
    [{ 'localplus.io/data-classification': 'secret' }, 'fail'],
    [{ 'localplus.io/owned-tables': ' , ' }, 'not-applicable'],
    [{ 'localplus.io/owned-tables': 'orders' }, 'fail'],
    [
      {
        'localplus.io/owned-tables': 'orders',
        'localplus.io/data-classification': 'Internal',
      },
      'fail',
    ],
  ])('%j is %s', (annotations, result) => {
    expect(verdict(dataClassificationCheck, { annotations }).result).toBe(
      result,
    );
  });

  it('holds the classification to the tags', () => {
    expect(
      verdict(dataClassificationCheck, {
        tags: ['card-data'],
        annotations: { 'localplus.io/data-classification': 'personal' },
      }).summary,
    ).toBe(
      'Is tagged card-data but classifies its data as personal; expected card.',
    );
    expect(
      verdict(dataClassificationCheck, {
        tags: ['personal-data'],
        annotations: { 'localplus.io/data-classification': 'card' },
      }).result,
    ).toBe('pass');
    expect(
      verdict(dataClassificationCheck, { tags: ['personal-data'] }),
    ).toMatchObject({
      result: 'fail',
      summary:
        'Has no localplus.io/data-classification annotation although it is tagged personal-data.',
    });
  });
});

describe('catalog.no-card-data', () => {
  it('fails card data declared either way, and needs tables to pass', () => {
    expect(verdict(noCardDataCheck, { tags: ['card-data'] }).result).toBe(
      'fail',
    );
    expect(
      verdict(noCardDataCheck, {
        annotations: { 'localplus.io/owned-tables': 'orders' },
      }),
    ).toMatchObject({
      result: 'pass',
      summary: 'Owns 1 table and declares no card data (unclassified).',
    });
    expect(verdict(noCardDataCheck, {}).result).toBe('not-applicable');
  });
});

describe('catalog.erasure-procedure', () => {
  const personal = (procedure?: string) => ({
    annotations: {
      'localplus.io/data-classification': 'personal',
      ...(procedure !== undefined && {
        'localplus.io/erasure-procedure': procedure,
      }),
    },
  });

  it.each([
    ['https://docs.example/erasure', 'pass'],
    ['docs/gdpr/erasure.md#delete-a-member', 'pass'],
    ['./docs/erasure.md', 'pass'],
    ['/etc/passwd', 'fail'],
    ['docs/../../secret.md', 'fail'],
    ['data:text/html,<b>erase</b>', 'fail'],
    ['file:///etc/passwd', 'fail'],
    ['docs/erasure procedure.md', 'fail'],
    [`https://x/${'a'.repeat(1000)}`, 'fail'],
    ['   ', 'fail'],
  ])('%j is %s', (procedure, result) => {
    expect(verdict(erasureProcedureCheck, personal(procedure)).result).toBe(
      result,
    );
  });

  it('applies to components tagged personal-data even when unclassified', () => {
    expect(
      verdict(erasureProcedureCheck, { tags: ['personal-data'] }).result,
    ).toBe('fail');
    expect(verdict(erasureProcedureCheck, {}).result).toBe('not-applicable');
  });
});

describe('catalog.lawful-basis', () => {
  const personal = (basis: string, more: Partial<ComponentFixture> = {}) => ({
    annotations: {
      'localplus.io/data-classification': 'personal',
      'localplus.io/lawful-basis': basis,
    },
    ...more,
  });

  it('takes the four bases of GDPR Art. 6 that the platform uses', () => {
    expect(verdict(lawfulBasisCheck, personal('contract'), {}).result).toBe(
      'pass',
    );
    expect(
      verdict(lawfulBasisCheck, personal('vital-interests'), {}).result,
    ).toBe('fail');
  });

  it('reads the consent API as an API ref and normalises it', () => {
    expect(lawfulBasisCheck.readParams({ consentApi: 'Consent-API' })).toEqual({
      consentApi: 'api:default/consent-api',
    });
    for (const consentApi of ['component:default/x', 'a b', 42, '']) {
      expect(() => lawfulBasisCheck.readParams({ consentApi })).toThrow(
        CheckParamsError,
      );
    }
  });

  it('does not ask consent-free bases for the consent API', () => {
    expect(
      verdict(lawfulBasisCheck, personal('legal-obligation'), {
        consentApi: 'api:default/consent-api',
      }).result,
    ).toBe('pass');
  });
});

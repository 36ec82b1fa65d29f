import type { EvidenceCollector } from '@localplus/plugin-compliance-node';
import { api, component, group, user } from './__testUtils__/catalogEntities';
import {
  ALL_CATALOG_CHECKS,
  collectionContext,
} from './__testUtils__/collectionContext';
import { startCatalogBackend } from './__testUtils__/startCatalogBackend';

jest.setTimeout(240_000);

const PERSONAL = {
  'localplus.io/tier': 'T3',
  'localplus.io/owned-tables': 'members,consents',
  'localplus.io/data-classification': 'personal',
  'localplus.io/erasure-procedure':
    'https://docs.localplus.example/gdpr/erasure',
  'localplus.io/lawful-basis': 'consent',
};

const entities = [
  group('team-loyalty'),
  user('alice'),
  api('consent-api'),
  component({
    name: 'svc-ledger',
    annotations: {
      'localplus.io/tier': 'T1',
      'localplus.io/owned-tables': 'transactions,ledger_entries',
      'localplus.io/data-classification': 'internal',
    },
    links: [
      {
        url: 'https://docs.example/runbooks/ledger',
        title: 'Runbook: incident response',
      },
    ],
  }),
  component({
    name: 'svc-members',
    annotations: { ...PERSONAL, 'localplus.io/runbook': 'docs/runbook.md' },
    consumesApis: ['consent-api'],
  }),
  component({
    name: 'svc-marketing',
    annotations: PERSONAL,
    tags: ['personal-data'],
  }),
  component({
    name: 'svc-payments',
    owner: 'user:alice',
    annotations: {
      'localplus.io/tier': 'T9',
      'localplus.io/owned-tables': 'cards',
      'localplus.io/data-classification': 'card',
    },
  }),
  component({ name: 'web-shop', type: 'website', owner: 'team-ghost' }),
  component({
    name: 'svc-profiles',
    annotations: {
      'localplus.io/tier': 'T3',
      'localplus.io/owned-tables': 'profiles',
      'localplus.io/erasure-procedure': '../../etc/passwd',
    },
    tags: ['personal-data'],
  }),
  // Not subjects: a library and a component of another type.
  component({ name: 'lib-money', type: 'library' }),
];

/** `<check> <subject name>` -> result, for compact assertions. */
function results(
  observations: Array<{ check: string; subject: string; result: string }>,
) {
  return Object.fromEntries(
    observations.map(o => [`${o.check} ${o.subject.split('/')[1]}`, o.result]),
  );
}

describe('CatalogEvidenceCollector against the real catalog', () => {
  let collector: EvidenceCollector;
  let stop: () => Promise<void>;

  beforeAll(async () => {
    ({ collector, stop } = await startCatalogBackend(entities));
  });
  afterAll(() => stop());

  it('registers through the extension point with the seven checks of the contract', () => {
    expect(collector.id).toBe('catalog');
    expect(collector.checks.map(c => c.id)).toEqual([
      'owner',
      'tier',
      'runbook',
      'data-classification',
      'no-card-data',
      'erasure-procedure',
      'lawful-basis',
    ]);
  });

  it('observes every service and website once per check, and nothing else', async () => {
    const observations = await collector.collect(
      collectionContext(ALL_CATALOG_CHECKS),
    );
    const subjects = [...new Set(observations.map(o => o.subject))].sort();
    expect(subjects).toEqual([
      'component:default/svc-ledger',
      'component:default/svc-marketing',
      'component:default/svc-members',
      'component:default/svc-payments',
      'component:default/svc-profiles',
      'component:default/web-shop',
    ]);
    expect(observations).toHaveLength(6 * 7);
    for (const observation of observations) {
      expect(observation.entityRef).toBe(observation.subject);
      expect(observation.method).toBe('examine');
      expect(observation.examined[0]).toEqual({
        type: 'catalog-entity',
        ref: observation.subject,
        href: `/api/catalog/entities/by-name/component/default/${
          observation.subject.split('/')[1]
        }`,
      });
      expect(observation.summary).toMatch(/\.$/);
    }
  });

  it('concludes what each component shows', async () => {
    const observations = await collector.collect(
      collectionContext([
        ...ALL_CATALOG_CHECKS.filter(e => e.check !== 'catalog.lawful-basis'),
        {
          check: 'catalog.lawful-basis',
          params: { consentApi: 'api:default/consent-api' },
        },
      ]),
    );
    expect(results(observations)).toEqual({
      'catalog.owner svc-ledger': 'pass',
      'catalog.owner svc-members': 'pass',
      'catalog.owner svc-marketing': 'pass',
      'catalog.owner svc-payments': 'fail',
      'catalog.owner web-shop': 'fail',
      'catalog.owner svc-profiles': 'pass',
      'catalog.tier svc-ledger': 'pass',
      'catalog.tier svc-members': 'pass',
      'catalog.tier svc-marketing': 'pass',
      'catalog.tier svc-payments': 'fail',
      'catalog.tier web-shop': 'fail',
      'catalog.tier svc-profiles': 'pass',
      'catalog.runbook svc-ledger': 'pass',
      'catalog.runbook svc-members': 'pass',
      'catalog.runbook svc-marketing': 'fail',
      'catalog.runbook svc-payments': 'fail',
      'catalog.runbook web-shop': 'fail',
      'catalog.runbook svc-profiles': 'fail',
      'catalog.data-classification svc-ledger': 'pass',
      'catalog.data-classification svc-members': 'pass',
      'catalog.data-classification svc-marketing': 'pass',
      'catalog.data-classification svc-payments': 'pass',
      'catalog.data-classification web-shop': 'not-applicable',
      'catalog.data-classification svc-profiles': 'fail',
      'catalog.no-card-data svc-ledger': 'pass',
      'catalog.no-card-data svc-members': 'pass',
      'catalog.no-card-data svc-marketing': 'pass',
      'catalog.no-card-data svc-payments': 'fail',
      'catalog.no-card-data web-shop': 'not-applicable',
      'catalog.no-card-data svc-profiles': 'pass',
      'catalog.erasure-procedure svc-ledger': 'not-applicable',
      'catalog.erasure-procedure svc-members': 'pass',
      'catalog.erasure-procedure svc-marketing': 'pass',
      'catalog.erasure-procedure svc-payments': 'not-applicable',
      'catalog.erasure-procedure web-shop': 'not-applicable',
      'catalog.erasure-procedure svc-profiles': 'fail',
      'catalog.lawful-basis svc-ledger': 'not-applicable',
      'catalog.lawful-basis svc-members': 'pass',
      'catalog.lawful-basis svc-marketing': 'fail',
      'catalog.lawful-basis svc-payments': 'not-applicable',
      'catalog.lawful-basis web-shop': 'not-applicable',
      'catalog.lawful-basis svc-profiles': 'fail',
    });
    const summary = (check: string, name: string) =>
      observations.find(
        o => o.check === check && o.subject === `component:default/${name}`,
      )!;
    expect(summary('catalog.owner', 'svc-ledger')).toMatchObject({
      summary: 'Owned by group:default/team-loyalty.',
      details: { owner: 'group:default/team-loyalty', ownerFound: true },
    });
    expect(summary('catalog.owner', 'svc-ledger').examined[1]).toEqual({
      type: 'catalog-entity',
      ref: 'group:default/team-loyalty',
      href: '/api/catalog/entities/by-name/group/default/team-loyalty',
    });
    expect(summary('catalog.owner', 'svc-payments').summary).toBe(
      'Owned by user:default/alice, which is not a group: ownership must rest with a team.',
    );
    expect(summary('catalog.owner', 'web-shop').summary).toBe(
      'Owned by group:default/team-ghost, which is not in the catalog.',
    );
    expect(summary('catalog.lawful-basis', 'svc-marketing')).toMatchObject({
      summary:
        'Processes personal data on consent but neither consumes nor depends on api:default/consent-api, where consent is recorded.',
      details: { params: { consentApi: 'api:default/consent-api' } },
    });
    expect(summary('catalog.erasure-procedure', 'svc-profiles').summary).toBe(
      'Its localplus.io/erasure-procedure "../../etc/passwd" is neither an http(s) URL nor a relative document path.',
    );
    expect(summary('catalog.no-card-data', 'svc-payments').summary).toBe(
      'Is classified card: it declares that it stores card data, which must stay with the payment provider.',
    );
  });

  it('runs only the requested checks, each parameter set once, and limits runbooks to tiers', async () => {
    const observations = await collector.collect(
      collectionContext([
        { check: 'catalog.runbook', params: { tiers: ['T0', 'T1'] } },
        { check: 'catalog.runbook', params: { tiers: ['T0', 'T1'] } },
        { check: 'adr.change-decision' },
      ]),
    );
    expect(results(observations)).toEqual({
      'catalog.runbook svc-ledger': 'pass',
      'catalog.runbook svc-members': 'not-applicable',
      'catalog.runbook svc-marketing': 'not-applicable',
      // Tier T9 is no tier: the runbook is asked for.
      'catalog.runbook svc-payments': 'fail',
      'catalog.runbook web-shop': 'fail',
      'catalog.runbook svc-profiles': 'not-applicable',
    });
    expect(observations[1]).toMatchObject({
      summary: 'Tier T3 needs no runbook here; this control asks it of T0, T1.',
      details: {
        tier: 'T3',
        tiers: ['T0', 'T1'],
        params: { tiers: ['T0', 'T1'] },
      },
    });
  });

  it('answers unusable parameters with an error on every subject, and still runs the rest', async () => {
    const observations = await collector.collect(
      collectionContext([
        { check: 'catalog.runbook', params: { tiers: 'T0' } },
        {
          check: 'catalog.lawful-basis',
          params: { consentApi: 'group:default/x' },
        },
        { check: 'catalog.tier', params: { tierz: ['T0'] } },
        { check: 'catalog.owner' },
      ]),
    );
    const errors = observations.filter(o => o.result === 'error');
    expect(errors).toHaveLength(3 * 6);
    expect([...new Set(errors.map(o => o.summary))]).toEqual([
      "The control's parameters of catalog.runbook are unusable: tiers must be a non-empty list of at most 100 tiers (T0, T1, T2, T3, T4, T5).",
      "The control's parameters of catalog.lawful-basis are unusable: consentApi must be the ref of an API entity, such as api:default/consent-api.",
      `The control's parameters of catalog.tier are unusable: unknown parameter "tierz"; this check takes none.`,
    ]);
    expect(
      observations.filter(o => o.check === 'catalog.owner').map(o => o.result),
    ).toContain('pass');
  });

  it('asks the catalog for nothing when no catalog check is requested', async () => {
    expect(
      await collector.collect(
        collectionContext([{ check: 'kubernetes.workload-policy' }]),
      ),
    ).toEqual([]);
  });
});

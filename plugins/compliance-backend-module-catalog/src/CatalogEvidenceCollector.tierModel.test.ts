import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import { component } from './__testUtils__/catalogEntities';
import { collectionContext } from './__testUtils__/collectionContext';
import { startCatalogBackend } from './__testUtils__/startCatalogBackend';
import { tierModelConfig } from '@localplus/plugin-tiers-common/testUtils';

// The tier and runbook checks read the tier model the backend is configured
// with (localplus.tiers), not the seeds' T0-T5 in localplus.io/tier.

jest.setTimeout(240_000);

const entities = [
  component({ name: 'svc-gold', annotations: { 'example.com/tier': 'gold' } }),
  component({
    name: 'svc-silver',
    annotations: { 'example.com/tier': 'silver' },
  }),
  // Declares a tier only in the default annotation, which this model does
  // not read.
  component({ name: 'svc-seed', annotations: { 'localplus.io/tier': 'T0' } }),
  component({ name: 'svc-t0', annotations: { 'example.com/tier': 'T0' } }),
];

const byName = (observations: CollectedObservation[]) =>
  Object.fromEntries(
    observations.map(o => [o.subject.split('/')[1], o.result]),
  );

describe('CatalogEvidenceCollector with a tier model of its own', () => {
  let started: Awaited<ReturnType<typeof startCatalogBackend>>;

  beforeAll(async () => {
    started = await startCatalogBackend(entities, {
      tiers: tierModelConfig('example.com/tier', ['gold', 'silver']),
    });
  });
  afterAll(() => started.stop());

  it("passes a component naming one of the model's levels in the model's annotation", async () => {
    const observations = await started.collector.collect(
      collectionContext([{ check: 'catalog.tier' }]),
    );
    expect(byName(observations)).toEqual({
      'svc-gold': 'pass',
      'svc-seed': 'fail',
      'svc-silver': 'pass',
      'svc-t0': 'fail',
    });
    const seed = observations.find(o => o.subject.endsWith('/svc-seed'));
    expect(seed?.summary).toBe('Has no example.com/tier annotation.');
    expect(started.warned().join('\n')).not.toContain('no tier model');
  });

  it('tells the auditor which annotation and levels the checks read', () => {
    const tier = started.collector.checks.find(c => c.id === 'tier');
    expect(tier?.description).toBe(
      "The component's example.com/tier annotation names one of the levels of the tier model (localplus.tiers): gold, silver.",
    );
  });

  it("limits runbooks to the model's tiers and refuses others by name", async () => {
    const observations = await started.collector.collect(
      collectionContext([
        { check: 'catalog.runbook', params: { tiers: ['gold'] } },
        { check: 'catalog.runbook', params: { tiers: ['T0'] } },
      ]),
    );
    const asking = (tier: string) =>
      observations.filter(
        o => JSON.stringify(o.details?.params) === `{"tiers":["${tier}"]}`,
      );
    expect(byName(asking('gold'))).toEqual({
      'svc-gold': 'fail',
      // No tier of the model: always checked.
      'svc-seed': 'fail',
      'svc-silver': 'not-applicable',
      'svc-t0': 'fail',
    });
    expect(asking('T0').map(o => [o.result, o.summary])).toEqual(
      Array(4).fill([
        'error',
        'The control\'s parameters of catalog.runbook are unusable: tiers names "T0", which is not a level of the tier model (gold, silver).',
      ]),
    );
  });
});

describe('CatalogEvidenceCollector without a tier model', () => {
  let started: Awaited<ReturnType<typeof startCatalogBackend>>;

  beforeAll(async () => {
    started = await startCatalogBackend(entities, { tiers: null });
  });
  afterAll(() => started.stop());

  it('says so at startup', () => {
    expect(started.warned()).toContain(
      'Catalog evidence collector: no tier model (localplus.tiers), so catalog.tier reports error for every component and catalog.runbook checks every component whatever its tiers parameter',
    );
  });

  it('reports the tier check as error and checks every runbook', async () => {
    const observations = await started.collector.collect(
      collectionContext([
        { check: 'catalog.tier' },
        { check: 'catalog.runbook', params: { tiers: ['T0'] } },
      ]),
    );
    const of = (check: string) => observations.filter(o => o.check === check);
    expect(byName(of('catalog.tier'))).toEqual({
      'svc-gold': 'error',
      'svc-seed': 'error',
      'svc-silver': 'error',
      'svc-t0': 'error',
    });
    expect(of('catalog.tier')[0].summary).toBe(
      'Its tier cannot be checked: no tier model is configured (localplus.tiers).',
    );
    expect(byName(of('catalog.runbook'))).toEqual({
      'svc-gold': 'fail',
      'svc-seed': 'fail',
      'svc-silver': 'fail',
      'svc-t0': 'fail',
    });
  });
});

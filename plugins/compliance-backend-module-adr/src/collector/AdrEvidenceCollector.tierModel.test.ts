import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { collectionContext } from '@localplus/plugin-compliance-node/testUtils';
import { startAdrStack } from '../__testUtils__/adrStack';
import { madrRecord } from '../__testUtils__/decisionFolders';
import { startCollectorBackend } from '../__testUtils__/startCollectorBackend';
import { tierModelConfig } from '@localplus/plugin-tiers-common/testUtils';

// The check reads the tier model the backend is configured with
// (localplus.tiers): its annotation and its levels, not the seeds' T0-T5 in
// localplus.io/tier.

jest.setTimeout(60_000);

const accepted = {
  '0001-storage.md': madrRecord({ title: 'Storage', status: 'accepted' }),
};

function byName(observations: CollectedObservation[]) {
  return Object.fromEntries(
    observations.map(o => [o.subject.split('/')[1], o]),
  );
}

describe('AdrEvidenceCollector with a tier model of its own', () => {
  let stack: Awaited<ReturnType<typeof startAdrStack>>;
  let collector: EvidenceCollector;

  beforeAll(async () => {
    stack = await startAdrStack(
      [
        {
          kind: 'Component',
          name: 'svc-gold',
          annotations: { 'example.com/tier': 'gold' },
          decisions: accepted,
        },
        {
          kind: 'Component',
          name: 'svc-gold-bare',
          annotations: { 'example.com/tier': 'Gold' },
        },
        {
          kind: 'Component',
          name: 'svc-silver',
          annotations: { 'example.com/tier': 'silver' },
        },
        // A tier only in the seeds' annotation, which this model does not read.
        {
          kind: 'Component',
          name: 'svc-seed',
          tier: 'T0',
          decisions: accepted,
        },
        {
          kind: 'Component',
          name: 'svc-t0',
          annotations: { 'example.com/tier': 'T0' },
        },
      ],
      tierModelConfig('example.com/tier', ['gold', 'silver', 'bronze']),
    );
    collector = stack.collector;
  });

  afterAll(() => stack?.stop());

  const collect = (params?: { [key: string]: string[] }) =>
    collector.collect(
      collectionContext([{ check: 'adr.change-decision', params }]),
    );

  it("brings in scope the components of the tiers asked, in the model's annotation", async () => {
    const observed = byName(
      await collect({ tiers: ['GOLD'], docsEntities: [] }),
    );

    expect(
      Object.fromEntries(
        Object.entries(observed).map(([name, o]) => [name, o.result]),
      ),
    ).toEqual({
      'svc-gold': 'pass',
      'svc-gold-bare': 'fail',
      'svc-seed': 'not-applicable',
      'svc-silver': 'not-applicable',
      'svc-t0': 'not-applicable',
    });
    expect(observed['svc-gold-bare'].details).toMatchObject({ tier: 'gold' });
    expect(observed['svc-silver'].summary).toBe(
      'Tier silver is not gold, so no decision record is required.',
    );
    expect(observed['svc-seed'].summary).toBe(
      'No example.com/tier annotation, so it is not a gold component.',
    );
    expect(observed['svc-t0'].summary).toBe(
      'Its example.com/tier "T0" is not a tier of the tier model, so it is not a gold component.',
    );
  });

  it("asks the model's two strictest tiers by default", async () => {
    const observed = byName(await collect({ docsEntities: [] }));

    expect(observed['svc-silver'].result).toBe('fail');
    expect(observed['svc-seed'].summary).toBe(
      'No example.com/tier annotation, so it is not a gold or silver component.',
    );
  });

  it("refuses tiers the model does not list, naming the model's levels", async () => {
    expect(await collect({ tiers: ['T0'] })).toEqual([
      expect.objectContaining({
        subject: 'check:adr.change-decision',
        result: 'error',
        summary:
          "Invalid parameters of adr.change-decision: tiers.0: must be one of the tier model's levels: gold, silver, bronze",
      }),
    ]);
  });
});

describe('AdrEvidenceCollector without a tier model', () => {
  it('reports one error and reads nothing', async () => {
    const streamEntities = jest.fn();
    const { collector, backend } = await startCollectorBackend({
      features: [catalogServiceMock.mock({ streamEntities }).factory],
      config: {},
    });

    expect(
      await collector.collect(
        collectionContext([
          { check: 'adr.change-decision', params: { tiers: ['T0'] } },
        ]),
      ),
    ).toEqual([
      {
        check: 'adr.change-decision',
        subject: 'check:adr.change-decision',
        result: 'error',
        summary:
          'No tier model is configured (localplus.tiers): without tiers the check cannot tell which components need a decision record, so it reads nothing.',
        method: 'examine',
        examined: [],
        details: { params: { tiers: ['T0'] } },
      },
    ]);
    expect(streamEntities).not.toHaveBeenCalled();
    await backend.stop();
  });
});

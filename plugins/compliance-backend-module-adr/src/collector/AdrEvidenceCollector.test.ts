import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { collectionContext } from '@localplus/plugin-compliance-node/testUtils';
import { startAdrStack } from '../__testUtils__/adrStack';
import { madrRecord } from '../__testUtils__/decisionFolders';

// Against the real ADR backend: decision folders on disk, indexed at
// startup, read over HTTP with the compliance plugin's service token.

jest.setTimeout(60_000);

const ref = (name: string) => `component:default/${name}`;

function bySubject(observations: CollectedObservation[]) {
  return new Map(observations.map(o => [o.subject, o]));
}

describe('AdrEvidenceCollector against the ADR backend', () => {
  let stack: Awaited<ReturnType<typeof startAdrStack>>;
  let collector: EvidenceCollector;

  beforeAll(async () => {
    stack = await startAdrStack([
      {
        kind: 'System',
        name: 'localplus-core',
        decisions: {
          '0001-double-entry-ledger.md': madrRecord({
            title: 'Double-entry ledger',
            status: 'accepted',
          }),
        },
      },
      {
        kind: 'Component',
        name: 'docs',
        tier: 'T5',
        decisions: {
          '0003-merchant-onboarding.md': madrRecord({
            title: 'Merchant onboarding through one service',
            status: 'accepted',
            context: 'Merchants are onboarded by svc-merchant, nothing else.',
          }),
          '0004-giftcard-provider.md': madrRecord({
            title: 'Gift card provider',
            status: 'superseded',
            context: 'svc-giftcard calls the provider directly.',
          }),
        },
      },
      {
        kind: 'Component',
        name: 'svc-ledger',
        tier: 'T0',
        system: 'localplus-core',
        decisions: {
          '0001-postgres-row-locks.md': madrRecord({
            title: 'Pessimistic row locks',
            status: 'accepted',
          }),
          '0002-event-sourcing.md': madrRecord({
            title: 'Event sourcing',
            status: 'proposed',
          }),
        },
      },
      {
        kind: 'Component',
        name: 'svc-wallet',
        tier: 'T1',
        system: 'localplus-core',
      },
      {
        kind: 'Component',
        name: 'svc-giftcard',
        tier: 't1',
        system: 'giftcard',
        decisions: {
          '0001-card-batches.md': madrRecord({
            title: 'Card batches',
            status: 'proposed',
          }),
        },
      },
      { kind: 'Component', name: 'svc-merchant', tier: 'T1' },
      { kind: 'Component', name: 'svc-merchant-ui', tier: 'T1' },
      { kind: 'Component', name: 'svc-notification', tier: 'T3' },
      { kind: 'Component', name: 'lib-money' },
    ]);
    collector = stack.collector;
  });

  afterAll(() => stack?.stop());

  const collect = (...requested: Parameters<typeof collectionContext>[0]) =>
    collector.collect(collectionContext(requested));

  it('passes T0 and T1 components with an accepted record in their folder, their system or the docs naming them', async () => {
    const observed = bySubject(await collect('adr.change-decision'));

    expect(
      Object.fromEntries(
        [...observed].map(([subject, o]) => [subject, o.result]),
      ),
    ).toEqual({
      [ref('docs')]: 'not-applicable',
      [ref('lib-money')]: 'not-applicable',
      [ref('svc-giftcard')]: 'fail',
      [ref('svc-ledger')]: 'pass',
      [ref('svc-merchant')]: 'pass',
      [ref('svc-merchant-ui')]: 'fail',
      [ref('svc-notification')]: 'not-applicable',
      [ref('svc-wallet')]: 'pass',
    });
    expect(observed.get(ref('svc-ledger'))).toMatchObject({
      entityRef: ref('svc-ledger'),
      method: 'examine',
      summary: `2 accepted decision records about it: Pessimistic row locks (${ref(
        'svc-ledger',
      )}/0001-postgres-row-locks), Double-entry ledger (system:default/localplus-core/0001-double-entry-ledger).`,
      details: { tier: 'T0', system: 'system:default/localplus-core' },
    });
    expect(observed.get(ref('svc-wallet'))?.summary).toBe(
      '1 accepted decision record about it: Double-entry ledger (system:default/localplus-core/0001-double-entry-ledger).',
    );
    expect(observed.get(ref('svc-merchant'))?.summary).toBe(
      `1 accepted decision record about it: Merchant onboarding through one service (${ref(
        'docs',
      )}/0003-merchant-onboarding).`,
    );
    // Its own record is only proposed; the docs record naming it is superseded.
    expect(observed.get(ref('svc-giftcard'))?.summary).toBe(
      "No accepted decision record about it in its own folder, its system's (system:default/giftcard) or component:default/docs naming svc-giftcard.",
    );
    expect(observed.get(ref('svc-notification'))?.summary).toBe(
      'Tier T3 is not T0 or T1, so no decision record is required.',
    );
    expect(observed.get(ref('lib-money'))?.summary).toBe(
      'No localplus.io/tier annotation, so it is not a T0 or T1 component.',
    );
    expect(
      observed.get(ref('svc-wallet'))?.examined.map(item => item.ref),
    ).toEqual([
      ref('svc-wallet'),
      ref('svc-wallet'),
      'system:default/localplus-core',
      'component:default/docs',
    ]);
  });

  it('follows the tiers and the platform-wide folders a control names', async () => {
    const observed = bySubject(
      await collect({
        check: 'adr.change-decision',
        params: { tiers: ['t0', 'T5'], docsEntities: [] },
      }),
    );

    expect(observed.get(ref('svc-wallet'))?.result).toBe('not-applicable');
    expect(observed.get(ref('svc-ledger'))?.result).toBe('pass');
    // The docs component is T5 now, and has accepted records of its own.
    expect(observed.get(ref('docs'))?.result).toBe('pass');
    expect(observed.get(ref('svc-ledger'))?.details?.params).toEqual({
      tiers: ['t0', 'T5'],
      docsEntities: [],
    });
  });
});

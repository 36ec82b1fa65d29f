import { decisionFilterKey } from './decisionFilters';

describe('decisionFilterKey', () => {
  it('is the same for queries the filters read alike', () => {
    expect(
      decisionFilterKey({
        status: ['proposed', 'accepted', 'proposed'],
        system: 'System:default/Loyalty',
        decisionMaker: '  Marc Lefèvre ',
        q: 'Kafka  audit kafka',
        limit: 5,
        offset: 10,
        order: 'number',
        include: 'text',
      }),
    ).toBe(
      decisionFilterKey({
        status: ['accepted', 'proposed'],
        system: 'system:default/loyalty',
        decisionMaker: 'marc lefèvre',
        q: 'audit KAFKA',
      }),
    );
    expect(decisionFilterKey({ status: [], from: '', q: '   ' })).toBe(
      decisionFilterKey({}),
    );
  });

  it('differs whenever the decisions matched may differ', () => {
    const keys = [
      {},
      { status: ['accepted' as const] },
      { from: '2026-01-01' },
      { to: '2026-01-01' },
      { system: 'system:default/loyalty' },
      // References are compared untrimmed, terms trimmed.
      { system: 'system:default/loyalty ' },
      { owner: 'system:default/loyalty' },
      { entityRef: 'system:default/loyalty' },
      { decisionMaker: 'audit' },
      { tag: 'audit' },
      { q: 'audit' },
      { q: 'audit kafka' },
    ].map(decisionFilterKey);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

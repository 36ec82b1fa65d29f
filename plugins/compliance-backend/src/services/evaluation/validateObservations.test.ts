import { validateObservations } from './validateObservations';

const collector = {
  id: 'catalog',
  checks: [{ id: 'owner' }, { id: 'tier' }],
};
const NOW = new Date('2026-12-05T10:00:00.000Z');
const run = { now: NOW, windowFrom: new Date('2026-11-05T10:00:00.000Z') };

const valid = {
  check: 'catalog.owner',
  subject: 'component:default/svc-ledger',
  entityRef: 'Component:Default/SVC-Ledger',
  result: 'pass',
  summary: 'Owned by group:default/team-loyalty',
  method: 'examine',
  examined: [{ type: 'catalog-entity', ref: 'component:default/svc-ledger' }],
};

describe('validateObservations', () => {
  it('completes valid observations: collector, instant in UTC, lower-cased entity ref', () => {
    const { accepted, rejected } = validateObservations(
      collector,
      [
        valid,
        {
          ...valid,
          check: 'catalog.tier',
          observedAt: '2026-12-05T11:00:00+02:00',
          details: { tier: 'T1' },
          extra: 'dropped',
        },
      ],
      run,
    );
    expect(rejected).toEqual([]);
    expect(accepted).toEqual([
      {
        ...valid,
        collector: 'catalog',
        entityRef: 'component:default/svc-ledger',
        observedAt: '2026-12-05T10:00:00.000Z',
      },
      {
        ...valid,
        check: 'catalog.tier',
        collector: 'catalog',
        entityRef: 'component:default/svc-ledger',
        observedAt: '2026-12-05T09:00:00.000Z',
        details: { tier: 'T1' },
      },
    ]);
  });

  it.each([
    ['an unknown result', { result: 'passed' }, 'result'],
    ['an empty summary', { summary: '   ' }, 'summary'],
    ['a huge summary', { summary: 'x'.repeat(1001) }, 'summary'],
    [
      'a subject with a newline',
      { subject: 'component:default/a\nb' },
      'subject',
    ],
    ['a subject of the wrong type', { subject: 42 }, 'subject'],
    ['a relative entity ref', { entityRef: 'svc-ledger' }, 'entityRef'],
    ['a local time', { observedAt: '2026-12-05T10:00:00' }, 'observedAt'],
    [
      'too many examined items',
      { examined: Array.from({ length: 201 }, () => valid.examined[0]) },
      'examined',
    ],
    ['details that are not JSON', { details: { n: Number.NaN } }, 'details.n'],
    [
      'details over 16 KiB',
      { details: { blob: 'x'.repeat(17_000) } },
      'details',
    ],
    ['details with a lone surrogate', { details: { s: 'a\uD800' } }, 'details'],
    ['an unknown method', { method: 'guess' }, 'method'],
  ])(
    'turns an observation with %s into a rejection naming the field',
    (_, change, field) => {
      const { accepted, rejected } = validateObservations(
        collector,
        [{ ...valid, ...change }],
        run,
      );
      expect(accepted).toEqual([]);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].problem).toMatch(
        new RegExp(`^observation 0 ${field.replace('.', '\\.')}: `),
      );
      expect(rejected[0].check).toBe('catalog.owner');
    },
  );

  it('keeps the claimed subject only when it is a valid one', () => {
    const { rejected } = validateObservations(
      collector,
      [
        { ...valid, result: 'maybe' },
        { ...valid, subject: '', result: 'maybe' },
      ],
      run,
    );
    expect(rejected.map(r => r.subject)).toEqual([
      'component:default/svc-ledger',
      undefined,
    ]);
  });

  it('refuses observations for checks the collector does not declare', () => {
    const { rejected } = validateObservations(
      collector,
      [
        { ...valid, check: 'kubernetes.workload-policy' },
        { ...valid, check: 'catalog.nosuch' },
        'nonsense',
        null,
      ],
      run,
    );
    expect(rejected.map(r => [r.check, r.problem])).toEqual([
      [
        undefined,
        'observation 0 is for check kubernetes.workload-policy, which the catalog collector does not declare',
      ],
      [
        undefined,
        'observation 1 is for check catalog.nosuch, which the catalog collector does not declare',
      ],
      [undefined, expect.stringMatching(/^observation 2: /)],
      [undefined, expect.stringMatching(/^observation 3: /)],
    ]);
  });

  it('refuses instants outside the run', () => {
    const { rejected } = validateObservations(
      collector,
      [
        { ...valid, observedAt: '2026-12-05T10:30:00Z' },
        { ...valid, observedAt: '2020-01-01T00:00:00Z' },
        { ...valid, observedAt: '2026-12-05T10:04:00Z' },
      ],
      run,
    );
    expect(rejected.map(r => r.problem)).toEqual([
      "observation 0 observedAt 2026-12-05T10:30:00Z is outside the run's window",
      "observation 1 observedAt 2020-01-01T00:00:00Z is outside the run's window",
    ]);
  });

  it('refuses a result that is not a list, or too long a list', () => {
    expect(() =>
      validateObservations(collector, { observations: [] }, run),
    ).toThrow('returned object instead of a list of observations');
    expect(() => validateObservations(collector, undefined, run)).toThrow(
      'returned undefined instead',
    );
    expect(() =>
      validateObservations(collector, new Array(50_001).fill(valid), run),
    ).toThrow('returned 50001 observations; at most 50000');
  });
});

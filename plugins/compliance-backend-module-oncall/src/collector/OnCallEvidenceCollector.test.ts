import type {
  CollectedObservation,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { collectionContext } from '@localplus/plugin-compliance-node/testUtils';
import { startOnCallStack } from '../__testUtils__/onCallStack';

// Against the real on-call backend: rotation files read from disk, pages
// posted by "Alertmanager" to its webhook and acknowledged through its route.

jest.setTimeout(60_000);

function bySubject(observations: CollectedObservation[]) {
  return new Map(observations.map(o => [o.subject, o]));
}

describe('OnCallEvidenceCollector against the on-call backend', () => {
  let stack: Awaited<ReturnType<typeof startOnCallStack>>;
  let collector: EvidenceCollector;

  beforeAll(async () => {
    stack = await startOnCallStack();
    collector = stack.collector;
    await stack.rotationsRead(3);
    await stack.raise([
      // svc-ledger: a P1 acknowledged after an hour, a P2 after ten minutes.
      {
        service: 'svc-ledger',
        priority: 'P1',
        firedMinutesAgo: 60,
        acknowledge: true,
      },
      {
        service: 'svc-ledger',
        priority: 'P2',
        firedMinutesAgo: 10,
        acknowledge: true,
      },
      // svc-shop: a P2 in time, a P3 not acknowledged but still within its hour.
      {
        service: 'svc-shop',
        priority: 'P2',
        firedMinutesAgo: 5,
        acknowledge: true,
      },
      { service: 'svc-shop', priority: 'P3', firedMinutesAgo: 40 },
      // svc-cart: a P1 nobody acknowledged for three hours.
      { service: 'svc-cart', priority: 'P1', firedMinutesAgo: 180 },
      // No service label: nobody's, and a P4 has no target.
      { priority: 'P4', firedMinutesAgo: 30 },
      // Before the window: not judged.
      { service: 'svc-cart', priority: 'P1', firedMinutesAgo: 40 * 24 * 60 },
    ]);
  });

  afterAll(() => stack?.stop());

  const collect = (...requested: Parameters<typeof collectionContext>[0]) =>
    collector.collect(collectionContext(requested));

  it('judges every rotation over the window and the weeks ahead', async () => {
    const observed = bySubject(await collect('oncall.rotation-coverage'));

    expect([...observed.keys()].sort()).toEqual([
      'rotation-source:group:default/team-broken:./oncall/rotation.yaml',
      'rotation:payments-weekly',
      'rotation:quiet-weekly',
      'rotation:shop-office-hours',
    ]);
    expect(observed.get('rotation:payments-weekly')).toMatchObject({
      entityRef: 'group:default/team-payments',
      result: 'pass',
      method: 'examine',
      summary: expect.stringMatching(
        /^Someone held primary throughout the window \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d\) and the coverage audit finds no gap in the 2 weeks ahead\.$/,
      ),
      details: { windowGaps: [], aheadGaps: [], uncoveredMinutes: 0 },
    });
    const shop = observed.get('rotation:shop-office-hours')!;
    expect(shop).toMatchObject({
      entityRef: 'group:default/team-shop',
      result: 'fail',
      summary: expect.stringMatching(
        /^Primary uncovered for [\d.]+ d of the window in \d+ gaps \(first .+ UTC to .+ UTC\); \d+ gaps in the 2 weeks ahead\.$/,
      ),
    });
    // Office hours are 45 of the week's 168 hours: the rest of 30 days is open.
    const uncovered = shop.details!.uncoveredMinutes as number;
    expect(uncovered / (30 * 24 * 60)).toBeGreaterThan(0.7);
    expect(uncovered / (30 * 24 * 60)).toBeLessThan(0.78);
    expect(
      observed.get(
        'rotation-source:group:default/team-broken:./oncall/rotation.yaml',
      ),
    ).toMatchObject({
      entityRef: 'group:default/team-broken',
      result: 'error',
      summary:
        'A rotation could not be read from ./oncall/rotation.yaml: must be an IANA time zone such as Europe/Paris (at spec.timeZone).',
    });
  });

  it('limits the check to the rotations a control names, and fails one that does not exist', async () => {
    const observed = bySubject(
      await collect({
        check: 'oncall.rotation-coverage',
        params: {
          rotations: ['payments-weekly', 'payments-247'],
          weeksAhead: 1,
        },
      }),
    );

    expect(observed.get('rotation:payments-weekly')?.summary).toMatch(
      /no gap in the 1 week ahead\.$/,
    );
    expect(observed.get('rotation:shop-office-hours')).toMatchObject({
      result: 'not-applicable',
      summary:
        'Not among the rotations this control covers (payments-weekly, payments-247).',
    });
    expect(observed.get('rotation:payments-247')).toMatchObject({
      result: 'fail',
      summary:
        'The on-call backend has no rotation named payments-247, so nobody is scheduled on it.',
    });
  });

  it("judges each subject's pages against the seeds' severity targets", async () => {
    const observed = bySubject(await collect('oncall.page-acknowledgement'));

    expect(
      Object.fromEntries(
        [...observed].map(([subject, o]) => [subject, o.result]),
      ),
    ).toEqual({
      'component:default/svc-ledger': 'fail',
      'component:default/svc-shop': 'pass',
      'component:default/svc-cart': 'fail',
      'oncall:unattributed-pages': 'not-applicable',
      'rotation:quiet-weekly': 'not-applicable',
    });
    expect(observed.get('component:default/svc-ledger')).toMatchObject({
      entityRef: 'component:default/svc-ledger',
      summary: expect.stringMatching(
        /^1 of 2 pages due acknowledged late; the worst took 60(\.\d)? min for a P1 \(target 5 min\)\.$/,
      ),
      details: { pages: 2, due: 2, late: 1, unacknowledged: 0 },
    });
    expect(observed.get('component:default/svc-shop')?.summary).toMatch(
      /^The page due was acknowledged in time; it took 5(\.\d)? min for a P2 \(target 15 min\)\.$/,
    );
    expect(observed.get('component:default/svc-cart')).toMatchObject({
      summary: expect.stringMatching(
        /^1 of 1 page due acknowledged late; the worst took 3 h for a P1 \(target 5 min\), 1 never acknowledged\.$/,
      ),
      details: {
        pages: 1,
        latePages: [expect.objectContaining({ acknowledgedAt: null })],
      },
    });
    expect(observed.get('oncall:unattributed-pages')?.summary).toBe(
      '1 page in the window, none with an acknowledgement target that has come due.',
    );
    expect(observed.get('rotation:quiet-weekly')).toMatchObject({
      entityRef: 'group:default/team-quiet',
      summary: 'No page reached this rotation in the window.',
    });
  });

  it('takes targets from the control, by priority or by name', async () => {
    const observed = bySubject(
      await collect({
        check: 'oncall.page-acknowledgement',
        params: { targetMinutes: { critical: 90, P4: 20 } },
      }),
    );

    expect(observed.get('component:default/svc-ledger')?.result).toBe('pass');
    // Three hours is late even against 90 minutes.
    expect(observed.get('component:default/svc-cart')?.result).toBe('fail');
    // Half an hour without acknowledgement is late against 20 minutes.
    expect(observed.get('oncall:unattributed-pages')).toMatchObject({
      result: 'fail',
      summary: expect.stringMatching(/, 1 never acknowledged\.$/),
    });
    expect(
      observed.get('component:default/svc-ledger')?.details?.targets,
    ).toEqual({
      P1: 90,
      P2: 15,
      P3: 60,
      P4: 20,
    });
  });

  it('drops a default target the control sets to null', async () => {
    const observed = bySubject(
      await collect({
        check: 'oncall.page-acknowledgement',
        params: { targetMinutes: { P1: null } },
      }),
    );

    expect(observed.get('component:default/svc-cart')?.result).toBe(
      'not-applicable',
    );
  });
});

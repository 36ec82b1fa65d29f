import {
  AdminBinding,
  combineProtection,
  meets,
  ProtectionSource,
  strictest,
} from './combineProtection';

const bound: AdminBinding = { state: 'bound' };
const exempt: AdminBinding = { state: 'exempt', why: 'admins bypass it' };
const unknown: AdminBinding = { state: 'unknown', why: 'hidden' };

/** A source enforcing nothing but what is given. */
function source(
  label: string,
  settings: Partial<ProtectionSource> = {},
): ProtectionSource {
  return {
    kind: 'ruleset',
    label,
    dismissStaleReviews: false,
    requireCodeOwnerReviews: false,
    blocksForcePushes: false,
    blocksDeletions: false,
    administrators: bound,
    details: {},
    ...settings,
  };
}

/** A source enforcing every rule of the check with `reviews` approvals. */
const strict = (
  label: string,
  reviews: number,
  administrators: AdminBinding = bound,
) =>
  source(label, {
    approvingReviews: reviews,
    dismissStaleReviews: true,
    blocksForcePushes: true,
    blocksDeletions: true,
    administrators,
  });

describe('strictest', () => {
  it('takes the most approving reviews and every setting any source turns on', () => {
    expect(
      strictest([
        source('a', { approvingReviews: 1, blocksForcePushes: true }),
        source('b', { approvingReviews: 3, requireCodeOwnerReviews: true }),
        source('c', { dismissStaleReviews: true, blocksDeletions: true }),
      ]),
    ).toEqual({
      approvingReviews: 3,
      dismissStaleReviews: true,
      requireCodeOwnerReviews: true,
      blocksForcePushes: true,
      blocksDeletions: true,
    });
  });

  it('requires no pull request when no source does, and keeps a pull request of 0 reviews', () => {
    expect(strictest([source('a')]).approvingReviews).toBeUndefined();
    expect(strictest([]).blocksForcePushes).toBe(false);
    expect(
      strictest([source('a'), source('b', { approvingReviews: 0 })])
        .approvingReviews,
    ).toBe(0);
  });
});

describe('meets', () => {
  it('asks nothing of reviews or stale approvals when none are required', () => {
    const none = strictest([]);
    expect(meets('reviews', none, 0)).toBe(true);
    expect(meets('stale-reviews', none, 0)).toBe(true);
    expect(meets('reviews', none, 1)).toBe(false);
    // Without a pull request rule, the missing reviews say it all.
    expect(meets('stale-reviews', none, 1)).toBe(true);
    expect(meets('stale-reviews', { ...none, approvingReviews: 2 }, 1)).toBe(
      false,
    );
  });
});

describe('combineProtection', () => {
  it('meets the check through two sources neither of which meets it alone', () => {
    const combination = combineProtection(
      [
        source('branch protection', {
          approvingReviews: 1,
          blocksForcePushes: true,
        }),
        source('ruleset', {
          approvingReviews: 2,
          dismissStaleReviews: true,
          blocksDeletions: true,
        }),
      ],
      2,
    );
    expect(combination.unmet).toEqual([]);
    expect(combination.adminsExempt.rules).toEqual([]);
    expect(combination.adminsUnknown.rules).toEqual([]);
  });

  it('names the rules no source enforces', () => {
    expect(
      combineProtection([source('a', { approvingReviews: 1 })], 2).unmet,
    ).toEqual(['reviews', 'stale-reviews', 'force-pushes', 'deletions']);
  });

  it('finds administrators exempt when only a source they may bypass enforces a rule', () => {
    const bypassed = strict('ruleset', 2, exempt);
    const { adminsExempt, unmet } = combineProtection(
      [bypassed, source('branch protection', { blocksForcePushes: true })],
      2,
    );
    expect(unmet).toEqual([]);
    // Force pushes stay refused to them through classic protection; with no
    // review required of them, stale approvals are moot.
    expect(adminsExempt).toEqual({
      rules: ['reviews', 'deletions'],
      by: [bypassed],
    });
  });

  it('keeps administrators bound when a source that binds them enforces the same rules', () => {
    const { adminsExempt, adminsUnknown } = combineProtection(
      [strict('ruleset', 2, exempt), strict('branch protection', 2)],
      2,
    );
    expect(adminsExempt.rules).toEqual([]);
    expect(adminsUnknown.rules).toEqual([]);
  });

  it('finds the stale-approval rule escaped when only a bypassed source dismisses stale approvals', () => {
    const bypassed = strict('ruleset', 1, exempt);
    const { adminsExempt } = combineProtection(
      [
        bypassed,
        source('classic', {
          ...strict('classic', 2),
          dismissStaleReviews: false,
        }),
      ],
      2,
    );
    expect(adminsExempt).toEqual({ rules: ['stale-reviews'], by: [bypassed] });
  });

  it('leaves administrators unknown when a source whose bypass list is unread is the only one binding them perhaps', () => {
    const hidden = strict('organisation ruleset', 2, unknown);
    const { adminsExempt, adminsUnknown } = combineProtection([hidden], 2);
    expect(adminsExempt.rules).toEqual([]);
    expect(adminsUnknown).toEqual({
      rules: ['reviews', 'force-pushes', 'deletions'],
      by: [hidden],
    });
  });

  it('finds administrators exempt, not unknown, when no source could bind them', () => {
    const hidden = source('hidden', {
      blocksDeletions: true,
      administrators: unknown,
    });
    const bypassed = strict('ruleset', 2, exempt);
    const { adminsExempt, adminsUnknown } = combineProtection(
      [bypassed, hidden],
      2,
    );
    expect(adminsExempt).toEqual({
      rules: ['reviews', 'force-pushes'],
      by: [bypassed],
    });
    expect(adminsUnknown).toEqual({ rules: ['deletions'], by: [hidden] });
  });
});

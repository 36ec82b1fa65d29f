import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import {
  collectionContext,
  component,
  githubCollector,
} from './collectorFixture';
import {
  FakeRepository,
  rulesetBody,
  RulesetOrigin,
  setupGithubApiMock,
  strictRulesetRules,
} from './githubApiMock';

export const OWN: RulesetOrigin = {
  sourceType: 'Repository',
  source: 'localplus/svc-ledger',
};
export const ORGANISATION: RulesetOrigin = {
  sourceType: 'Organization',
  source: 'localplus',
};
export const PLAN_REFUSAL =
  'Upgrade to GitHub Pro or make this repository public to enable this feature.';

/**
 * A repository protected by one ruleset enforcing the whole check; `hidden`:
 * GitHub leaves its bypass list out.
 */
export function rulesetOnly(
  origin: RulesetOrigin,
  bypassActors: Array<Record<string, unknown>> | 'hidden' = [],
  reviews = 2,
): FakeRepository {
  const actors = bypassActors === 'hidden' ? undefined : bypassActors;
  return {
    protection: 'unprotected',
    rules: strictRulesetRules(7, origin, reviews),
    rulesets: { 7: rulesetBody(7, 'main protection', origin, actors) },
  };
}

/**
 * `observe(fake, tier)`: the one observation of localplus/svc-ledger, of
 * tier `tier` (T0 by default), GitHub answering as `fake` says.
 */
export function observerOf(github: ReturnType<typeof setupGithubApiMock>) {
  return async function observe(
    fake: FakeRepository,
    tier = 'T0',
  ): Promise<CollectedObservation> {
    github.serve({ 'localplus/svc-ledger': fake });
    const observations = await githubCollector([
      component('svc-ledger', 'localplus/svc-ledger', tier),
    ]).collect(collectionContext());
    expect(observations).toHaveLength(1);
    return observations[0];
  };
}

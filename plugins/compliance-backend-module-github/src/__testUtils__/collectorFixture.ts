import { collectionContext as runContext } from '@localplus/plugin-compliance-node/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollectionContext } from '@localplus/plugin-compliance-node';
import type { GithubCollectorSettings } from '../config';
import { GithubCollector } from '../GithubCollector';
import { GITHUB_API, TOKEN } from './githubApiMock';
import { SEED_TIER_MODEL } from '@localplus/plugin-tiers-common/testUtils';

export const NOW = new Date('2026-12-05T00:00:00.000Z');

/** A catalog component naming a repository, with a tier when given. */
export function component(
  name: string,
  slug: string | undefined,
  tier?: string,
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: {
        ...(slug !== undefined && { 'github.com/project-slug': slug }),
        ...(tier && { 'localplus.io/tier': tier }),
      },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
  };
}

/** The branch-protection check, as a control cites it. */
export const branchProtection = (
  params?: ControlEvidence['params'],
): ControlEvidence => ({
  check: 'github.branch-protection',
  ...(params && { params }),
});

/** A run's context asking for `requested`. */
export function collectionContext(
  requested: ControlEvidence[] = [branchProtection()],
  signal?: AbortSignal,
): EvidenceCollectionContext {
  return runContext(requested, { now: NOW, signal });
}

/** The collector over an in-memory catalog holding `entities`. */
export function githubCollector(
  entities: Entity[],
  settings: Partial<GithubCollectorSettings> = {},
): GithubCollector {
  return new GithubCollector({
    catalog: catalogServiceMock({ entities }),
    auth: mockServices.auth(),
    logger: mockServices.logger.mock(),
    settings: {
      apiBaseUrl: GITHUB_API,
      token: TOKEN,
      tokenSource: 'compliance.github.token',
      maxRepositories: 2000,
      requestTimeoutMs: 20_000,
      tiers: SEED_TIER_MODEL,
      ...settings,
    },
  });
}

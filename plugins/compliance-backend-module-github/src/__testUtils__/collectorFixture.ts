import { collectionContext as runContext } from '@localplus/plugin-compliance-node/testUtils';
import { mockServices } from '@backstage/backend-test-utils';
import type { Entity } from '@backstage/catalog-model';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import type { ControlEvidence } from '@localplus/plugin-compliance-common';
import type { EvidenceCollectionContext } from '@localplus/plugin-compliance-node';
import type { GithubCollectorSettings } from '../config';
import { GithubCollector } from '../GithubCollector';
import { GITHUB_API, TOKEN } from './githubApiMock';

export const NOW = new Date('2026-12-05T00:00:00.000Z');

/** A tier model like the bundled one (`localplus.tiers`): T0, the strictest, to T5. */
export const TIER_MODEL = {
  annotation: 'localplus.io/tier',
  levels: ['T0', 'T1', 'T2', 'T3', 'T4', 'T5'].map(id => ({
    id,
    name: `Tier ${id}`,
    description: `The ${id} components.`,
    namePattern: '^[a-z0-9-]+$',
    owners: ['team-a'],
    approvers: 'Tech lead',
    changeProcess: 'Standard review',
  })),
};

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
      tiers: TIER_MODEL,
      ...settings,
    },
  });
}

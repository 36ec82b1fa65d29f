import type { ExaminedItem } from '@localplus/plugin-compliance-common';
import type { CollectedObservation } from '@localplus/plugin-compliance-node';
import {
  CatalogRepository,
  PROJECT_SLUG_ANNOTATION,
  UnusableAnnotation,
} from '../catalog/readRepositories';
import { quoteSlug } from '../catalog/repositorySlug';
import type { ProtectionReading } from '../github/protectionReading';
import {
  BRANCH_PROTECTION_CHECK,
  ParamsPlan,
  requiredReviews,
} from './branchProtectionParams';
import { evaluateBranchProtection } from './evaluateBranchProtection';

export interface BranchProtectionObservationsInput {
  plan: ParamsPlan;
  repositories: readonly CatalogRepository[];
  /** Aligned with `repositories`; undefined for those beyond the cap. */
  readings: ReadonlyArray<ProtectionReading | undefined>;
  unusable: readonly UnusableAnnotation[];
  maxRepositories: number;
  apiBaseUrl: string;
}

function catalogItems(entityRefs: readonly string[]): ExaminedItem[] {
  return entityRefs.map(ref => ({ type: 'catalog-entity', ref }));
}

/** The GitHub API URLs read for one repository. */
function githubItems(
  apiBaseUrl: string,
  slug: string,
  reading: ProtectionReading,
): ExaminedItem[] {
  const repository = `${apiBaseUrl}/repos/${slug}`;
  const items: ExaminedItem[] = [
    { type: 'github-repository', ref: slug, href: repository },
  ];
  const { branch } = reading;
  if (!branch) {
    return items;
  }
  const branchPath = encodeURIComponent(branch);
  items.push(
    {
      type: 'github-branch-protection',
      ref: `${slug}@${branch}`,
      href: `${repository}/branches/${branchPath}/protection`,
    },
    {
      type: 'github-branch-rules',
      ref: `${slug}@${branch}`,
      href: `${repository}/rules/branches/${branchPath}`,
    },
  );
  if (reading.state === 'read' && reading.rulesets.state === 'read') {
    for (const ruleset of reading.rulesets.rulesets) {
      if (ruleset.id !== undefined) {
        items.push({
          type: 'github-ruleset',
          ref: `${ruleset.source ?? slug}#${ruleset.id}`,
          href: `${repository}/rulesets/${ruleset.id}`,
        });
      }
    }
  }
  return items;
}

/** An annotation naming no repository: the component is the subject, in error. */
function unusableObservation(
  annotation: UnusableAnnotation,
): CollectedObservation {
  return {
    check: BRANCH_PROTECTION_CHECK,
    subject: annotation.entityRef,
    entityRef: annotation.entityRef,
    result: 'error',
    summary: `No repository read for ${
      annotation.entityRef
    }: its ${PROJECT_SLUG_ANNOTATION} ${quoteSlug(annotation.value)} ${
      annotation.problem
    }.`,
    method: 'examine',
    examined: catalogItems([annotation.entityRef]),
    details: {
      annotation: PROJECT_SLUG_ANNOTATION,
      problem: annotation.problem,
    },
  };
}

/**
 * One observation per repository (the subject; its first component the
 * entity) for one parameter set, and one per component whose annotation
 * names no repository.
 */
export function branchProtectionObservations(
  input: BranchProtectionObservationsInput,
): CollectedObservation[] {
  const { plan, apiBaseUrl } = input;
  const repositories = input.repositories.map(
    (repository, index): CollectedObservation => {
      const slug = repository.key;
      const reading = input.readings[index];
      const common = {
        check: BRANCH_PROTECTION_CHECK,
        subject: `repository:${slug}`,
        entityRef: repository.entityRefs[0],
        method: 'examine' as const,
      };
      const context = {
        repository: slug,
        ...(repository.entityRefs.length > 1 && {
          components: repository.entityRefs,
        }),
      };
      if ('problem' in plan) {
        return {
          ...common,
          result: 'error',
          summary: `Branch protection of ${slug} not checked: ${plan.problem}.`,
          examined: catalogItems(repository.entityRefs),
          details: context,
        };
      }
      if (!reading) {
        return {
          ...common,
          result: 'error',
          summary: `Branch protection of ${slug} not read: the catalog names more than ${input.maxRepositories} repositories (compliance.github.maxRepositories).`,
          examined: catalogItems(repository.entityRefs),
          details: context,
        };
      }
      const verdict = evaluateBranchProtection(slug, reading, {
        requiredReviews: requiredReviews(plan.params, repository.tier),
        ...(repository.tier && { tier: repository.tier }),
      });
      return {
        ...common,
        result: verdict.result,
        summary: verdict.summary,
        examined: [
          ...catalogItems(repository.entityRefs),
          ...githubItems(apiBaseUrl, slug, reading),
        ],
        details: { ...context, ...verdict.details },
      };
    },
  );
  return [...repositories, ...input.unusable.map(unusableObservation)];
}

import type { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  CollectedObservation,
  EvidenceCollectionContext,
  EvidenceCollector,
} from '@localplus/plugin-compliance-node';
import { createOctokit } from '@localplus/portal-node';
import type { Octokit } from '@octokit/rest';
import { readCatalogRepositories } from './catalog/readRepositories';
import type { RepositorySlug } from './catalog/repositorySlug';
import { branchProtectionObservations } from './checks/branchProtectionObservations';
import { planBranchProtectionParams } from './checks/branchProtectionParams';
import type { GithubCollectorSettings } from './config';
import type { ProtectionReading } from './github/protectionReading';
import { readProtections } from './github/readProtections';

export interface GithubCollectorOptions {
  catalog: CatalogService;
  auth: AuthService;
  logger: LoggerService;
  settings: GithubCollectorSettings;
}

/**
 * Evidence from GitHub: the protection of the default branch of every
 * repository a catalog component names (`github.com/project-slug`), by
 * classic branch protection and by the repository's and its organisation's
 * rulesets.
 */
export class GithubCollector implements EvidenceCollector {
  readonly id = 'github';
  readonly title = 'GitHub';
  readonly description =
    "Reads the classic branch protection and the rulesets (the repository's and its organisation's) of the default branch of every repository named by a catalog component (github.com/project-slug), with @octokit/rest.";
  readonly checks = [
    {
      id: 'branch-protection',
      title: 'Default branch protected, with required reviews',
      description:
        'The default branch (main) of each repository is protected, by classic branch protection, repository or organisation rulesets, or both (combined as GitHub applies them: the strictest setting of each rule wins): pull requests need at least the approving reviews of the component tier (params minReviews, minReviewsByTier; default 1, T0 and T1 2), stale approvals are dismissed, administrators are bound by the rules (enforce_admins; no ruleset lets organisation admins, enterprise owners or the repository admin, maintain or write role bypass it), force pushes and deletion are refused. The observation names the source of each rule. A branch without protection or a ruleset fails; a refused token, the rate limit, or a source or bypass list GitHub did not show (unless what was read already meets the check) is an error.',
    },
  ];

  private readonly octokit: Octokit;

  constructor(private readonly options: GithubCollectorOptions) {
    const { settings, logger } = options;
    // Octokit's lines for failed requests are not passed on: each failure is
    // in an observation, and readProtections logs it at debug.
    this.octokit = createOctokit({
      baseUrl: settings.apiBaseUrl,
      token: settings.token,
      userAgent: 'localplus-compliance-github-collector',
      logger,
      timeoutMs: settings.requestTimeoutMs,
    });
  }

  async collect(
    context: EvidenceCollectionContext,
  ): Promise<CollectedObservation[]> {
    const plans = planBranchProtectionParams(context.requested);
    if (plans.length === 0) {
      return [];
    }
    const { catalog, auth, settings } = this.options;
    const { repositories, unusable } = await readCatalogRepositories(
      catalog,
      await auth.getOwnServiceCredentials(),
      settings.tiers,
    );
    const capped = repositories.slice(0, settings.maxRepositories);
    const anyUsable = plans.some(plan => 'params' in plan);
    const readings: ProtectionReading[] = anyUsable
      ? await this.read(
          capped.map(repository => repository.slug),
          context,
        )
      : [];
    return plans.flatMap(plan =>
      branchProtectionObservations({
        plan,
        repositories,
        readings,
        unusable,
        maxRepositories: settings.maxRepositories,
        apiBaseUrl: settings.apiBaseUrl,
      }),
    );
  }

  private async read(
    slugs: readonly RepositorySlug[],
    context: EvidenceCollectionContext,
  ): Promise<ProtectionReading[]> {
    const { settings } = this.options;
    if (!settings.token) {
      const reason = `no GitHub token is configured for ${
        new URL(settings.apiBaseUrl).host
      } (compliance.github.token, or the token of its integrations.github entry)`;
      return slugs.map(() => ({
        state: 'unreadable',
        failure: { reason, stopsRun: true },
      }));
    }
    return readProtections(slugs, {
      octokit: this.octokit,
      token: settings.token,
      logger: context.logger,
      signal: context.signal,
    });
  }
}

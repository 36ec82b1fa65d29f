import type {
  AuthService,
  BackstageCredentials,
  BackstageServicePrincipal,
  BackstageUserPrincipal,
  LoggerService,
  UserInfoService,
} from '@backstage/backend-plugin-api';
import type { CatalogService } from '@backstage/plugin-catalog-node';
import type {
  DecisionPullRequest,
  ReviewQueue,
} from '@localplus/plugin-adr-common';
import type { DecisionStore } from '../store/DecisionStore';
import { callerIdentity } from './callerIdentity';
import type { PullRequestSource } from './PullRequestSource';

/** How long one listing of pull requests is reused: GitHub's rate limit is shared. */
export const PULL_REQUESTS_TTL_MS = 60_000;

interface PullRequestListing {
  pullRequests: DecisionPullRequest[];
  problems: string[];
}

export interface ReviewServiceOptions {
  store: DecisionStore;
  catalog: CatalogService;
  auth: AuthService;
  userInfo: UserInfoService;
  logger: LoggerService;
  /** Absent when pull requests are not reviewed (`adr.review.pullRequests`). */
  pullRequests?: PullRequestSource;
  now: () => Date;
}

/**
 * What awaits review: proposed decisions (those naming the caller or one of
 * their groups as decision-maker or consulted first), decisions past their
 * review-by date, and the open pull requests touching a URL decision folder.
 */
export class ReviewService {
  private listing?: { at: number; result: Promise<PullRequestListing> };

  constructor(private readonly options: ReviewServiceOptions) {}

  async queue(
    credentials: BackstageCredentials<
      BackstageUserPrincipal | BackstageServicePrincipal
    >,
  ): Promise<ReviewQueue> {
    const { store, now } = this.options;
    const today = now().toISOString().slice(0, 10);
    const [proposed, due, identity, listing] = await Promise.all([
      store.listSummaries({ statuses: ['proposed'] }),
      store.listDueForReview(today),
      callerIdentity(credentials, this.options),
      this.listPullRequests(),
    ]);
    const awaitingYou = identity
      ? proposed.filter(decision =>
          [...decision.decisionMakers, ...decision.consulted].some(person =>
            identity.matches(person),
          ),
        )
      : [];
    return {
      awaitingYou,
      proposed,
      due,
      pullRequests: listing.pullRequests,
      pullRequestProblems: listing.problems,
    };
  }

  private listPullRequests(): Promise<PullRequestListing> {
    const source = this.options.pullRequests;
    if (!source) {
      return Promise.resolve({ pullRequests: [], problems: [] });
    }
    // Ages of the cache are measured on the machine's clock, whatever the business clock says.
    if (!this.listing || Date.now() - this.listing.at >= PULL_REQUESTS_TTL_MS) {
      this.listing = { at: Date.now(), result: this.readPullRequests(source) };
    }
    return this.listing.result;
  }

  private async readPullRequests(
    source: PullRequestSource,
  ): Promise<PullRequestListing> {
    const folders = (await this.options.store.listFolders()).filter(
      folder => folder.type === 'url',
    );
    if (folders.length === 0) {
      return { pullRequests: [], problems: [] };
    }
    try {
      return await source.list(folders);
    } catch (error) {
      this.options.logger.warn(
        `Pull requests of decision folders could not be listed: ${error}`,
      );
      // Not cached: the next caller tries again.
      this.listing = undefined;
      return {
        pullRequests: [],
        problems: [
          `Pull requests could not be listed: ${(error as Error).message}`,
        ],
      };
    }
  }
}
